import nlp from 'compromise/two';

/**
 * compromise's lexicon, read as a word list. Running its tagger over a whole article costs
 * several times a Readability parse, so the rules look words up here instead and keep
 * their own light grammar (see claims.ts).
 */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

function loadModel(): CompromiseModel {
  const model = nlp.model() as Partial<CompromiseModel>;
  if (typeof model.one?.lexicon !== 'object' || typeof model.two?.orgWords !== 'object' || typeof model.two.placeWords !== 'object') {
    throw new Error('compromise no longer exposes its lexicon where the suggestion rules expect it');
  }
  return model as CompromiseModel;
}

const model = loadModel();
const EMPTY: readonly string[] = [];

/** compromise's tags for a lower-case word or phrase ("john" → MaleName), none if unknown. */
export function tagsOf(phrase: string): readonly string[] {
  const tags = model.one.lexicon[phrase];
  if (tags === undefined) return EMPTY;
  return typeof tags === 'string' ? [tags] : tags;
}

function hasTag(phrase: string, wanted: readonly string[]): boolean {
  return tagsOf(phrase).some((tag) => wanted.includes(tag));
}

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const NAME_TAGS = [...FIRST_NAME_TAGS, 'LastName', 'Person'];
const PLACE_TAGS = ['City', 'Region', 'Place', 'Country'];
const ORGANIZATION_TAGS = ['Organization', 'SportsTeam'];
// Tags of words that are not names when they open a sentence ("Despite", "Thousands").
const COMMON_TAGS = [
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Modal', 'Copula',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Possessive', 'QuestionWord', 'Reflexive', 'Negative', 'Expression', 'Condition', 'Singular', 'Plural',
  'Uncountable', 'Noun', 'Cardinal', 'Ordinal', 'TextValue', 'Month', 'WeekDay', 'Date', 'Duration',
  'Actor', 'Unit', 'Currency',
];

export const isFirstName = (word: string) => hasTag(word, FIRST_NAME_TAGS);
export const isPersonName = (phrase: string) => hasTag(phrase, NAME_TAGS);
/** A surname or a full name, not only a first name ("Oscar" alone may name a prize). */
export const isSurnameOrFullName = (phrase: string) => hasTag(phrase, ['LastName', 'Person']);
export const isDateWord = (word: string) => hasTag(word, ['Month', 'WeekDay', 'Date']);
export const isPlaceName = (phrase: string) => hasTag(phrase, PLACE_TAGS);
export const isCountryName = (phrase: string) => hasTag(phrase, ['Country']);
export const isKnownOrganization = (phrase: string) => hasTag(phrase, ORGANIZATION_TAGS);
export const isHonorific = (word: string) => hasTag(word, ['Honorific']);
export const isRoleNoun = (word: string) => hasTag(word, ['Actor']);
export const isDemonymWord = (word: string) => hasTag(word, ['Demonym']);
/** A word the lexicon knows as something other than a name, place or organisation. */
export const isCommonWord = (word: string) => hasTag(word, COMMON_TAGS) && !hasTag(word, [...NAME_TAGS, ...PLACE_TAGS, ...ORGANIZATION_TAGS]);
export const isOrganizationHead = (word: string) => model.two.orgWords[word] === true;
export const isPlaceHead = (word: string) => model.two.placeWords[word] === true;
