import nlp from 'compromise/two';
import { ROAD_HEADS } from './gazetteer';

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
  if (
    typeof model.one?.lexicon !== 'object' ||
    typeof model.two?.orgWords !== 'object' ||
    typeof model.two.placeWords !== 'object'
  ) {
    throw new Error('compromise no longer exposes its lexicon where the suggestion rules expect it');
  }
  return model as CompromiseModel;
}

const model = loadModel();
const ORGANIZATION_HEADS = new Set(Object.keys(model.two.orgWords));
// Roads and island groups, which compromise's place words lack.
const PLACE_HEADS = new Set([...Object.keys(model.two.placeWords), ...ROAD_HEADS, 'archipelago']);
const EMPTY: readonly string[] = [];

/** compromise's tags for a lower-case word or phrase ("john" → MaleName), none if unknown. */
export function tagsOf(phrase: string): readonly string[] {
  const tags = model.one.lexicon[phrase];
  if (tags === undefined) return EMPTY;
  return typeof tags === 'string' ? [tags] : tags;
}

// What the rules ask of a word, as bits, worked out once per word.
const FIRST_NAME = 1;
const SURNAME = 2;
const FULL_NAME = 4;
const PLACE = 8;
const COUNTRY = 16;
const ORGANIZATION = 32;
const COMMON = 64;
const HONORIFIC = 128;
const ROLE = 256;
const DEMONYM = 512;
const DATE = 1024;

const BITS_OF_TAG: Record<string, number> = {
  FirstName: FIRST_NAME,
  MaleName: FIRST_NAME,
  FemaleName: FIRST_NAME,
  LastName: SURNAME,
  Person: FULL_NAME,
  City: PLACE,
  Region: PLACE,
  Place: PLACE,
  Country: PLACE | COUNTRY,
  Organization: ORGANIZATION,
  SportsTeam: ORGANIZATION,
  Honorific: HONORIFIC,
  Actor: ROLE | COMMON,
  Demonym: DEMONYM,
  Month: DATE | COMMON,
  WeekDay: DATE | COMMON,
  Date: DATE | COMMON,
};
// Tags of words that are not names when they open a sentence ("Despite", "Thousands").
for (const tag of [
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Modal',
  'Copula',
  'Adjective',
  'Comparative',
  'Superlative',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Reflexive',
  'Negative',
  'Expression',
  'Condition',
  'Singular',
  'Plural',
  'Uncountable',
  'Noun',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Duration',
  'Unit',
  'Currency',
]) {
  BITS_OF_TAG[tag] = COMMON;
}

const bitsCache = new Map<string, number>();
const TRADE_ENDING = /^\p{Ll}{2,}(?:ologist|ographer|ician)$/u;

/**
 * Given names that compromise knows only as words ("Bill O’Reilly", "Will McClay", "Penny
 * Pritzker"), with the gender they say for "he" and "she": names before a surname, still
 * common words where a sentence opens ("Bill would …").
 */
const GIVEN_NAMES_THAT_ARE_WORDS = new Map<string, 'male' | 'female'>([
  ['bill', 'male'],
  ['will', 'male'],
  ['frank', 'male'],
  ['ray', 'male'],
  ['rich', 'male'],
  ['hunter', 'male'],
  ['gene', 'male'],
  ['earl', 'male'],
  ['guy', 'male'],
  ['rod', 'male'],
  ['cliff', 'male'],
  ['chip', 'male'],
  ['max', 'male'],
  ['dawn', 'female'],
  ['hope', 'female'],
  ['joy', 'female'],
  ['faith', 'female'],
  ['rose', 'female'],
  ['jean', 'female'],
  ['penny', 'female'],
  ['ruby', 'female'],
  ['jade', 'female'],
  ['holly', 'female'],
  ['violet', 'female'],
  ['pearl', 'female'],
  ['crystal', 'female'],
  ['lily', 'female'],
  ['daisy', 'female'],
  ['hazel', 'female'],
  ['jasmine', 'female'],
  ['iris', 'female'],
  ['ivy', 'female'],
  ['miles', 'male'],
  ['piers', 'male'],
  ['dean', 'male'],
  ['rusty', 'male'],
]);

/** The gender of a given name that is also a word, if the word is one ("Bill" a man's). */
export const genderOfWordName = (word: string) => GIVEN_NAMES_THAT_ARE_WORDS.get(word);

function bitsOf(phrase: string): number {
  let bits = bitsCache.get(phrase);
  if (bits === undefined) {
    bits = 0;
    for (const tag of tagsOf(phrase)) bits |= BITS_OF_TAG[tag] ?? 0;
    // A word that is also a name, place or organisation is not only a common word.
    if (bits & (FIRST_NAME | SURNAME | FULL_NAME | PLACE | ORGANIZATION)) bits &= ~COMMON;
    if (GIVEN_NAMES_THAT_ARE_WORDS.has(phrase)) bits |= FIRST_NAME;
    // "Oceanographer Pattiaratchi said": compromise knows few scientists' trades as roles, but their endings say them.
    if (!(bits & (FIRST_NAME | SURNAME | FULL_NAME)) && TRADE_ENDING.test(phrase)) bits |= ROLE | COMMON;
    bitsCache.set(phrase, bits);
  }
  return bits;
}

// "Eva-Marie", "Jean-Claude": given names joined by a hyphen are one given name.
export const isFirstName = (word: string): boolean =>
  (bitsOf(word) & FIRST_NAME) !== 0 ||
  (word.includes('-') && word.split('-').every((part) => part.length > 1 && (bitsOf(part) & FIRST_NAME) !== 0));
export const isPersonName = (phrase: string) => (bitsOf(phrase) & (FIRST_NAME | SURNAME | FULL_NAME)) !== 0;
/** A surname or a full name, not only a first name ("Oscar" alone may name a prize). */
export const isSurnameOrFullName = (phrase: string) => (bitsOf(phrase) & (SURNAME | FULL_NAME)) !== 0;
export const isDateWord = (word: string) => (bitsOf(word) & DATE) !== 0;
export const isPlaceName = (phrase: string) => (bitsOf(phrase) & PLACE) !== 0;
export const isCountryName = (phrase: string) => (bitsOf(phrase) & COUNTRY) !== 0;
export const isKnownOrganization = (phrase: string) => (bitsOf(phrase) & ORGANIZATION) !== 0;
export const isHonorific = (word: string) => (bitsOf(word) & HONORIFIC) !== 0;
export const isRoleNoun = (word: string) => (bitsOf(word) & ROLE) !== 0;
export const isDemonymWord = (word: string) => (bitsOf(word) & DEMONYM) !== 0;
/** A word the lexicon knows as something other than a name, place or organisation. */
export const isCommonWord = (word: string) => (bitsOf(word) & COMMON) !== 0;
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Verb']);
/** A word the lexicon knows as a form of a verb ("gets", "said", "is", "can"). */
export const isVerbForm = (word: string) => tagsOf(word).some((tag) => VERB_TAGS.has(tag));
export const isOrganizationHead = (word: string) => ORGANIZATION_HEADS.has(word);
export const isPlaceHead = (word: string) => PLACE_HEADS.has(word);
