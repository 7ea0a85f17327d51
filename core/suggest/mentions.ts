import type { PartyKind } from '../model';
import { authorNoteSentences } from './author-notes';
import {
  APPOSITIVE_ORGANIZATION_NOUNS,
  COUNTRIES,
  CREDIT_LINE,
  CREED_NOUNS,
  EVENT_HEADS,
  CONTACT_LINE,
  FURNITURE_LINE,
  GENERATION_SUFFIXES,
  POST_NOMINALS,
  ROYAL_TITLES,
  GENERIC_INSTITUTION_WORDS,
  GEOGRAPHIC_FEATURES,
  DEVOLVED_DEMONYMS,
  GOVERNMENT_WORDS,
  GROUP_HEADS,
  GROUP_NAMES,
  INSTITUTION_NAMES,
  LEGISLATIVE_CHAMBERS,
  KNOWN_ORGANIZATIONS,
  LAW_HEADS,
  DOCUMENT_HEADS,
  LOCATION_WORDS,
  MARKET_INDICES,
  OFFICE_TITLES,
  ORGANIZATION_HEADS,
  ORGANIZATION_ROLES,
  PARTY_ADJECTIVES,
  PARTY_MEMBER_PLURALS,
  POLL_HEADS,
  REGION_NAMES,
  CITY_NAMES,
  ARABIC_GROUP_HEADS,
  ARABIC_PLACE_HEADS,
  STATE_UNIVERSITY_STATES,
  ROOMS_OF_POWER,
  ROLE_NOUNS,
  SHORT_NAMES,
  TITLES_OF_PLACES,
  TITLE_INITIALS,
  CHIEF_OFFICERS,
  PARTIES_OF_COMMON_WORDS,
  ROAD_HEADS,
  NUMBERED_UNIT_HEADS,
  SEAT_NUMBERS,
  SPEAKER_NOUNS,
  STREET_HEADS,
  TEAM_SHORT_TITLES,
  TITLE_WORDS,
  TEAM_POSITIONS,
  TRAILING_ORGANIZATION_HEADS,
  PUBLIC_PROGRAMMES,
  VOTE_COUNTS,
  SITE_PROMPTS,
  COUNTRY_GIVEN_NAMES,
  STATELESS_PEOPLES,
  type CountryEntry,
  NEWSPAPER_HEADS,
} from './gazetteer';
import { AUXILIARIES, BE_FORMS, cueVerb } from './cues';
import { genderOfNoun, type Gender } from './gender';
import {
  isCommonWord,
  isCountryName,
  isDemonymWord,
  isFirstName,
  isHonorific,
  isKnownOrganization,
  isOrganizationHead,
  isDateWord,
  isPersonName,
  isPlaceHead,
  isSurnameOrFullName,
  isPlaceName,
  isRoleNoun,
  isVerbForm,
  tagsOf,
} from './lexicon';
import type { Sentence, TextLayout } from './sentences';
import { collapseSpace, foldLookAlikes, isSpaceAt, nameEndOf, nameKey, type Token, withoutSoftHyphens } from './text';

/** Words before a street's name that say where: "on Gina Street", "block of Arno Drive". */
const STREET_PREPOSITIONS = new Set(['on', 'off', 'of', 'along', 'onto', 'near']);

/**
 * Heads of the names of land, water and roads, which a first name may open ("Stewart Island",
 * "Jordan River", "Sam Rayburn Tollway") but no person's name ends in.
 */
const NATURAL_FEATURE_HEADS = new Set([
  ...ROAD_HEADS,
  'island',
  'islands',
  'river',
  'lake',
  'mountain',
  'mountains',
  'valley',
  'county',
  'peninsula',
  'creek',
  'canyon',
  'glacier',
  'desert',
  'reef',
  'archipelago',
  'bay',
  'gulf',
  'strait',
]);

/** Prepositions after which "the" and an acronym name a body: "by the IAEA", "at the ICAEW". */
const BODY_PREPOSITIONS = new Set(['by', 'at', 'from', 'with', 'of', 'to', 'for']);

/** Plurals whose possessive stands inside names: "People's Liberation Army", "Women's March". */
const PLURALS_IN_NAMES = new Set(['people', 'women', 'children', 'men']);

/** Words for a saint that open the names of towns: "Santa Barbara", "San Mateo", "São Paulo". */
const SAINT_WORDS = new Set(['santa', 'san', 'são', 'sao']);

function isHeadlineVerb(token: Token): boolean {
  return token.capitalised && !isFirstName(token.norm) && !isOrgHeadWord(token.norm) && isVerbForm(token.norm);
}

/** Lower-case nouns after a name's possessive that make it an eponym. */
const EPONYM_HEADS = new Set(['disease', 'syndrome', 'palsy', 'paradox', 'law', 'razor', 'theorem']);

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Parts of speech that never open a name: "Only", "Even", "Also". */
const FUNCTION_WORD_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Pronoun']);

/** Heads that a saint's or a monarch's possessive opens: "King's College London", "St. Mary's Hospital". */
const HEADS_AFTER_POSSESSIVE = new Set(['college', 'university', 'hospital', 'infirmary', 'cathedral', 'church']);
const SAINT_ABBREVIATIONS = new Set(['st', 'saint']);

/** A member of a party, in the singular: "Democrat", "Republican". */
const PARTY_MEMBERS = new Set(['democrat', 'republican']);

/** What a mention names: a party kind, or something that is never a party by itself. */
export type MentionKind = PartyKind | 'place' | 'demonym' | 'unknown';

/** A name in the text: its tokens, how it reads, and what it seems to name. */
export interface Mention {
  /** First and last token of the name itself (titles and "The" left out). */
  first: number;
  last: number;
  /** Offsets of the name in the article text, possessive ending left out. */
  start: number;
  end: number;
  /** The name as a party would show it: look-alike letters folded, spaces collapsed. */
  surface: string;
  kind: MentionKind;
  sentence: number;
  possessive: boolean;
  /** A title, honorific or role came right before ("Mr.", "press secretary"). */
  titled: boolean;
  /** "Ellen Gille, née Fetter": the name the person was born with, "Ellen Fetter". */
  birthName?: string;
  /** "Dr." of "Dr. Feel": an honorific right before the name, as written. */
  honorific?: string;
  /** "his daughter Ivanka Trump": the gender a noun right before the name says. */
  gender?: Gender;
  /** First word of its sentence, where capitals say nothing. */
  initial: boolean;
  inQuote: boolean;
  /** For countries and demonyms: the country's party name. */
  country?: string;
  /** The country a person is tied to by the same phrase ("Syrian President Bashar al-Assad"). */
  affiliation?: string;
  /** "Assad's government": the mention stands for the state that this person leads. */
  governmentOfPerson?: boolean;
  /**
   * A lone word that may be a common word or an acronym ("September", "DNP"): it counts
   * only as another name of a party found elsewhere ("Kerry" of "John Kerry").
   */
  weak?: boolean;
  /**
   * A lone unknown word the text treats as an organisation (listed with organisations, "the
   * company Jobs co-founded"): one, unless it names a person found elsewhere.
   */
  organizationUnlessPerson?: boolean;
  /**
   * Read as a person only by its shape (two capitalised words): shown when something else
   * says it is a person too (a title, a known first name, a speech verb, a later surname).
   */
  tentative?: boolean;
  /** Page furniture: alone on its line ("Facebook" under a share button, a photo credit), a dateline's agency. */
  standalone?: boolean;
  /** A registry party whose name or alias this is, by id. */
  registryId?: string;
  /** "University of Georgia (UGA)": the organisation's name that this acronym in brackets abbreviates. */
  acronymOf?: string;
  /** "American said" after "American Airlines": the organisation's name that this first word of it stands for. */
  shortFor?: string;
  /**
   * A country named as where something is ("moved to Japan", "in Puerto Rico") or in a
   * headline's capitals, or a platform named as where something was said ("on Twitter").
   */
  inPassing?: boolean;
}

/** Registry names the finder must recognise, by name key. */
export type KnownNames = ReadonlyMap<string, { id: string; kind: PartyKind }>;

interface CountryIndex {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCapital: Map<string, CountryEntry>;
}

function buildCountryIndex(): CountryIndex {
  const index: CountryIndex = { byName: new Map(), byDemonym: new Map(), byCapital: new Map() };
  for (const entry of COUNTRIES) {
    for (const name of [entry.name, ...entry.aliases]) index.byName.set(nameKey(name), entry);
    for (const demonym of entry.demonyms) index.byDemonym.set(nameKey(demonym), entry);
    if (entry.capital) index.byCapital.set(nameKey(entry.capital), entry);
  }
  return index;
}

const COUNTRY_INDEX = buildCountryIndex();

/** The country party a name stands for, if it is a country's name ("U.S." → United States). */
export function countryNamed(key: string): string | undefined {
  const entry = COUNTRY_INDEX.byName.get(key);
  if (entry) return entry.name;
  if (isCountryName(key) && !REGION_NAMES.has(key)) return titleCase(key);
  return undefined;
}

/** The country a demonym belongs to ("Syrian" → Syria), when the gazetteer knows it. */
export function countryOfDemonym(key: string): string | undefined {
  const entry = COUNTRY_INDEX.byDemonym.get(key);
  if (entry) return entry.name;
  // "Liberian", "Zambian": most demonyms the gazetteer lacks are the country's name and "n".
  return key.endsWith('an') && isDemonymWord(key) ? countryNamed(key.slice(0, -1)) : undefined;
}

/** The demonym of a country ("Russia" → "Russian"), to name its institutions alike. */
export function demonymOfCountry(country: string): string | undefined {
  return COUNTRY_INDEX.byName.get(nameKey(country))?.demonyms[0];
}

function titleCase(key: string): string {
  return key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'delle',
  'dei',
  'degli',
  'des',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'ben',
]);
const JOINED_ARTICLE_SURNAME = /^(?:al|el)-\p{Lu}\p{Ll}/u;
const ARTICLE_PARTICLES = new Set(['le', 'la', 'el', 'al']);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'y', 'e', 'et', 'und']);
// "and" of names in other languages: "Asociación Bienestar y Desarrollo", "Recherche et Santé".
const FOREIGN_AND = new Set(['y', 'e', 'et', 'und']);

/** Words that follow a subject and no modifier: "the NCAA is", "the IAEA said". */
const VERBS_AFTER_SUBJECT = new Set([
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'must',
  'should',
  'said',
  'says',
  'did',
  'does',
]);

/** Lower-case heads of institutions that are buildings somewhere, not names, after a city. */
const PLACED_BUILDINGS = new Set(['hospital']);

/** Lower-case words after a publication's name that say what it is, not what it is called. */
const PUBLICATION_KINDS = new Set(['magazine', 'newspaper']);

/** Lower-case articles that may open the complement of a name's head ("for a", "of the"). */
const ARTICLES = new Set(['a', 'an', 'the']);
// Heads of names that may name a campus after a comma: "University of California, San Francisco".
const CAMPUS_HEADS = new Set(['university', 'universidad', 'université', 'college']);
// Honorifics a person known by one word keeps in the name: "Dr. Feel", not "Feel".
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
// British style writes them without a full stop, and the peerage's too: "Mr Cohen", "Lady Starmer".
const BRITISH_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'lady', 'lord', 'sir', 'dame']);
const SHORT_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'adm',
  'cmdr',
  'cpl',
  'pvt',
  'prof',
  'rev',
  'jr',
  'sr',
]);
// The lexicon knows "March" as a verb and "April" and "June" as first names ("May" is left
// out: alone it is as often Theresa May).
const MONTHS = /^(?:january|february|march|april|june|july|august|september|october|november|december)$/;
const AFFIX_SUFFIX =
  /-(?:linked|based|backed|led|born|allied|affiliated|owned|run|funded|style|era|controlled|made|themed|administered|inspired|sponsored|designed|built|founded|produced|directed)$/i;
// Endings of English common nouns and adjectives, rare in personal names.
// Plurals of nouns for people that surnames rarely end in: "legislators", "economists", "politicians".
const PEOPLE_PLURAL = /\p{Ll}{3}(?:ators|ists|ians)$/u;

/** "legislators", "researchers" (the lexicon's role noun), "plaintiffs" (used in lower case in the text). */
function isPeoplePlural(context: FinderContext, word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  const singular = word.slice(0, -1);
  return PEOPLE_PLURAL.test(word) || isRoleNoun(singular) || context.lowerCaseWords.has(singular);
}
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ive|ary|ory|ism|ship|ence|ance|ing|ics|ical|ful|less|able|ible)$/;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'his',
  'her',
  'its',
  'my',
  'your',
]);

interface Chunk {
  tokens: number[];
}

function isAllCaps(token: Token): boolean {
  return /^[\p{Lu}\p{N}.&-]+$/u.test(token.text) && /\p{Lu}.*\p{Lu}/u.test(token.text);
}

/** White space between two tokens, with one line break at most. */
function gapIsSpace(text: string, a: Token, b: Token): boolean {
  if (a.end >= b.start) return false;
  // A scan in place: slicing each gap for a regular expression made garbage per name word.
  let newlines = 0;
  for (let k = a.end; k < b.start; k += 1) {
    if (text.charCodeAt(k) === 10) newlines += 1;
    else if (!isSpaceAt(text, k)) return false;
  }
  return newlines <= 1;
}

// "President-elect", "Vice-President": titles joined by a hyphen are one title.
function isTitleToken(token: Token): boolean {
  return (
    TITLE_WORDS.has(token.norm) ||
    isHonorific(token.norm) ||
    (token.norm.includes('-') && token.norm.split('-').every((part) => TITLE_WORDS.has(part)))
  );
}

export function isOrgHeadWord(norm: string): boolean {
  return ORGANIZATION_HEADS.has(norm) || isOrganizationHead(norm);
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** "18th Street Brewery", "102nd Rescue Squadron": an ordinal before capitalised words that end in a body's head. */
function opensNumberedBody(text: string, tokens: Token[], at: number, last: number): boolean {
  let end = at;
  while (end < last && tokens[end + 1]?.capitalised && gapIsSpace(text, tokens[end] as Token, tokens[end + 1] as Token))
    end += 1;
  if (end === at || (tokens[end] as Token).possessive) return false;
  const head = (tokens[end] as Token).norm;
  return isOrgHeadWord(head) || NUMBERED_UNIT_HEADS.has(head);
}

/**
 * Runs of capitalised words in one sentence, with initials ("J."), abbreviated titles
 * ("Mr.") and lower-case name particles ("de", "bin") inside them, joined over "of", "and",
 * "for" when an organisation head is in the name ("Museum of Neon Art").
 */
function chunksOf(text: string, tokens: Token[], sentence: Sentence): Chunk[] {
  const atoms: Chunk[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length > 0) atoms.push({ tokens: current });
    current = [];
  };
  for (let i = sentence.first; i <= sentence.last; i += 1) {
    const token = tokens[i] as Token;
    const prev = current.length > 0 ? (tokens[current[current.length - 1] as number] as Token) : undefined;
    const afterArticle = current.length === 1 && (tokens[current[0] as number] as Token).norm === 'the';
    if (
      (current.length === 0 || afterArticle) &&
      ORDINAL.test(token.text) &&
      opensNumberedBody(text, tokens, i, sentence.last)
    ) {
      close();
      current.push(i);
      continue;
    }
    if (token.isWord && token.capitalised) {
      // "#Hamilton": a hashtag is a topic, not a name, and it ends the name before it.
      if (tokens[i - 1]?.text === '#' && (tokens[i - 1] as Token).end === token.start) {
        close();
        continue;
      }
      if (prev && !gapIsSpace(text, prev, token)) close();
      if (prev && POST_NOMINALS.has(token.text)) {
        close();
        continue;
      }
      // "Malaysia Airlines Flight 370", "AirAsia Flight QZ8501": a flight is no party, and the airline's name ends before it.
      if (token.norm === 'flight' && startsFlightNumber(tokens[i + 1])) {
        close();
        i += 1;
        continue;
      }
      // "In defence of Keith I don't think": the pronoun before its verb is no part of the name.
      if (token.text === 'I' && prev && tokens[i + 1]?.lowercase) {
        close();
        continue;
      }
      current.push(i);
      // "Seattle-based International Pacific Halibut Commission": the place before the affix is a name of its own.
      // "China's People's Liberation Army": a plural's possessive may open a name.
      const opensName =
        token.possessive &&
        !!tokens[i + 1]?.capitalised &&
        (PLURALS_IN_NAMES.has(token.norm) ||
          ((ROYAL_TITLES.has(token.norm) ||
            SAINT_ABBREVIATIONS.has((prev?.text === '.' ? tokens[i - 2] : prev)?.norm ?? '')) &&
            HEADS_AFTER_POSSESSIVE.has((tokens[i + 1] as Token).norm)));
      if ((token.possessive && !opensName) || (token.text.includes('-') && AFFIX_SUFFIX.test(token.text))) close();
      continue;
    }
    // "Teamsters Local 90", "UAW Local 600": a union's local goes by its number.
    if (prev?.norm === 'local' && /^\d+$/.test(token.text) && gapIsSpace(text, prev, token)) {
      current.push(i);
      continue;
    }
    if (
      token.text === '.' &&
      prev &&
      prev.end === token.start &&
      (SHORT_TITLES.has(prev.norm) || /^\p{Lu}$/u.test(prev.text))
    ) {
      current.push(i);
      continue;
    }
    // "Universities and Colleges Employers’ Association": a plural's possessive inside a name.
    const following = tokens[i + 1];
    if (
      (token.text === '’' || token.text === "'") &&
      prev &&
      prev.end === token.start &&
      /\p{Ll}s$/u.test(prev.text) &&
      following?.capitalised &&
      i + 1 <= sentence.last &&
      gapIsSpace(text, token, following)
    ) {
      current.push(i);
      continue;
    }
    const next = tokens[i + 1];
    // "Ursula von der Leyen": a particle may come before another.
    const nameFollows =
      !!next?.capitalised ||
      (NAME_PARTICLES.has(next?.norm ?? '') && !!tokens[i + 2]?.capitalised && i + 2 <= sentence.last);
    if (
      prev &&
      token.isWord &&
      NAME_PARTICLES.has(token.norm) &&
      nameFollows &&
      i + 1 <= sentence.last &&
      gapIsSpace(text, prev, token)
    ) {
      current.push(i);
      continue;
    }
    if (
      !prev &&
      token.isWord &&
      NAME_PARTICLES.has(token.norm) &&
      nameFollows &&
      i + 1 <= sentence.last &&
      !isCommonWord(next?.norm ?? '')
    ) {
      // "de Miranda" opening a phrase: the particle belongs to the surname.
      current.push(i);
      continue;
    }
    close();
  }
  close();
  return joinAtoms(text, tokens, atoms);
}

/** A name's tokens, without articles, after the country that owns it ("U.S." of "U.S. Securities"). */
function withoutOwnerCountry(tokens: Token[], chunk: number[]): number[] {
  const indexes = chunk.filter((i) => !DETERMINERS.has((tokens[i] as Token).norm));
  for (let n = Math.min(4, indexes.length - 1); n > 0; n -= 1) {
    const prefix = indexes
      .slice(0, n)
      .map((i) => (tokens[i] as Token).text)
      .join(' ');
    if (countryNamed(nameKey(prefix)) !== undefined) return indexes.slice(n);
  }
  return indexes;
}

const ADVOCACY_LINKS = new Set(['for', 'against', 'without']);

function isAdvocates(tokens: Token[], chunk: Chunk): boolean {
  return chunk.tokens.length === 1 && isPeopleInThePlural(tokens[chunk.tokens[0] as number] as Token);
}

/** "People for the Ethical Treatment": a group's name that goes on with "of Animals". */
function opensAdvocates(tokens: Token[], chunk: Chunk): boolean {
  const [first, link] = chunk.tokens.map((t) => tokens[t] as Token);
  return !!first && !!link && ADVOCACY_LINKS.has(link.norm) && isPeopleInThePlural(first);
}

/**
 * "Doctors", "Reporters", "People", "Women", "Americans": a word for people in the plural, or
 * a people's, as a group's name opens.
 */
function isPeopleInThePlural(word: Token): boolean {
  if (/\p{Ll}[^s]s$/u.test(word.text) && isRoleNoun(word.norm.slice(0, -1))) return true;
  if (/\p{Ll}s$/u.test(word.text) && countryOfDemonym(word.norm.slice(0, -1)) !== undefined) return true;
  return isRoleNoun(word.norm) && tagsOf(word.norm).includes('Plural');
}

function joinAtoms(text: string, tokens: Token[], atoms: Chunk[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let k = 0; k < atoms.length; k += 1) {
    let chunk = atoms[k] as Chunk;
    for (;;) {
      const next = atoms[k + 1];
      const lastIndex = chunk.tokens[chunk.tokens.length - 1] as number;
      const lastToken = tokens[lastIndex] as Token;
      if (!next) break;
      const between = (next.tokens[0] as number) - lastIndex - 1;
      if (lastToken.possessive) {
        // "Russia's Foreign Ministry": a country's institution is one name.
        const rightHasHead = next.tokens.some((t) => isOrgHeadWord((tokens[t] as Token).norm));
        const leftKey = nameKey(
          chunk.tokens
            .map((t) => tokens[t] as Token)
            .filter((t) => !DETERMINERS.has(t.norm))
            .map((t) => t.text)
            .join(' '),
        );
        // "Murdoch Children’s Research Institute": a common word's possessive is in the name.
        const commonWord =
          chunk.tokens.length > 1 && (isCommonWord(lastToken.norm) || /(?:ren|ple|men)$/.test(lastToken.norm));
        // "Egypt's Muslim Brotherhood" is a name of its own; "Russia's Foreign Ministry" is not.
        const generic = next.tokens.every((t) => {
          const norm = (tokens[t] as Token).norm;
          return isOrgHeadWord(norm) || GENERIC_INSTITUTION_WORDS.has(norm) || TITLE_WORDS.has(norm);
        });
        // "California Governor's Office of Emergency Services": an office's title owns the body.
        const titleOwner =
          chunk.tokens.length > 1 &&
          TITLE_WORDS.has(lastToken.norm) &&
          isOrgHeadWord((tokens[next.tokens[0] as number] as Token).norm);
        if (
          between !== 0 ||
          !rightHasHead ||
          ((countryNamed(leftKey) === undefined || !generic) && !commonWord && !titleOwner)
        )
          break;
        chunk = { tokens: [...chunk.tokens, ...next.tokens] };
        k += 1;
        continue;
      }
      const connector = tokens[lastIndex + 1] as Token;
      const listed = between === 1 && connector.text === ',' ? listInName(tokens, chunk, atoms, k) : 0;
      if (listed > 0) {
        // "American Academy of Allergy, Asthma and Immunology": one name with a list in it.
        const joined = atoms.slice(k + 1, k + 1 + listed);
        const last = joined[joined.length - 1] as Chunk;
        const from = lastIndex + 1;
        const to = last.tokens[last.tokens.length - 1] as number;
        chunk = { tokens: [...chunk.tokens, ...Array.from({ length: to - from + 1 }, (_, n) => from + n)] };
        k += listed;
        continue;
      }
      if (between === 1 && connector.text === ',' && isCampus(tokens, chunk, next)) {
        chunk = { tokens: [...chunk.tokens, lastIndex + 1, ...next.tokens] };
        k += 1;
        continue;
      }
      const article = tokens[lastIndex + 2] as Token | undefined;
      if (
        between === 2 &&
        (connector.norm === 'for' || connector.norm === 'of') &&
        article &&
        ARTICLES.has(article.text) &&
        (chunk.tokens.some((t) => isOrgHeadWord((tokens[t] as Token).norm)) ||
          (connector.norm === 'for' && isAdvocates(tokens, chunk)))
      ) {
        // "Committee for an Effective Congress": an article may open a head's complement.
        chunk = { tokens: [...chunk.tokens, lastIndex + 1, lastIndex + 2, ...next.tokens] };
        k += 1;
        continue;
      }
      // "according to Breaking the Silence", "a member of Save the Children": a verb's phrase
      // inside a sentence, capitalised, is a group's name.
      const opening = tokens[(chunk.tokens[0] as number) - 1];
      if (
        between === 1 &&
        connector.text === 'the' &&
        chunk.tokens.length === 1 &&
        next.tokens.length <= 2 &&
        !!opening?.lowercase &&
        tagsOf(lastToken.norm).some((tag) => tag === 'Gerund' || tag === 'Infinitive')
      ) {
        chunk = { tokens: [...chunk.tokens, lastIndex + 1, ...next.tokens] };
        k += 1;
        continue;
      }
      // "Committee to Protect Journalists": a body named for what it does.
      const firstNext = tokens[next.tokens[0] as number] as Token;
      const purpose =
        connector.norm === 'to' &&
        next.tokens.length >= 2 &&
        isOrgHeadWord(lastToken.norm) &&
        tagsOf(firstNext.norm).includes('Infinitive');
      // "Doctors for Camp Closure", "Mothers Against Drunk Driving": people who band together for a cause.
      // "Lawyers for Epstein’s victims": not before an owner.
      const owner = (tokens[next.tokens[next.tokens.length - 1] as number] as Token).possessive;
      const advocates = ADVOCACY_LINKS.has(connector.norm) && isAdvocates(tokens, chunk) && !owner;
      if (between === 1 && (purpose || advocates)) {
        chunk = { tokens: [...chunk.tokens, lastIndex + 1, ...next.tokens] };
        k += 1;
        continue;
      }
      if (between !== 1 || !CONNECTORS.has(connector.norm)) break;
      if (connector.text === '&') {
        // "Industrial Light & Magic", "Procter & Gamble": prose says "and" between two names.
        chunk = { tokens: [...chunk.tokens, lastIndex + 1, ...next.tokens] };
        k += 1;
        continue;
      }
      // "Museum of Neon Art", "Center for Health": the head comes first. "World Travel and
      // Tourism Council": the head comes last. "Alibaba Group and Yahoo Japan" are two.
      const leftHasHead = chunk.tokens.some((t) => isOrgHeadWord((tokens[t] as Token).norm));
      // "Securities and Exchange Commission": a head word in the plural alone is no name of its own.
      // "University and College Union": nor is a head word alone, when a name with a head follows.
      // "U.S. Securities and Exchange Commission": the owner country in front does not count.
      const loneHead = withoutOwnerCountry(tokens, chunk.tokens).length === 1;
      const lonePlural = loneHead && /[^s]s$/.test(lastToken.norm);
      const rightEndsWithHead = isOrgHeadWord((tokens[next.tokens[next.tokens.length - 1] as number] as Token).norm);
      const leftEndsWithHead = isOrgHeadWord(lastToken.norm) && !lonePlural && !(loneHead && rightEndsWithHead);
      const coordinated = connector.norm === 'and' || connector.norm === '&';
      // Inside the complement of a head ("Center for Health and Human Rights") "and" goes on.
      const inComplement =
        (leftHasHead || opensAdvocates(tokens, chunk)) &&
        !leftEndsWithHead &&
        chunk.tokens.some((t) => ['of', 'for', 'on'].includes((tokens[t] as Token).norm));
      const rightHasHead = next.tokens.some((t) => isOrgHeadWord((tokens[t] as Token).norm));
      // "Federation of Television and Radio Artists": two head words side by side in the
      // complement, the one after "and" opening the words that end the name.
      const link = chunk.tokens.findIndex((t) => ['of', 'for'].includes((tokens[t] as Token).norm));
      const parallelHeads =
        coordinated &&
        link > 0 &&
        chunk.tokens.slice(0, link).some((t) => isOrgHeadWord((tokens[t] as Token).norm)) &&
        leftEndsWithHead &&
        next.tokens.length >= 2 &&
        isOrgHeadWord((tokens[next.tokens[0] as number] as Token).norm) &&
        !rightEndsWithHead;
      // "Center for Strategic and International Studies": a head word inside the right part
      // ("International" of "Amnesty International") does not make it a name of its own.
      // "United Nations and European Union", "SpaceX and Tyvak Systems": a name known by
      // itself before "and" is one of two.
      const leftKey = nameKey(
        chunk.tokens
          .map((t) => tokens[t] as Token)
          .filter((t) => !DETERMINERS.has(t.norm))
          .map((t) => t.text)
          .join(' '),
      );
      // "SBI and ICICI Bank": an acronym is a name of its own too.
      const leftAcronym = chunk.tokens.length === 1 && lastToken.text.length >= 2 && isAllCaps(lastToken);
      const leftKnown =
        isKnownOrganization(leftKey) ||
        KNOWN_ORGANIZATIONS.has(leftKey) ||
        leftAcronym ||
        (coordinated && namedAlone(text, tokens, chunk));
      // "the Department of Homeland Security and Alex Azar": a person's name after "and" is a name of its own.
      const firstRight = tokens[next.tokens[0] as number] as Token;
      // "Fauna and Flora International": not when the right part is a body's name.
      const twoNames =
        coordinated &&
        next.tokens.length > 1 &&
        isFirstName(firstRight.norm) &&
        !isCommonWord(firstRight.norm) &&
        !rightEndsWithHead;
      // "Gannett and GateHouse Media", "AirJaldi and Zaya Learning Labs": a brand spelled with
      // a capital inside is a firm's name of its own on either side of "and".
      const nameBeforeFirm =
        coordinated &&
        next.tokens.length >= 2 &&
        rightEndsWithHead &&
        !leftHasHead &&
        (isBrandSpelling(lastToken) || isBrandSpelling(firstRight));
      // "U.S. Customs and Border Protection": a known name that holds "and", after its owner country.
      const textOf = (indexes: number[]) => nameKey(indexes.map((t) => (tokens[t] as Token).text).join(' '));
      const joinedKey = `${textOf(withoutOwnerCountry(tokens, chunk.tokens))} and ${textOf(next.tokens)}`;
      // "Southern California Edison and San Diego Gas & Electric": a name that opens on a place after "and" is a second name.
      const rightFromPlace =
        coordinated &&
        chunk.tokens.length >= 2 &&
        next.tokens.length >= 2 &&
        [1, 2].some((n) => n < next.tokens.length && isPlaceName(textOf(next.tokens.slice(0, n)))) &&
        !isPlaceName(textOf(chunk.tokens));
      // "Chinese premier Li Keqiang and National People’s Congress chief": a title before the left part makes it someone.
      const before = tokens[(chunk.tokens[0] as number) - 1];
      const leftTitled = coordinated && !!before?.lowercase && isTitleToken(before);
      // "the Harvard and University of North Carolina cases": a head word opening its own name with "of".
      const nextLast = next.tokens[next.tokens.length - 1] as number;
      const rightOpensName =
        coordinated &&
        next.tokens.length === 1 &&
        rightEndsWithHead &&
        ['of', 'for'].includes(tokens[nextLast + 1]?.norm ?? '') &&
        atoms[k + 2]?.tokens[0] === nextLast + 2;
      // "Senate Democratic Leader Greg Taylor of Indianapolis": where someone named in full is from.
      const personFromPlace =
        connector.norm === 'of' &&
        chunk.tokens.length >= 2 &&
        isFirstName((tokens[chunk.tokens[chunk.tokens.length - 2] as number] as Token).norm) &&
        isPlaceName(textOf(next.tokens));
      // "the House and Senate": a legislature's two chambers.
      const twoChambers =
        coordinated &&
        chunk.tokens.length === 1 &&
        next.tokens.length === 1 &&
        LEGISLATIVE_CHAMBERS.has(lastToken.norm) &&
        LEGISLATIVE_CHAMBERS.has(firstRight.norm);
      // "The Post and Courier newspaper": one paper's name, with "and", before what it is.
      const onePaper =
        coordinated && !twoNames && PUBLICATION_KINDS.has(tokens[nextLast + 1]?.text ?? '') && next.tokens.length === 1;
      // "Color of Change, a civil rights organization": a body's name of words with "of".
      const namedBody =
        connector.norm === 'of' && appositiveNounAt(tokens, nextLast, APPOSITIVE_ORGANIZATION_NOUNS) !== undefined;
      // "talks between McClatchy and Tribune": a paper's head word alone after "and" is the paper's short name.
      const paperAlone = coordinated && next.tokens.length === 1 && NEWSPAPER_HEADS.has(firstRight.norm) && !onePaper;
      const joins =
        twoNames ||
        nameBeforeFirm ||
        leftTitled ||
        rightOpensName ||
        personFromPlace ||
        twoChambers ||
        rightFromPlace ||
        paperAlone
          ? false
          : onePaper || namedBody || parallelHeads
            ? true
            : coordinated && KNOWN_ORGANIZATIONS.has(joinedKey)
              ? true
              : FOREIGN_AND.has(connector.norm)
                ? leftHasHead && !rightHasHead
                : coordinated
                  ? (rightEndsWithHead && !leftEndsWithHead && !(leftKnown && next.tokens.length > 1)) ||
                    (inComplement && !rightEndsWithHead)
                  : leftHasHead ||
                    (connector.norm === 'of' &&
                      (isTitleToken(lastToken) || isFeatureOfPlace(chunk, tokens) || opensAdvocates(tokens, chunk)));
      if (!joins) break;
      chunk = { tokens: [...chunk.tokens, lastIndex + 1, ...next.tokens] };
      k += 1;
    }
    chunks.push(chunk);
  }
  return chunks;
}

/** "GateHouse", "OnDeck": a capital inside a word, as brands are spelled ("McCarthy" is a surname). */
function isBrandSpelling(token: Token): boolean {
  return /\p{Ll}\p{Lu}/u.test(token.text) && !/^(?:Mc|Mac)\p{Lu}/u.test(token.text);
}

/**
 * "Big Machine and Dick Clark Productions" after "Big Machine issued a statement": words
 * the text also uses as a name of their own, not followed by "and" there, are one of two.
 */
function namedAlone(text: string, tokens: Token[], chunk: Chunk): boolean {
  const first = tokens[chunk.tokens[0] as number] as Token;
  const last = tokens[chunk.tokens[chunk.tokens.length - 1] as number] as Token;
  if (chunk.tokens.length < 2 || last.possessive) return false;
  const name = text.slice(first.start, last.end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === first.start) continue;
    const after = text.slice(at + name.length, at + name.length + 5);
    if (!/^\s+and\b/.test(after) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** "Gulf of Mexico", "Sea of Japan": a feature of the land or sea named after a place, so that place is no party of its own. */
function isFeatureOfPlace(chunk: Chunk, tokens: Token[]): boolean {
  const last = tokens[chunk.tokens[chunk.tokens.length - 1] as number] as Token;
  return last.capitalised && GEOGRAPHIC_FEATURES.has(last.norm);
}

/** "University of California, San Francisco": a university of a place, a comma and a city. */
function isCampus(tokens: Token[], chunk: Chunk, next: Chunk): boolean {
  const words = chunk.tokens.map((t) => tokens[t] as Token);
  const of = words.findIndex((t) => t.norm === 'of');
  if (of <= 0 || !CAMPUS_HEADS.has((words[of - 1] as Token).norm)) return false;
  const place = nameKey(
    words
      .slice(of + 1)
      .map((t) => t.text)
      .join(' '),
  );
  const city = nameKey(next.tokens.map((t) => (tokens[t] as Token).text).join(' '));
  const after = tokens[(next.tokens[next.tokens.length - 1] as number) + 1];
  return isPlaceName(place) && isPlaceName(city) && !after?.capitalised;
}

/**
 * How many following atoms are a list inside an organisation's name: after a head and its
 * "of"/"for", short capitalised words separated by commas and closed by "and".
 */
function listInName(tokens: Token[], chunk: Chunk, atoms: Chunk[], k: number): number {
  const words = chunk.tokens.map((t) => tokens[t] as Token);
  const complement = words.findIndex((t) => t.norm === 'of' || t.norm === 'for');
  if (complement <= 0 || !words.slice(0, complement).some((t) => isOrgHeadWord(t.norm))) return 0;
  let previousEnd = chunk.tokens[chunk.tokens.length - 1] as number;
  for (let n = 1; k + n < atoms.length && n <= 6; n += 1) {
    const atom = atoms[k + n] as Chunk;
    if (atom.tokens.length > 3) return 0;
    const gap = tokens.slice(previousEnd + 1, atom.tokens[0] as number).map((t) => t.norm);
    const comma = gap.length === 1 && gap[0] === ',';
    const and = (gap.length === 1 && gap[0] === 'and') || (gap.length === 2 && gap[0] === ',' && gap[1] === 'and');
    if (and) return n;
    if (!comma) return 0;
    previousEnd = atom.tokens[atom.tokens.length - 1] as number;
  }
  return 0;
}

function surfaceOf(text: string, tokens: Token[], first: number, last: number): string {
  const lastToken = tokens[last] as Token;
  const end = nameEndOf(lastToken);
  return withoutSoftHyphens(foldLookAlikes(collapseSpace(text.slice((tokens[first] as Token).start, end)))).replace(
    AFFIX_SUFFIX,
    '',
  );
}

/** Sentences that are headings in title case or photo credits: no names are read from them. */
function isSkippable(text: string, tokens: Token[], sentence: Sentence): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = sentence.first; i <= sentence.last; i += 1) {
    const t = tokens[i] as Token;
    if (!t.isWord || (!t.capitalised && !t.lowercase)) continue;
    words += 1;
    if (t.capitalised && !CONNECTORS.has(t.norm)) capitalised += 1;
  }
  const last = tokens[sentence.last] as Token;
  const line = text.slice((tokens[sentence.first] as Token).start, last.end);
  // Longer lines are prose that may end as a credit does; a contact line lists its reporters however long.
  if (words <= 30 ? CREDIT_LINE.test(line) || FURNITURE_LINE.test(line) : CONTACT_LINE.test(line)) return true;
  // A heading in title case has no full stop: "John Kerry met Sergei Lavrov." is prose.
  return words >= 3 && capitalised / words >= 0.75 && !/^[.!?…”"]$/.test(last.text);
}

const LIST_SEPARATORS = new Set([',', 'and', 'or', '&']);
const ORGANIZATION_PLURALS =
  /^(?:companies|firms|organi[sz]ations|groups|services|networks|platforms|outlets|sites|websites|agencies|brands|businesses|publications|media)$/;

/**
 * Names listed together are alike: in "Instagram, Atlas, WhatsApp, and dozens of other
 * companies" or "ABC News, and Politifact", unknown words take the organisations' kind.
 */
function typeListsAlike(tokens: Token[], found: Mention[], sentence: Sentence): void {
  const sorted = [...found].sort((a, b) => a.first - b.first);
  let list: Mention[] = [];
  let conjoined = false;
  const settle = () => {
    // "Pablo Picasso, Coco Chanel, Gertrude Stein": names listed with people are people.
    const people = list.filter((m) => m.kind === 'person');
    if (people.length > 1 && (people.length >= 3 || people.some((m) => !m.tentative)))
      for (const m of people) m.tentative = false;
    // "three of her accusers – Jane, Carolyn and Annie Farmer": given names listed with a full name are people too.
    if (conjoined && people.length === list.length && people.some((m) => m.first < m.last && !m.weak && !m.tentative))
      for (const m of people)
        if (
          m.first === m.last &&
          isFirstName(nameKey(m.surface)) &&
          !LOCATION_WORDS.has(tokens[m.first - 1]?.norm ?? '')
        )
          m.weak = false;
    // "The head of the Farmers Union, Piet Brandt,": two names and a comma are an appositive.
    const appositive = list.length === 2 && !conjoined;
    if ((list.length > 1 && !appositive) || endsInOrganizationPlural(tokens, list, sentence)) {
      const organizations =
        list.some((m) => m.kind === 'organization') || endsInOrganizationPlural(tokens, list, sentence);
      if (organizations) {
        for (const m of list) {
          if (m.kind === 'person' && m.tentative) m.kind = 'organization';
          if (m.kind === 'unknown') {
            m.organizationUnlessPerson = true;
            m.weak = false;
          }
        }
      }
    }
    list = [];
    conjoined = false;
  };
  for (const mention of sorted) {
    const previous = list[list.length - 1];
    if (previous) {
      const between = tokens.slice(previous.last + 1, mention.first);
      const separated = between.length > 0 && between.length <= 2 && between.every((t) => LIST_SEPARATORS.has(t.norm));
      if (!separated) settle();
      else if (between.some((t) => t.norm !== ',')) conjoined = true;
    }
    list.push(mention);
  }
  settle();
}

function endsInOrganizationPlural(tokens: Token[], list: Mention[], sentence: Sentence): boolean {
  const last = list[list.length - 1];
  if (!last) return false;
  const after = tokens.slice(last.last + 1, Math.min(sentence.last + 1, last.last + 10)).map((t) => t.norm);
  const other = after.indexOf('other');
  if (other < 0 || other > 5) return false;
  return after.slice(other + 1).some((w) => ORGANIZATION_PLURALS.test(w));
}

/** "5 hours ago07:32 Jon KingRoyal expert tears into …": the author of a live blog's post, after its time. */
function isLivePostAuthor(tokens: Token[], mention: Mention): boolean {
  const time = tokens
    .slice(Math.max(0, mention.first - 4), mention.first)
    .map((t) => t.text)
    .join('');
  return /ago\d{1,2}:\d\d$/.test(time);
}

const TIME_STAMP_WORDS = new Set(['updated', 'published', 'posted', 'modified']);

// Picture agencies whose name ends a credit: "Francesco Carta Fotografo | Moment | Getty Images".
const PHOTO_AGENCIES = new Set(['getty', 'shutterstock', 'alamy']);

const CREDITED_WORKS = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'image',
  'images',
  'illustration',
  'video',
]);

/**
 * "Benoit Tessier/Reuters", "(John Minchillo / AP)", "… at the lab | photo by Joan
 * Bardeletti", "Top photo by …", "© John Brecher", "(Elias Funez/The Union via AP)": who
 * took a picture and for whom, not a party.
 */
function isPhotoCredit(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.last + 1];
  // "…/The New York Times": the name's article stands between.
  const before = tokens[mention.first - (tokens[mention.first - 1]?.norm === 'the' ? 2 : 1)];
  return (
    before?.text === '©' ||
    // "Credit...Samuel Corum for The New York Times", "Image credit: Karl Tate".
    ((before?.text === '...' || before?.text === '…' || before?.text === ':') &&
      /^(?:credit)+$/.test(tokens[mention.first - 2]?.norm ?? '')) ||
    // "(Image:Getty Images)", "(Image:Anadolu via Getty Images)": a caption's credit in brackets.
    (before?.text === ':' &&
      CREDITED_WORKS.has(tokens[mention.first - 2]?.norm ?? '') &&
      tokens[mention.first - 3]?.text === '(') ||
    (before?.norm === 'via' && after?.text === ')') ||
    (before?.norm === 'by' && CREDITED_WORKS.has(tokens[mention.first - 2]?.norm ?? '')) ||
    after?.text === '/' ||
    // "Francesco Carta Fotografo | Moment | Getty Images": a credit's parts parted by bars.
    (after?.text === '|' && tokens.slice(mention.last + 1, mention.last + 8).some((t) => PHOTO_AGENCIES.has(t.norm))) ||
    // "(Photo: Getty Images)GettyThe …": the credit's name again, glued after it.
    (before?.text === ')' && before.end === tokens[mention.first]?.start && creditRepeats(tokens, mention)) ||
    // "…healthy?”Greg NelsonFretting about …", "…story.James D. Smith via APJim": a caption's
    // credit glued between two paragraphs.
    (!!before &&
      before.end === tokens[mention.first]?.start &&
      !before.isWord &&
      (after?.norm === 'via' || (!!after?.isWord && after.start === tokens[mention.last]?.end))) ||
    // "Anna Moneymaker/The New York TimesWhen President …": a credit glued to the story's next words.
    (before?.text === '/' &&
      (after?.text === ')' || after?.norm === 'via' || !after || after.start === tokens[mention.last]?.end))
  );
}

/** Whether the brackets closing right before the mention hold a credit to the same name: "(Photo: Getty Images)Getty". */
function creditRepeats(tokens: Token[], mention: Mention): boolean {
  const close = mention.first - 1;
  const word = tokens[mention.first]?.norm;
  for (let k = close - 1; k >= Math.max(0, close - 8); k -= 1) {
    if (tokens[k]?.text !== '(') continue;
    const credit = CREDITED_WORKS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.text === ':';
    return credit && tokens.slice(k + 3, close).some((t) => t.norm === word);
  }
  return false;
}

const PHRASE_ENDERS = new Set(['and', 'or', 'but', 'on', 'in', 'at', 'to', 'for', 'of', 'with', 'by', 'from', 'as']);

/**
 * "masquerading as a Tax Preparation Service and a Go-Kart Track": capitalised words after
 * "a" that end their phrase name a kind of thing, not one party ("a Google spokesman" is
 * Google's).
 */
function isKindAfterArticle(tokens: Token[], mention: Mention): boolean {
  const article = tokens[mention.first - 1]?.norm;
  if ((article !== 'a' && article !== 'an') || mention.last === mention.first || mention.kind === 'country')
    return false;
  // "registered by a Scott Meadows, who appears to be": someone the reader is not expected to know.
  const [given, family] = [tokens[mention.first] as Token, tokens[mention.last] as Token];
  if (mention.last === mention.first + 1 && isFirstName(given.norm) && !isCommonWord(family.norm)) return false;
  const next = tokens[mention.last + 1];
  return !next?.isWord || !next.lowercase || PHRASE_ENDERS.has(next.norm);
}

/** "…”Contributing: Ann Tobin, Carl Mead": reporters credited after a story glued to its end. */
function isContributor(tokens: Token[], sentence: Sentence, mention: Mention): boolean {
  for (let i = mention.first - 1; i >= sentence.first; i -= 1) {
    const t = tokens[i] as Token;
    // "Contributing: Liz Szabo, Michael Winter": the names listed after the label, no further.
    const listed = () =>
      tokens.slice(i + 2, mention.first).every((w) => w.text === ',' || w.norm === 'and' || w.capitalised);
    if (CREDIT_LABELS.has(t.norm) && t.capitalised && tokens[i + 1]?.text === ':' && listed()) return true;
    // "Reporting by Rodrigo Campos; additional reporting by …; Editing by Nick Zieminski and Dan Grebler".
    // "data compiled by Bloomberg": a credit opens its line or follows another, not a noun.
    const credit = tokens[i - 1];
    const lead = tokens[i - 2];
    const opensCredit =
      !!credit &&
      (credit.capitalised ||
        !lead?.isWord ||
        lead.norm === 'additional' ||
        lead.norm === 'and' ||
        BE_FORMS.has(lead.norm));
    if (
      t.norm === 'by' &&
      STAFF_CREDITS.has(credit?.norm ?? '') &&
      opensCredit &&
      creditRunsTo(tokens, i, mention.first)
    )
      return true;
  }
  return false;
}

const STAFF_CREDITS = new Set(['reporting', 'editing', 'writing', 'compiled', 'edited', 'written', 'illustrated']);
// "Contributing: …", "Author: Julia Hitz (eg)": a credit line's label.
const CREDIT_LABELS = new Set(['contributing', 'author']);

/** "The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of …": the site's owners. */
function isCopyrightHolder(tokens: Token[], sentence: Sentence, mention: Mention): boolean {
  for (let i = mention.first - 1; i >= sentence.first; i -= 1)
    if (tokens[i]?.text === '©' && /^(?:19|20)\d\d$/.test(tokens[i + 1]?.text ?? '')) return true;
  return false;
}

/** Only names, commas, "and" and further credits stand between the credit's "by" and the name. */
function creditRunsTo(tokens: Token[], by: number, first: number): boolean {
  for (let k = by + 1; k < first; k += 1) {
    const t = tokens[k] as Token;
    // "… by Lindsay Dunsmuir and Jason Lange in Washington, Ann Saphir in San Francisco …": where each reported from.
    if (!(t.capitalised || [',', ';', 'and', 'by', 'additional', 'in'].includes(t.norm) || STAFF_CREDITS.has(t.norm)))
      return false;
  }
  return true;
}

const CALLING_WORDS = new Set(['called', 'dubbed', 'named', 'nicknamed', 'branded']);

/** "an electric station wagon called the ID. Space Vizzion": a thing's name, after "the". */
function isCalledThing(tokens: Token[], mention: Mention): boolean {
  return tokens[mention.first - 1]?.norm === 'the' && CALLING_WORDS.has(tokens[mention.first - 2]?.norm ?? '');
}

/**
 * "Communications Minister Fahmi Fadzil", "Information Technology minister Shiza Khawaja",
 * "Police and Crime Commissioner Matt Storey": a common word before an office and its holder
 * is the office's field, no body of its own.
 */
function isFieldOfOffice(tokens: Token[], mention: Mention): boolean {
  const word = tokens[mention.first] as Token;
  if (mention.kind !== 'organization' || mention.first !== mention.last || mention.possessive) return false;
  // "Army Secretary Lena Fowles": a body's head word is the body.
  if (
    isAllCaps(word) ||
    ORGANIZATION_HEADS.has(word.norm) ||
    isKnownOrganization(word.norm) ||
    KNOWN_ORGANIZATIONS.has(word.norm)
  )
    return false;
  if (isPersonName(word.norm) || isPlaceName(word.norm)) return false;
  const title = tokens[mention.last + 1];
  if (!title?.isWord || !(TITLE_WORDS.has(title.norm) || isRoleNoun(title.norm))) return false;
  return !!tokens[mention.last + 2]?.capitalised && tokens[mention.last + 2]?.start === title.end + 1;
}

/** "Yasmine Hassan · CBC News · Posted: Aug 08, 2024": names parted by middle dots are a byline's. */
function isDottedByline(tokens: Token[], mention: Mention): boolean {
  return tokens[mention.last + 1]?.text === '·' || tokens[mention.first - 1]?.text === '·';
}

/**
 * Drops the fields of offices, unless the word is a firm's before its officer ("Snapchat CEO
 * Evan Spiegel") or the text writes it alone elsewhere ("Energy Secretary Rick Perry … the
 * Energy Department").
 */
function dropFieldsOfOffices(tokens: Token[], mentions: Mention[]): void {
  const fields = mentions.filter(
    (m) => isFieldOfOffice(tokens, m) && !CORPORATE_TITLES.has((tokens[m.last + 1] as Token).norm),
  );
  if (fields.length === 0) return;
  const alone = new Set<string>();
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (t.capitalised && !(next && (TITLE_WORDS.has(next.norm) || isRoleNoun(next.norm)))) alone.add(t.norm);
  });
  const dropped = new Set(fields.filter((m) => !alone.has((tokens[m.first] as Token).norm)));
  const kept = mentions.filter((m) => !dropped.has(m));
  mentions.splice(0, mentions.length, ...kept);
}

const CORPORATE_TITLES = new Set([
  ...CHIEF_OFFICERS,
  'founder',
  'co-founder',
  'cofounder',
  'chairman',
  'chairwoman',
  'executive',
]);

/** "won the Miss Idaho title", "Miss America 2005": a pageant's crown, named for a place, is no one. */
function isPageantTitle(tokens: Token[], mention: Mention): boolean {
  if (tokens[mention.first - 1]?.text !== 'Miss') return false;
  const key = nameKey(mention.surface);
  return isPlaceName(key) || countryNamed(key) !== undefined || key === 'universe' || key === 'world';
}

const FOLLOW_VERBS = new Set(['follow', 'friend', 'like', 'find', 'join', 'fan']);
const WRITE_TO_VERBS = new Set(['email', 'e-mail', 'contact']);

/** "Email Tariq Malik at tmalik@space.com": where to write to the author, not a party. */
function isWriteToPrompt(tokens: Token[], mention: Mention): boolean {
  const verb =
    WRITE_TO_VERBS.has(tokens[mention.first - 1]?.norm ?? '') || WRITE_TO_VERBS.has(tokens[mention.first]!.norm);
  return verb && tokens[mention.last + 1]?.norm === 'at';
}
const FOLLOWED = new Set(['us', 'him', 'her', 'me', 'them']);

/** "CLICK HERE TO GET THE FOX NEWS APP", "WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?": a line in capitals names no one. */
const SHOUTED_RUN = 5;

function isShoutedLine(tokens: Token[], mention: Mention): boolean {
  const shouted = (t: Token | undefined) => !!t && t.isWord && isAllCaps(t) && /\p{Lu}{2}/u.test(t.text);
  if (!tokens.slice(mention.first, mention.last + 1).some((t) => shouted(t))) return false;
  let first = mention.first;
  let last = mention.last;
  while (shouted(tokens[first - 1])) first -= 1;
  while (shouted(tokens[last + 1])) last += 1;
  return tokens.slice(first, last + 1).filter((t) => shouted(t)).length >= SHOUTED_RUN;
}

/** No name runs this long without a word in lower case: "News Economy Energy Mining Real Estate Finance Work …" is a menu. */
const LONGEST_NAME_RUN = 8;

function isMenuRun(tokens: Token[], mention: Mention): boolean {
  let run = 0;
  for (let k = mention.first; k <= mention.last; k += 1) {
    const t = tokens[k] as Token;
    run = t.isWord && t.capitalised ? run + 1 : t.isWord ? 0 : run;
    if (run > LONGEST_NAME_RUN) return true;
  }
  return false;
}

/**
 * "follow him on Twitter; friend him on Facebook", "Follow NBC Latino on Facebook, Twitter
 * and Instagram": social networks to read someone on are not parties.
 */
function isFollowPrompt(tokens: Token[], mention: Mention): boolean {
  let on = mention.first - 1;
  while (on > mention.first - 8 && (tokens[on]?.text === ',' || tokens[on]?.norm === 'and' || tokens[on]?.capitalised))
    on -= 1;
  if (tokens[on]?.norm !== 'on') return false;
  if (FOLLOWED.has(tokens[on - 1]?.norm ?? '')) return FOLLOW_VERBS.has(tokens[on - 2]?.norm ?? '');
  // "Follow NBC Latino on …": the verb opens the prompt, a name after it.
  for (let k = on - 1; k >= on - 4 && tokens[k]?.capitalised; k -= 1)
    if (FOLLOW_VERBS.has(tokens[k]!.norm) && k < on - 1) return true;
  return false;
}

const PORTRAY_VERBS = new Set(['portray', 'portrays', 'portrayed', 'portraying', 'voices', 'voiced', 'voicing']);
const PLAY_VERBS = new Set(['play', 'plays', 'played', 'playing']);

const ROLE_WORDS = new Set(['role', 'roles', 'part']);

/**
 * "Jeff Goldblum, playing the chaos theorist Ian Malcolm", "she portrays Ada": the name of a
 * role, not of a party. "played" needs "the" and a description before the name, since
 * "she played Serena Williams in the final" names an opponent.
 */
function isRolePlayed(tokens: Token[], mention: Mention): boolean {
  if (mention.kind !== 'person') return false;
  // "to reprise his role as George Kirk", "in the role of Ada".
  const lead = tokens[mention.first - 1]?.norm === 'the' ? mention.first - 2 : mention.first - 1;
  if (['as', 'of'].includes(tokens[lead]?.norm ?? '') && ROLE_WORDS.has(tokens[lead - 1]?.norm ?? '')) return true;
  let k = mention.first - 1;
  let described = 0;
  while (
    k >= 0 &&
    described < 4 &&
    (tokens[k] as Token).lowercase &&
    !PLAY_VERBS.has((tokens[k] as Token).norm) &&
    !PORTRAY_VERBS.has((tokens[k] as Token).norm)
  ) {
    k -= 1;
    described += 1;
  }
  const verb = tokens[k];
  if (!verb) return false;
  if (PORTRAY_VERBS.has(verb.norm)) return true;
  return PLAY_VERBS.has(verb.norm) && described >= 2 && tokens[k + 1]?.norm === 'the';
}

/**
 * "hotel manager Bobby (a splendid, warm Willem Dafoe)", "Elio (Timothée Chalamet)": a lone
 * name with a full name in parentheses right after it, nothing but lower-case words before
 * that, is a character and the name in parentheses its actor.
 */
function isCharacterOfActor(tokens: Token[], mention: Mention, found: Mention[]): boolean {
  if (mention.first !== mention.last || (mention.kind !== 'person' && mention.kind !== 'unknown')) return false;
  if (tokens[mention.last + 1]?.text !== '(') return false;
  for (let k = mention.last + 2; k <= mention.last + 8; k += 1) {
    const t = tokens[k];
    if (!t || t.text === ')') return false;
    const actor = found.find((m) => m.first === k);
    if (actor) return actor.kind === 'person' && actor.last > actor.first && tokens[actor.last + 1]?.text === ')';
    if (!(t.lowercase || t.text === ',')) return false;
  }
  return false;
}

/** A line that is a name and little else: "Facebook", "Michael Shadlen, Ph.D.". */
function isNameLine(tokens: Token[], sentence: Sentence, mention: Mention): boolean {
  let others = 0;
  for (let i = sentence.first; i <= sentence.last; i += 1) {
    const t = tokens[i] as Token;
    if (t.isWord && (i < mention.first || i > mention.last)) others += 1;
  }
  return others <= 1;
}

interface FinderContext {
  text: string;
  tokens: Token[];
  known: KnownNames;
  /** Words seen in lower case somewhere in the text: capitalised, they are common words. */
  lowerCaseWords: ReadonlySet<string>;
  /** Capitalised words the text writes after a lower-case word: names wherever they stand. */
  capitalisedInside: ReadonlySet<string>;
  /** Capitalised words the text writes right after a lower-case "the": "the Wild". */
  capitalisedAfterThe: ReadonlySet<string>;
  /** Words the text writes after a first name ("Steve Jobs"): a sentence may open with them as a name. */
  surnames: ReadonlySet<string>;
  /** Two capitalised words the text writes inside a sentence ("at Whole Foods"): a sentence may open with them as a name. */
  namePairs: ReadonlySet<string>;
  /** Two capitalised words the text writes alone next to a speech verb ("Black Elk said"). */
  speakingNames: ReadonlySet<string>;
  /** User names that speak somewhere in the text ("acebush1 posted"): names wherever they stand. */
  speakingUsers: ReadonlySet<string>;
  quoteDepth: Uint8Array;
}

function quoteMask(tokens: Token[], layout: TextLayout): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const q of layout.quotations) mask.fill(1, q.open, q.close + 1);
  return mask;
}

function lowerCaseWordsOf(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  tokens.forEach((t, k) => {
    // "Ahmed al-Zawi": after a given name, a surname opens in lower case only for its joined
    // article; "the towns of al-Brega" stays a word's spelling.
    const surname = JOINED_ARTICLE_SURNAME.test(t.text) && !!tokens[k - 1]?.capitalised;
    if (t.lowercase && !surname) words.add(t.norm);
  });
  return words;
}

function capitalisedInsideOf(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (t.capitalised && (tokens[k - 1] as Token).lowercase) words.add(t.norm);
  }
  return words;
}

/**
 * Capitalised words after a lower-case "the" that end their phrase ("the Wild’s", "for the
 * Sabres.", "the Wild are"), as names do; "the Hispanic workers" is an adjective's.
 */
function namesAfterThe(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (!t.capitalised || (tokens[k - 1] as Token).text !== 'the') continue;
    const next = tokens[k + 1];
    if (
      t.possessive ||
      !next ||
      !next.isWord ||
      VERBS_AFTER_SUBJECT.has(next.norm) ||
      ['are', 'were', 'have'].includes(next.norm)
    )
      words.add(t.norm);
  }
  return words;
}

function namePairsOf(text: string, tokens: Token[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const before = tokens[i - 1] as Token;
    const word = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (!word.capitalised || !next.capitalised || !gapIsSpace(text, word, next)) continue;
    if (before.isWord && (before.lowercase || AFFIX_SUFFIX.test(before.text))) pairs.add(`${word.norm} ${next.norm}`);
  }
  return pairs;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'we', 'they', 'i', 'you']);

function surnamesOf(text: string, tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (let i = 1; i < tokens.length; i += 1) {
    // "Patrick W. Carlineo Jr.": a middle initial may stand between the names, a generation after them.
    const middle = tokens[i - 1]?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 2]?.text ?? '') ? 2 : 0;
    const given = tokens[i - 1 - middle] as Token | undefined;
    const family = tokens[i] as Token;
    const after = tokens[i + 1];
    if (
      given &&
      family.capitalised &&
      given.capitalised &&
      !isAllCaps(family) &&
      // "Taylor Swift": the lexicon tags some given names only as names of people.
      (isFirstName(given.norm) || (isPersonName(given.norm) && !isCommonWord(given.norm))) &&
      // "Liu He": a surname that is also a pronoun opening sentences is not read as one.
      !SUBJECT_PRONOUNS.has(family.norm) &&
      gapIsSpace(text, tokens[i - 1] as Token, family) &&
      (!after?.capitalised || GENERATION_SUFFIXES.has(after.norm))
    )
      words.add(family.norm);
  }
  return words;
}

/**
 * "Black Elk said", "said Black Elk", "Page insisted": one or two capitalised words alone
 * right before or after a speech verb.
 */
function speakingNamesOf(tokens: Token[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i] as Token, tokens[i + 1] as Token];
    if (!a.capitalised || isAllCaps(a)) continue;
    const before = tokens[i - 1] as Token;
    if (!b.capitalised && !before.capitalised && (speechVerbAt(tokens, i + 1) || speechVerbAt(tokens, i - 1)))
      pairs.add(a.norm);
    if (!b.capitalised || isAllCaps(b)) continue;
    const after = tokens[i + 2];
    if (
      (after && speechVerbAt(tokens, i + 2) && !before.capitalised) ||
      (speechVerbAt(tokens, i - 1) && !after?.capitalised)
    )
      pairs.add(`${a.norm} ${b.norm}`);
  }
  return pairs;
}

/** Finds every name of a person, organisation, country, group or place in the text. */
export function findMentions(text: string, tokens: Token[], layout: TextLayout, known: KnownNames): Mention[] {
  const context: FinderContext = {
    text,
    tokens,
    known,
    lowerCaseWords: lowerCaseWordsOf(tokens),
    capitalisedInside: capitalisedInsideOf(tokens),
    capitalisedAfterThe: namesAfterThe(tokens),
    surnames: surnamesOf(text, tokens),
    namePairs: namePairsOf(text, tokens),
    speakingNames: speakingNamesOf(tokens),
    speakingUsers: speakingUserNamesOf(tokens),
    quoteDepth: quoteMask(tokens, layout),
  };
  const mentions: Mention[] = [];
  const authorNote = authorNoteSentences(tokens, layout);
  layout.sentences.forEach((sentence, index) => {
    if (authorNote.has(index) || sentence.listed || isSkippable(text, tokens, sentence)) return;
    const found = chunksOf(text, tokens, sentence)
      .flatMap((chunk) => readChunk(context, chunk.tokens, sentence, index))
      .filter(
        (m) =>
          !isPhotoCredit(tokens, m) &&
          !isRolePlayed(tokens, m) &&
          !isContributor(tokens, sentence, m) &&
          !isCopyrightHolder(tokens, sentence, m) &&
          !isKindAfterArticle(tokens, m) &&
          !isFollowPrompt(tokens, m) &&
          !isMenuRun(tokens, m) &&
          !isShoutedLine(tokens, m) &&
          !isWriteToPrompt(tokens, m) &&
          !isCalledThing(tokens, m) &&
          !isPageantTitle(tokens, m) &&
          !isDottedByline(tokens, m) &&
          !isLivePostAuthor(tokens, m),
      )
      .filter((m, _, all) => !isCharacterOfActor(tokens, m, all));
    // "Elon Musk’s SpaceX": whoever owns a firm by name is someone, though "musk" is a word.
    found.forEach((m, k) => {
      const owned = found[k + 1];
      if (m.tentative && m.possessive && owned?.kind === 'organization' && owned.first === m.last + 1)
        m.tentative = false;
    });
    joinCampuses(text, tokens, found);
    found.push(...userNamesOf(context, sentence, index, found));
    replaceSeatNumbers(context, sentence, index, found);
    typeListsAlike(tokens, found, sentence);
    if (found.length === 1 && isNameLine(tokens, sentence, found[0] as Mention))
      (found[0] as Mention).standalone = true;
    mentions.push(...found);
  });
  dropFieldsOfOffices(tokens, mentions);
  markSettlementsNamed(tokens, mentions);
  markPlacesAlike(tokens, mentions);
  markDatelineAgencies(tokens, mentions);
  markSurnamesOfPeople(mentions);
  markFamilies(context, mentions);
  markTownsOfStates(tokens, mentions);
  markListedPlaces(tokens, mentions);
  markBirthNames(tokens, mentions);
  markBracketedAcronyms(tokens, mentions);
  markCountriesInPassing(tokens, mentions);
  markSpeakingPlaces(tokens, layout, mentions);
  markPlatformsInPassing(tokens, mentions);
  markSeatsInPassing(tokens, mentions);
  markBuildingsInPassing(tokens, mentions);
  addFirmsByFirstWord(context, layout, mentions);
  addSpeakingSurnames(context, layout, mentions);
  joinPlaceOffices(context, layout, mentions);
  joinNationalForces(context, layout, mentions);
  markAirlines(tokens, mentions);
  return withoutPairings(tokens, withoutWorks(tokens, mentions));
}

/**
 * "several Alito-Prelogar moments", "the Biden-Harris ticket": two people the text names on
 * their own, joined by a hyphen, are a pairing of them and no one's name.
 */
function withoutPairings(tokens: Token[], mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person' && !(tokens[m.last] as Token).text.includes('-'))
      surnames.add((tokens[m.last] as Token).norm);
  const isPairing = (m: Mention) => {
    if (m.first !== m.last || (m.kind !== 'person' && m.kind !== 'unknown')) return false;
    const parts = (tokens[m.first] as Token).norm.split('-');
    return parts.length === 2 && parts.every((part) => surnames.has(part));
  };
  return mentions.some(isPairing) ? mentions.filter((m) => !isPairing(m)) : mentions;
}

/** "AirAsia Flight QZ8501": the name before a flight's number is its airline's. */
function markAirlines(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const flight = tokens[m.last + 1];
    if (
      (m.kind === 'unknown' || m.kind === 'person') &&
      flight?.norm === 'flight' &&
      flight.capitalised &&
      startsFlightNumber(tokens[m.last + 2])
    )
      m.kind = 'organization';
  }
}

function startsFlightNumber(token: Token | undefined): boolean {
  return /^\p{Lu}*\p{N}/u.test(token?.text ?? '');
}

/** Offices a county, state or country fills, whose staff speak as one body: "the sheriff’s office". */
const PLACE_OFFICES = new Set([
  'sheriff',
  'prosecutor',
  'coroner',
  'examiner',
  'defender',
  'marshal',
  'general',
  'attorney',
  'mayor',
  'governor',
]);
/** Words of those offices' titles: "Attorney General", "district attorney", "public defender", "medical examiner". */
const OFFICE_TITLE_WORDS = new Set(['attorney', 'district', 'public', 'medical', 'chief']);
const OFFICE_PLACE_KINDS = new Set(['place', 'country', 'organization']);

/** Where a place's name of up to three capitalised words ending at last starts ("New Mexico", "Baldwin County"), if one does. */
function placeNameEndingAt(tokens: Token[], last: number, floor: number): number | undefined {
  for (let start = Math.max(floor, last - 2); start <= last; start += 1) {
    const words = tokens.slice(start, last + 1);
    if (!words.every((t) => t.capitalised && !DETERMINERS.has(t.norm))) continue;
    const key = nameKey(words.map((t) => t.text).join(' '));
    const head = words.length > 1 && isPlaceHead((words[words.length - 1] as Token).norm);
    if (head || isPlaceName(key) || countryNamed(key) !== undefined) return start;
  }
  return undefined;
}

/**
 * "the Morton County sheriff’s office", "Bolivia’s public defender’s office", "the Alabama
 * Attorney General's office": a place's office is a body of its own, named from the place
 * to "office"; the place and the title in it are no mentions apart.
 */
function joinPlaceOffices(context: FinderContext, layout: TextLayout, mentions: Mention[]): void {
  const { tokens } = context;
  const joined: Mention[] = [];
  layout.sentences.forEach((sentence, index) => {
    for (let i = sentence.first + 2; i <= sentence.last; i += 1) {
      const office = tokens[i] as Token;
      const title = tokens[i - 1] as Token;
      if (office.norm !== 'office' || !office.lowercase || !title.possessive || !PLACE_OFFICES.has(title.norm))
        continue;
      let first = i - 1;
      while (first - 1 > sentence.first && OFFICE_TITLE_WORDS.has((tokens[first - 1] as Token).norm)) first -= 1;
      // "Baldwin County Sheriff's": the place's name may hold the title.
      const place = mentions.find(
        (m) => m.first < first && m.last >= first - 1 && m.last <= i - 1 && OFFICE_PLACE_KINDS.has(m.kind),
      );
      const start = place?.first ?? placeNameEndingAt(tokens, first - 1, sentence.first);
      if (start === undefined) continue;
      joined.push(makeMention(context, start, i, 'organization', sentence, index));
    }
  });
  for (const office of joined) {
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const m = mentions[k] as Mention;
      if (m.first >= office.first && m.last <= office.last) mentions.splice(k, 1);
    }
    mentions.push(office);
  }
  if (joined.length > 0) mentions.sort((a, b) => a.start - b.start);
}

/** A country's forces, named in lower case after it: "the Indian army", "the Israeli military". */
const FORCE_WORDS = new Set(['military', 'army', 'navy']);
const FORCE_OWNER_KINDS = new Set(['demonym', 'country']);

/**
 * "the Indian army said", "the Israeli military said": a country's forces are a body of their
 * own, named from the country's word to the force's, not the country speaking.
 */
function joinNationalForces(context: FinderContext, layout: TextLayout, mentions: Mention[]): void {
  const { tokens } = context;
  let joined = false;
  for (let k = 0; k < mentions.length; k += 1) {
    const owner = mentions[k] as Mention;
    const force = tokens[owner.last + 1];
    if (!FORCE_OWNER_KINDS.has(owner.kind) || owner.possessive || !force?.lowercase) continue;
    if (!FORCE_WORDS.has(force.norm) || tokens[owner.first - 1]?.norm !== 'the') continue;
    const sentence = layout.sentences[owner.sentence] as Sentence;
    mentions[k] = makeMention(context, owner.first, owner.last + 1, 'organization', sentence, owner.sentence);
    joined = true;
  }
  if (joined) mentions.sort((a, b) => a.start - b.start);
}

/**
 * "the University of California, Berkeley, has warned": a university named with its
 * campus after a comma is one organisation, not a university and a town. Joins them in found.
 */
function joinCampuses(text: string, tokens: Token[], found: Mention[]): void {
  for (let k = found.length - 2; k >= 0; k -= 1) {
    const university = found[k] as Mention;
    const campus = found[k + 1] as Mention;
    if (
      university.kind !== 'organization' ||
      university.possessive ||
      !/^university of /.test(nameKey(university.surface))
    )
      continue;
    const after = tokens[campus.last + 1]?.text ?? '';
    if (tokens[university.last + 1]?.text !== ',' || campus.first !== university.last + 2) continue;
    if (campus.first !== campus.last || campus.kind === 'person' || !/^[,.;:)]?$/.test(after)) continue;
    found.splice(k, 2, {
      ...university,
      last: campus.last,
      end: campus.end,
      possessive: campus.possessive,
      surface: surfaceOf(text, tokens, university.first, campus.last),
    });
  }
}

/**
 * "Linda Black Elk … said Black Elk": a two-word surname of words the text also writes in
 * lower case is a name only where it speaks, so it is found there, after the full name.
 */
function addSpeakingSurnames(context: FinderContext, layout: TextLayout, mentions: Mention[]): void {
  const { tokens } = context;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.last - m.first !== 2) continue;
    const pair = `${tokens[m.first + 1]?.norm} ${tokens[m.last]?.norm}`;
    if (context.speakingNames.has(pair)) surnames.add(pair);
  }
  if (surnames.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.first, m.last + 1);
  layout.sentences.forEach((sentence, index) => {
    for (let i = sentence.first; i < sentence.last; i += 1) {
      if (covered[i] || covered[i + 1] || !tokens[i]!.capitalised || !tokens[i + 1]!.capitalised) continue;
      if (!surnames.has(`${tokens[i]!.norm} ${tokens[i + 1]!.norm}`)) continue;
      mentions.push(makeMention(context, i, i + 1, 'person', sentence, index));
      covered.fill(1, i, i + 2);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * "American Airlines … American said", "United said": a firm named by the first word of a
 * two-word name that ends in a head word, where that word speaks. Not a country's name
 * ("China Daily … China said"), and only when one such firm starts with the word.
 */
function addFirmsByFirstWord(context: FinderContext, layout: TextLayout, mentions: Mention[]): void {
  const { tokens } = context;
  const firms = new Map<string, string | null>();
  for (const m of mentions) {
    const words = m.surface.split(' ');
    const first = (words[0] ?? '').toLowerCase();
    if (m.kind !== 'organization' || words.length !== 2 || !isOrgHeadWord(tokens[m.last]?.norm ?? '')) continue;
    if (countryNamed(first) !== undefined) continue;
    firms.set(first, firms.has(first) && firms.get(first) !== m.surface ? null : m.surface);
  }
  if (firms.size === 0) return;
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  layout.sentences.forEach((sentence, index) => {
    if (sentence.listed) return;
    for (let i = sentence.first; i < sentence.last; i += 1) {
      const t = tokens[i] as Token;
      const full = t.capitalised ? firms.get(t.norm) : undefined;
      if (!full || !PLACE_SPEAKING_VERBS.has(tokens[i + 1]?.norm ?? '') || !tokens[i + 1]?.lowercase) continue;
      const there = byFirst.get(i);
      if (there && (there.last !== i || there.kind === 'organization' || there.kind === 'person')) continue;
      if (there) mentions.splice(mentions.indexOf(there), 1);
      mentions.push({ ...makeMention(context, i, i, 'organization', sentence, index), shortFor: full });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
}

const PLATFORMS = new Set([
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
  'linkedin',
  'whatsapp',
  'telegram',
  'signal',
  'snapchat',
  'weibo',
  'wechat',
]);
// "apps like Signal and Telegram": named as examples of a kind of app.
const MEDIUM_PREPOSITIONS = new Set(['on', 'to', 'via', 'through', 'across', 'like']);
const MEDIUM_NOUNS = new Set([
  'account',
  'accounts',
  'post',
  'posts',
  'page',
  'feed',
  'video',
  'videos',
  'live',
  'story',
  'stories',
  'profile',
  'profiles',
  'announcement',
  'message',
  'messages',
  'channel',
  'photo',
  'photos',
  'handle',
  'app',
]);
// "Chinese social media site Weibo": the kind of service said before its name.
const MEDIUM_KINDS = new Set(['site', 'platform', 'app', 'apps', 'network', 'service', 'applications']);

/**
 * "said on Twitter", "turned to Twitter", "its Twitter account": a platform named only as
 * where something was said is no party to it, unless it acts somewhere in the text.
 */
function markPlatformsInPassing(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if ((m.kind !== 'organization' && m.kind !== 'unknown') || !PLATFORMS.has(nameKey(m.surface))) continue;
    const before = tokens[m.first - 1];
    const after = tokens[m.last + 1];
    // "worked on Snapchat CEO Evan Spiegel": the firm, before its officer's title.
    if (after?.capitalised) continue;
    if (
      (before && (MEDIUM_PREPOSITIONS.has(before.norm) || MEDIUM_KINDS.has(before.norm)) && before.lowercase) ||
      (after && MEDIUM_NOUNS.has(after.norm) && after.lowercase) ||
      // "apps like Signal and Telegram": the second of a pair shares the first's place.
      (before?.norm === 'and' && mentions.some((o) => o.last === m.first - 2 && o.inPassing))
    )
      m.inPassing = true;
  }
}

/** Bodies named by the buildings they sit in, which the text may name only as the building. */
const SEATS = new Set(['white house', 'kremlin', 'pentagon', 'elysee', 'downing street']);
const SEAT_PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'into',
  'from',
  'inside',
  'outside',
  'near',
  'reaches',
  'reached',
  'enters',
  'entered',
]);

/** "when he reaches the White House", "remarks at the White House": a seat named as the place is no party there. */
function markSeatsInPassing(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'organization' || !SEATS.has(nameKey(m.surface).replace(/^the /, ''))) continue;
    const article = tokens[m.first - 1]?.norm === 'the' ? 1 : 0;
    const before = tokens[m.first - 1 - article];
    if (before?.lowercase && SEAT_PREPOSITIONS.has(before.norm)) m.inPassing = true;
  }
}

/** Heads of buildings and grounds, which host what happens in them and do not act themselves. */
const BUILDING_HEADS = new Set([
  'hospital',
  'airport',
  'observatory',
  'auditorium',
  'stadium',
  'arena',
  'facility',
  'station',
]);

/**
 * "the Grand Hyatt Hotel", "Ramallah Hospital", "via Ben Gurion Airport", "the Hotel New
 * Yorker": a building is where something happens, a party only if it speaks.
 */
function markBuildingsInPassing(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind === 'country' || m.kind === 'place' || m.last === m.first) continue;
    const words = tokens.slice(m.first, m.last + 1);
    if (BUILDING_HEADS.has(tokens[m.last]?.norm ?? '') || words.some((t) => t.norm === 'hotel' && t.capitalised))
      m.inPassing = true;
  }
}

// Only saying outright: "Wall Street expects" is the market's mood, not a body's word.
const PLACE_SPEAKING_VERBS = new Set(['said', 'says', 'announced', 'confirmed', 'stated', 'tweeted', 'posted']);

/**
 * "Tottenham said in a statement": a place that opens its sentence and speaks is the body
 * named after it (a club, a council), wherever the text names it.
 */
function markSpeakingPlaces(tokens: Token[], layout: TextLayout, mentions: Mention[]): void {
  const starts = new Set(layout.sentences.map((s) => s.first));
  const speaking = new Set(
    mentions
      .filter(
        (m) => m.kind === 'place' && starts.has(m.first) && PLACE_SPEAKING_VERBS.has(tokens[m.last + 1]?.norm ?? ''),
      )
      .map((m) => nameKey(m.surface)),
  );
  for (const m of mentions) if (m.kind === 'place' && speaking.has(nameKey(m.surface))) m.kind = 'organization';
  // "“…,” Clinton said": a town's name that is also a surname, speaking inside a sentence, is the person.
  const people = new Set(
    mentions
      .filter(
        (m) =>
          m.kind === 'place' &&
          m.first === m.last &&
          !starts.has(m.first) &&
          !isLocative(tokens, m) &&
          tokens[m.first - 1]?.norm !== 'of' &&
          isPersonName(nameKey(m.surface)) &&
          speechVerbAt(tokens, m.last + 1),
      )
      .map((m) => nameKey(m.surface)),
  );
  for (const m of mentions) if (m.kind === 'place' && people.has(nameKey(m.surface))) m.kind = 'person';
}

const WORK_NOUNS = new Set(['film', 'films', 'movie', 'movies', 'franchise', 'sequel', 'trilogy', 'series']);
// "her new album The Tortured Poets Department", "his memoir A Promised Land": the work's title follows.
const TITLED_WORK_NOUNS = new Set([
  'album',
  'song',
  'book',
  'novel',
  'memoir',
  'film',
  'movie',
  'documentary',
  'podcast',
]);

/**
 * "2009’s Star Trek", "the fourth Star Trek film": a name dated by a year's possessive or
 * before a word for a work is a work's title, here and wherever the text names it again
 * ("Star Trek Beyond"). Organisations keep their names ("a Disney film"), but not a name
 * right after the word ("the album The Tortured Poets Department").
 */
function withoutWorks(tokens: Token[], mentions: Mention[]): Mention[] {
  const titles = new Set<string>();
  const titled = new Set<string>();
  for (const m of mentions) {
    // A title's own article ("The Tortured …") was left out of the name.
    const opener = tokens[m.first - 1];
    const article = !!opener?.capitalised && ARTICLES.has(opener.norm);
    const before = article ? tokens[m.first - 2] : opener;
    // On the same line: "… relevant film" closing a heading is no word of the next paragraph's name.
    const sameLine = !!before && (tokens[article ? m.first - 1 : m.first] as Token).start === before.end + 1;
    if (m.kind !== 'country' && sameLine && before.lowercase && TITLED_WORK_NOUNS.has(before.norm))
      titled.add(nameKey(m.surface));
    if (m.kind !== 'person' && m.kind !== 'unknown') continue;
    const dated =
      tokens[m.first - 1]?.norm === 's' &&
      /^['’]$/.test(tokens[m.first - 2]?.text ?? '') &&
      /^(?:19|20)\d\d$/.test(tokens[m.first - 3]?.text ?? '');
    const next = tokens[m.last + 1];
    if (dated || (!m.possessive && !!next?.lowercase && WORK_NOUNS.has(next.norm))) titles.add(nameKey(m.surface));
  }
  if (titles.size === 0 && titled.size === 0) return mentions;
  const isWork = (m: Mention) => {
    const key = nameKey(m.surface);
    if (titled.has(key)) return true;
    return (
      (m.kind === 'person' || m.kind === 'unknown') && [...titles].some((t) => key === t || key.startsWith(`${t} `))
    );
  };
  return mentions.filter((m) => !isWork(m));
}

/** "HAYWARD, Calif. (AP) —": a dateline's agency files the story, as a byline does, and is no party by that. */
function markDatelineAgencies(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (tokens[m.first - 1]?.text !== '(' || tokens[m.last + 1]?.text !== ')') continue;
    if (['—', '–', '--', '-'].includes(tokens[m.last + 2]?.text ?? '')) m.standalone = true;
  }
}

/** Plural nouns for places that a list of names may end in: "Rogers, Craig and Mayes counties". */
const PLACE_PLURALS = new Set([
  'counties',
  'states',
  'provinces',
  'cities',
  'towns',
  'districts',
  'villages',
  'regions',
]);

/**
 * "represents Rogers, Craig and Mayes counties": every name of a list before a plural noun for
 * places is a place; so are the names after one ("states of …") and before an area's noun.
 */
function markListedPlaces(tokens: Token[], mentions: Mention[]): void {
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  for (const m of mentions) {
    const after = tokens[m.last + 1];
    if (!after?.lowercase || !PLACE_PLURALS.has(after.norm)) continue;
    let item: Mention | undefined = m;
    // "American cities": a people's name before the noun says whose places they are.
    while (item && !item.titled && !item.possessive && !isDemonymWord(nameKey(item.surface))) {
      item.kind = 'place';
      const link: Token | undefined = tokens[item.first - 1];
      const previous: Mention | undefined =
        link && (link.text === ',' || link.norm === 'and' || link.norm === 'or')
          ? byLast.get(item.first - 2)
          : undefined;
      // "Craig and Mayes": an Oxford comma may stand before the "and".
      item =
        previous ??
        (link?.norm === 'and' && tokens[item.first - 2]?.text === ',' ? byLast.get(item.first - 3) : undefined);
    }
  }
  markPlacesAfterPlural(tokens, mentions);
  markAreasByNoun(tokens, mentions);
}

/** "the Luhansk region", "Kyiv’s Shevchenko district": a name before a lower-case word for an area is the area's. */
function markAreasByNoun(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const after = tokens[m.last + 1];
    if (m.titled || m.possessive || !after?.lowercase || !AREA_NOUNS.has(after.norm)) continue;
    if (m.kind === 'person' || m.kind === 'unknown' || m.kind === 'country') m.kind = 'place';
  }
}

const AREA_NOUNS = new Set([
  'district',
  'region',
  'province',
  'county',
  'oblast',
  'municipality',
  'neighborhood',
  'neighbourhood',
  'suburb',
]);

const LIST_OPENERS = new Set(['of', 'like', 'including']);

/** "the Sun Belt states of Arizona, Georgia and Nevada", "states like Minnesota or even New Jersey": the list names places. */
function markPlacesAfterPlural(tokens: Token[], mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (let k = 1; k < tokens.length; k += 1) {
    const noun = tokens[k - 1] as Token;
    if (!noun.lowercase || !PLACE_PLURALS.has(noun.norm) || !LIST_OPENERS.has((tokens[k] as Token).norm)) continue;
    let item = byFirst.get(k + 1);
    while (item && !item.titled && !item.possessive) {
      item.kind = 'place';
      let next = item.last + 1;
      while (next < tokens.length && (LIST_SEPARATORS.has(tokens[next]?.norm ?? '') || tokens[next]?.norm === 'even')) {
        next += 1;
      }
      item = next > item.last + 1 ? byFirst.get(next) : undefined;
    }
  }
}

const COUNTY_PREFIXES = new Set(['north', 'south', 'east', 'west', 'greater', 'upper', 'lower', 'county']);

/**
 * "Ceres Robotics, Palo Alto, California", "SpaceX, Hawthorne, California": a name between
 * commas before the state it is in is a town, when nothing titles it or follows the state.
 */
function markTownsOfStates(tokens: Token[], mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  for (const m of mentions) {
    if ((m.kind !== 'person' && m.kind !== 'unknown') || m.titled || m.possessive) continue;
    if (tokens[m.last + 1]?.text !== ',' || tokens[m.first - 1]?.text !== ',') continue;
    const state = byFirst.get(m.last + 2);
    if (state?.kind !== 'place' || state.possessive) continue;
    const after = tokens[state.last + 1];
    if (!after || !after.capitalised || after.start === tokens[state.last]?.end) m.kind = 'place';
  }
  // "Richard Weir, 60, from Tynemouth, North Tyneside, said": where someone is from, the town and its county.
  for (const m of mentions) {
    if ((m.kind !== 'person' && m.kind !== 'unknown') || m.titled || m.possessive) continue;
    if (tokens[m.first - 1]?.text !== ',' || ![',', '.'].includes(tokens[m.last + 1]?.text ?? '')) continue;
    const town = byLast.get(m.first - 2);
    if (!town || town.possessive || tokens[town.first - 1]?.norm !== 'from') continue;
    // "from New Yorkers, Eric Durr, Director of …": a person described after the comma.
    const after = tokens[m.last + 2];
    const described =
      tokens[m.last + 1]?.text === ',' &&
      (!after?.lowercase || ['the', 'a', 'an'].includes(after.norm) || /^\d/.test(after.text));
    if (described) continue;
    // A county's name has a place's shape ("North Tyneside"); "Pilar Bernabé" has none.
    const key = nameKey(m.surface);
    if (!isPlaceName(key) && !COUNTY_PREFIXES.has(key.split(' ')[0] ?? '')) continue;
    if (town.kind !== 'place' && town.kind !== 'unknown' && town.kind !== 'person') continue;
    town.kind = 'place';
    m.kind = 'place';
  }
  // "in Washington, D.C., said": a state's or district's initials after a place are of the place.
  for (const m of mentions) {
    if (m.kind !== 'unknown' || !PLACE_INITIALS.has(nameKey(m.surface)) || tokens[m.first - 1]?.text !== ',') continue;
    if (byLast.get(m.first - 2)?.kind === 'place') m.kind = 'place';
  }
}

/**
 * "Lewis Ward, research director … “…,” says Ward.": a word read as a place only for its
 * head ("ward"), or as a firm only for what it did, that is the surname of someone the
 * text names is that person.
 */
function markSurnamesOfPeople(mentions: Mention[]): void {
  const surnames = new Set<string>();
  // Surnames of names read as people on evidence beyond the words' shape ("Virginia Republicans" is none).
  const sureSurnames = new Set<string>();
  for (const m of mentions) {
    const words = nameKey(m.surface).split(' ');
    if (m.kind !== 'person' || words.length < 2) continue;
    surnames.add(words[words.length - 1] as string);
    if (!m.tentative && !isPlaceName(words[0] as string)) sureSurnames.add(words[words.length - 1] as string);
  }
  for (const m of mentions) {
    const key = nameKey(m.surface);
    if (m.first !== m.last || !surnames.has(key)) continue;
    if (m.kind === 'place' && !isPlaceName(key) && !countryNamed(key)) m.kind = 'person';
    // "Soelistyo told reporters" after "Fransiskus Bambang Soelistyo": no firm the text guessed from the verb.
    if (
      m.kind === 'organization' &&
      sureSurnames.has(key) &&
      !isKnownOrganization(key) &&
      !KNOWN_ORGANIZATIONS.has(key) &&
      !/^\p{Lu}+$/u.test(m.surface)
    )
      m.kind = 'person';
  }
}

/**
 * "The Tanus family had gathered", "the Finneys were the victims": a family named by its
 * surname is a group, "Tanus family" or "Finney family" whichever way the text writes it.
 */
function markFamilies(context: FinderContext, mentions: Mention[]): void {
  const { tokens } = context;
  for (const m of mentions) {
    if (m.first !== m.last || m.possessive || tokens[m.first - 1]?.norm !== 'the') continue;
    const after = tokens[m.last + 1];
    const stem = after?.norm === 'family' && after.lowercase ? m.surface : pluralSurnameStem(context, m.surface);
    if (!stem || isKnownOrganization(nameKey(stem)) || countryNamed(nameKey(stem))) continue;
    if (stem === m.surface && after) {
      m.last += 1;
      m.end = after.end;
      m.possessive = after.possessive;
    }
    Object.assign(m, { kind: 'group', surface: `${stem} family`, weak: false, tentative: false });
  }
}

/** "Finneys" for "Finney", "Joneses" for "Jones": a surname the text names someone by, in the plural. */
function pluralSurnameStem(context: FinderContext, surface: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(surface)) return undefined;
  for (const cut of [1, 2]) {
    const stem = surface.slice(0, -cut);
    if (context.surnames.has(stem.toLowerCase())) return stem;
  }
  return undefined;
}

// "reached India via Bangladesh": a route passes through a country too.
const PASSING_PREPOSITIONS = new Set(['in', 'to', 'from', 'across', 'throughout', 'near', 'around', 'via']);
const DEFEAT_VERBS = new Set(['lost', 'lose', 'loses', 'losing', 'fell', 'fall', 'falls', 'falling']);

/**
 * "Yoshihito Nishioka defeated Gael Monfils": who beats whom in a match report is a player,
 * a name the lexicon does not know all the same.
 */
const CONTEST_VERBS = new Set([
  'defeated',
  'defeating',
  'defeats',
  'beat',
  'beating',
  'beats',
  'edged',
  'edging',
  'edges',
  'downed',
  'outlasted',
  'upset',
  'cruised',
  'rallied',
]);

function inContest(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.last + 1];
  const before = tokens[mention.first - 1];
  // "Robin Haase and Jean-Julien Rojer 6-4, 7-6": a match's score after the names.
  const score = !!after && /^\p{N}$/u.test(after.text) && tokens[mention.last + 2]?.text === '-';
  return score || (!!after && CONTEST_VERBS.has(after.norm)) || (!!before && CONTEST_VERBS.has(before.norm));
}

function markCountriesInPassing(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'country' || m.possessive || m.affiliation) continue;
    const before = tokens[m.first - 1];
    const after = tokens[m.last + 1];
    // "lost to Canada", "fell to Belgium": the side that won is a party, not where it happened.
    const opponent = before?.norm === 'to' && DEFEAT_VERBS.has(tokens[m.first - 2]?.norm ?? '');
    // "in present-day Namibia", "in the US", "parts of Tanzania": where something is or was.
    const preposition =
      before && (PRESENT_DAY.has(before.norm) || before.norm === 'the') ? tokens[m.first - 2] : before;
    const located =
      (!!preposition && PASSING_PREPOSITIONS.has(preposition.norm) && !opponent) ||
      (before?.norm === 'of' && PART_WORDS.has(tokens[m.first - 2]?.norm ?? '')) ||
      nowCalled(tokens, m.first);
    // "the eastern United States": a region of the country, where something happened.
    const region = !!before && COMPASS_ADJECTIVES.has(before.norm) && tokens[m.first - 2]?.norm === 'the';
    // "UK INSTITUTES have …": a headline's capitals after the country's name.
    const headline = !!after && after.isWord && isAllCaps(after) && after.text.length > 3;
    // "U.S. Rep. Ron Paul", "U.S. Attorney James Kennedy": an office at home, held for no country abroad.
    const office = COUNTRY_SHORT_FORMS.has(m.surface) && !!after && DOMESTIC_OFFICES.has(after.norm);
    // "the Washington establishment", "the Washington system": the capital's political world, no government.
    const milieu = m.surface !== m.country && !!after?.lowercase && CAPITAL_MILIEUS.has(after.norm);
    // "the Paris agreement", "the Madrid peace talks", "the London side": named for where it was made or plays.
    const namedFor = m.surface !== m.country && !!after?.isWord && CAPITAL_NAMESAKES.has(after.norm);
    if (located || region || headline || office || milieu || namedFor || describesNoun(tokens, m)) m.inPassing = true;
  }
  // "in Namibia, Cameroon, Togo and Kenya", "(North New Guinea, Samoa)": a list goes on as it began.
  let previous: Mention | undefined;
  for (const m of mentions) {
    const listed =
      !!previous &&
      (previous.kind === 'place' || (previous.kind === 'country' && previous.inPassing)) &&
      m.first > previous.last + 1 &&
      tokens.slice(previous.last + 1, m.first).every((t) => LIST_SEPARATORS.has(t.norm));
    if (listed && m.kind === 'country' && !m.possessive) m.inPassing = true;
    previous = m;
  }
}

const PRESENT_DAY = new Set(['present-day', 'modern-day']);
const COMPASS_ADJECTIVES = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);
const DOMESTIC_OFFICES = new Set([
  'rep',
  'sen',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'attorney',
  'marshal',
]);
const CAPITAL_MILIEUS = new Set([
  'establishment',
  'system',
  'insiders',
  'insider',
  'outsiders',
  'outsider',
  'elite',
  'elites',
  'swamp',
  'bubble',
  'politics',
]);
const CAPITAL_NAMESAKES = new Set([
  'accord',
  'accords',
  'agreement',
  'agreements',
  'climate',
  'peace',
  'talks',
  'treaty',
  'protocol',
  'summit',
  'side',
]);
const COUNTRY_SHORT_FORMS = new Set(['US', 'U.S.', 'UK', 'U.K.']);
/**
 * "US historian Bruce Gilley", "2,000 US colleges", "US$171 million": a country's short form
 * that only says what a noun is of, as "American" would.
 */
function describesNoun(tokens: Token[], m: Mention): boolean {
  if (!COUNTRY_SHORT_FORMS.has(m.surface)) return false;
  const after = tokens[m.last + 1];
  if (after?.text === '$' && after.start === tokens[m.last]?.end) return true;
  if (!after?.isWord || !after.lowercase || cueVerb(after.norm) || /ed$/.test(after.norm)) return false;
  return !tagsOf(after.norm).some((tag) => NOT_NOUN_TAGS.has(tag));
}
// "a five-day tour of Ghana, Nigeria and Rwanda": where a tour went.
const PART_WORDS = new Set(['part', 'parts', 'tour', 'tours']);

/** "in what is now Tanzania": the country of today names where something was. */
function nowCalled(tokens: Token[], first: number): boolean {
  const [what, verb, now] = tokens.slice(Math.max(0, first - 3), first).map((t) => t.norm);
  return what === 'what' && (verb === 'is' || verb === 'are') && now === 'now';
}

/** "researchers at the University of Georgia (UGA)": an acronym in brackets after an organisation is its short name. */
function markBracketedAcronyms(tokens: Token[], mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k += 1) {
    const name = mentions[k - 1] as Mention;
    const acronym = mentions[k] as Mention;
    if (
      name.kind === 'organization' &&
      acronym.first === acronym.last &&
      acronym.first === name.last + 2 &&
      tokens[name.last + 1]?.text === '(' &&
      tokens[acronym.last + 1]?.text === ')' &&
      isAllCaps(tokens[acronym.first] as Token)
    ) {
      acronym.kind = 'organization';
      acronym.acronymOf = name.surface;
      acronym.weak = false;
    }
  }
}

const NEE = new Set(['née', 'nee']);

/** "Ellen Gille, née Fetter", "Anna Kowalski (née Berg)": a married name and the birth name it replaced. */
function markBirthNames(tokens: Token[], mentions: Mention[]): void {
  mentions.forEach((m, k) => {
    const next = mentions[k + 1];
    if (m.kind !== 'person' || !next || next.first !== m.last + 3) return;
    const mark = tokens[m.last + 1];
    if ((mark?.text !== ',' && mark?.text !== '(') || !NEE.has(tokens[m.last + 2]?.norm ?? '')) return;
    const given = m.surface.split(' ').slice(0, -1);
    if (given.length > 0 && !next.surface.includes(' ')) m.birthName = [...given, next.surface].join(' ');
  });
}

// Letters then digits, as forum user names are made ("elmo666", "jayk1984", "acebush1"); a
// model number ("xr500", "v2") has the same shape, so only speech or "user" before it tells them apart.
const USER_NAME = /^\p{L}[\p{L}_]*\p{N}{2,}$|^\p{L}[\p{L}_]{3,}\p{N}$/u;
const USER_NOUNS = new Set([
  'user',
  'username',
  'handle',
  'commenter',
  'poster',
  'member',
  'buyer',
  'seller',
  'vendor',
]);

function speechVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.lowercase && cueVerb(t.norm) !== undefined;
}

/**
 * User names written in lower case with digits, read as people where they speak ("elmo666
 * wrote", "wrote user jayk1984", ", elmo666, wrote") or follow "user".
 */
function userNamesOf(context: FinderContext, sentence: Sentence, index: number, found: Mention[]): Mention[] {
  const { tokens } = context;
  const out: Mention[] = [];
  for (let i = sentence.first; i <= sentence.last; i += 1) {
    if (!isUserName(tokens[i] as Token) || found.some((m) => m.first <= i && i <= m.last)) continue;
    if (userSpeaksAt(tokens, i) || context.speakingUsers.has((tokens[i] as Token).norm))
      out.push({ ...makeMention(context, i, i, 'person', sentence, index), titled: true });
  }
  return out;
}

function isUserName(t: Token): boolean {
  // A digit at the end first: the pattern is tested on few words of a text.
  const end = t.text.charCodeAt(t.text.length - 1);
  return end >= 48 && end <= 57 && t.isWord && USER_NAME.test(t.text);
}

// "acebush1 posted", "acebush1 had written", "elmo666, wrote", "wrote user jayk1984".
function userSpeaksAt(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const verb = AUXILIARIES.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  return (
    speechVerbAt(tokens, verb) ||
    (tokens[i + 1]?.text === ',' && speechVerbAt(tokens, i + 2)) ||
    (!!before && USER_NOUNS.has(before.norm)) ||
    speechVerbAt(tokens, i - 1)
  );
}

function speakingUserNamesOf(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (isUserName(t) && userSpeaksAt(tokens, i)) names.add(t.norm);
  });
  return names;
}

/**
 * "Number 10 said", "No 10 confirmed": the address of a seat of government stands for the
 * office there, as its street's name does.
 */
function replaceSeatNumbers(context: FinderContext, sentence: Sentence, index: number, found: Mention[]): void {
  const { tokens } = context;
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const t = tokens[i] as Token;
    const seat = t.capitalised ? SEAT_NUMBERS.get(`${t.norm} ${tokens[i + 1]?.text ?? ''}`) : undefined;
    // "the No 10 policy unit": after "the" the address only says whose unit it is.
    if (!seat || tokens[i - 1]?.norm === 'the') continue;
    const at = found.findIndex((m) => m.first <= i + 1 && i <= m.last);
    const mention = { ...makeMention(context, i, i + 1, 'organization', sentence, index), acronymOf: seat };
    if (at >= 0) found.splice(at, 1, mention);
    else found.splice(found.filter((m) => m.first < i).length, 0, mention);
  }
}

/**
 * "the key oil port of Ras Lanouf": a name after a settlement's noun and "of" is the place's,
 * and so is the same name wherever the text repeats it without a title ("arrived in Ras
 * Lanouf", "Ras Lanouf residents"), though its first word may be a given name elsewhere.
 */
function markSettlementsNamed(tokens: Token[], mentions: Mention[]): void {
  const settlements = new Set<string>();
  for (const m of mentions) {
    const noun = tokens[m.first - 2];
    if (m.titled || m.possessive || (m.kind !== 'person' && m.kind !== 'unknown')) continue;
    if (tokens[m.first - 1]?.norm === 'of' && noun?.lowercase && SETTLEMENT_NOUNS.has(noun.norm))
      settlements.add(nameKey(m.surface));
  }
  if (settlements.size === 0) return;
  for (const m of mentions) {
    if (!m.titled && (m.kind === 'person' || m.kind === 'unknown') && settlements.has(nameKey(m.surface)))
      m.kind = 'place';
  }
}

// Words before a name that make it a place: "in", not "at", "to" or "of", which take
// companies as well ("works at Vidyard", "acquisition of Lucasfilm").
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'downtown', 'outside', 'throughout', 'across', 'around']);

/**
 * "in downtown Sydney", then "the lessons of Sydney": a lone word that the text plainly uses
 * as a place (after "in", or a known place) stays that place where nothing (a title, a full
 * name) says it is someone.
 */
function markPlacesAlike(tokens: Token[], mentions: Mention[]): void {
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'place' || m.first !== m.last) continue;
    const key = nameKey(m.surface);
    const before = tokens[m.first - 1];
    if (isPlaceName(key) || COUNTRY_INDEX.byCapital.has(key) || (before && PLACE_PREPOSITIONS.has(before.norm)))
      places.add(key);
  }
  if (places.size === 0) return;
  for (const m of mentions) {
    const lone = m.first === m.last && !m.titled && (m.kind === 'person' || m.kind === 'unknown');
    if (lone && places.has(nameKey(m.surface))) m.kind = 'place';
  }
}

/** Whether the token at k is "Read" opening a prompt to read on ("Read Next", "Read More"). */
function isReadPrompt(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm;
  return tokens[k]?.text === 'Read' && (next === 'next' || next === 'more');
}

/** "Here’s the latest:", "That’s what": a word run together with "is", never a name. */
const CONTRACTED_OPENERS = new Set([
  'here’s',
  'there’s',
  'that’s',
  'what’s',
  'who’s',
  'it’s',
  'let’s',
  'where’s',
  'how’s',
]);

function readChunk(
  context: FinderContext,
  chunkTokens: number[],
  sentence: Sentence,
  sentenceIndex: number,
): Mention[] {
  const { tokens } = context;
  let indexes = [...chunkTokens];
  // Leading words that are not part of a name: "The", "In", "He", "Despite", all-caps
  // headline words ("EXCLUSIVE"), and what they leave dangling ("As for Remain Co.").
  while (indexes.length > 0) {
    const token = tokens[indexes[0] as number] as Token;
    // "Read Next", "Read More": a prompt's words, and the story's next line after them.
    const readPrompt = isReadPrompt(tokens, (indexes[0] as number) - 1);
    const sentenceStart =
      isSentenceStart(tokens, sentence, indexes[0] as number) ||
      opensClause(tokens, indexes[0] as number) ||
      isReadPrompt(tokens, (indexes[0] as number) - 2);
    const dropsAsCommon =
      readPrompt ||
      CONTRACTED_OPENERS.has(token.norm.replace("'", '’')) ||
      ((sentenceStart || isAllCaps(token)) &&
        !isAcronymWord(tokens, indexes[0] as number) &&
        // "Fifty-one percent say": a compound of common words, as a common word; "Singer-guitarists
        // Tom Johnston and Patrick Simmons": people by what they do, in the plural.
        (isCommonWord(token.norm) ||
          (token.norm.includes('-') && token.norm.split('-').every((part) => part !== '' && isCommonWord(part))) ||
          (sentenceStart && PEOPLE_PLURAL.test(token.norm))) &&
        !context.known.has(token.norm) &&
        // "Prince Andrew said", "Mayor Bill de Blasio was": a title opening the sentence before a name is of the name.
        !(sentenceStart && indexes.length > 1 && ROYAL_TITLES.has(token.norm)) &&
        !(sentenceStart && indexes.length > 2 && TITLE_WORDS.has(token.norm) && !NOT_OF_THE_NAME.has(token.norm)) &&
        // "Twitter pledged": a known body's name the text capitalises elsewhere too.
        !(
          sentenceStart &&
          context.capitalisedInside.has(token.norm) &&
          (isKnownOrganization(token.norm) || KNOWN_ORGANIZATIONS.has(token.norm))
        ) &&
        !(sentenceStart && indexes.length === 1 && context.surnames.has(token.norm)) &&
        // "Dylann Roof … Roof said he": a word the text capitalises inside sentences, speaking at the start of one.
        !(
          sentenceStart &&
          indexes.length === 1 &&
          context.capitalisedInside.has(token.norm) &&
          speechVerbAt(tokens, (indexes[0] as number) + 1)
        ) &&
        !(sentenceStart && opensOrganizationName(context, indexes)) &&
        // "Bank of Canada hikes rate": a body's head word opening its name before "of".
        !(
          sentenceStart &&
          indexes.length > 2 &&
          isOrgHeadWord(token.norm) &&
          tokens[indexes[1] as number]?.norm === 'of'
        ) &&
        // "Reporters Without Borders said": people who band together, opening their group's name.
        !(sentenceStart && indexes.length > 2 && opensAdvocates(tokens, { tokens: indexes })) &&
        !(sentenceStart && opensPlaceName(tokens, indexes)) &&
        // "Bill O’Reilly said", "Will McClay, the executive,": a given name that is also a word, before a surname.
        !(sentenceStart && isFirstName(token.norm) && beforeSurname(tokens, indexes)) &&
        !(
          sentenceStart &&
          indexes.length > 1 &&
          context.namePairs.has(`${token.norm} ${tokens[indexes[1] as number]?.norm}`)
        ));
    // "Last Tuesday Smith said": a weekday before a name is the day, not a given name.
    const weekday = WEEKDAYS.test(token.norm) && indexes.length > 1;
    // "Embattled Chief of Staff Reince Priebus": a participle opening the sentence describes the titled one.
    const participle =
      sentenceStart &&
      /\p{Ll}ed$/u.test(token.text) &&
      indexes.length > 2 &&
      isTitleToken(tokens[indexes[1] as number] as Token);
    if (
      DETERMINERS.has(token.norm) ||
      dropsAsCommon ||
      weekday ||
      participle ||
      token.text === '.' ||
      (CONNECTORS.has(token.norm) && !token.capitalised)
    )
      indexes = indexes.slice(1);
    else break;
  }
  // "Remain Co.": a name of a common word and a company suffix keeps its word, but not an
  // adverb's ("Only Congress can", "Even Congress agrees").
  const dropped = tokens[chunkTokens[chunkTokens.length - indexes.length - 1] as number];
  if (
    indexes.length > 0 &&
    indexes.length < chunkTokens.length &&
    indexes.every((i) => isOrgHeadWord((tokens[i] as Token).norm) || (tokens[i] as Token).text === '.') &&
    !(dropped && tagsOf(dropped.norm).some((tag) => FUNCTION_WORD_TAGS.has(tag)))
  ) {
    indexes = chunkTokens.slice(chunkTokens.length - indexes.length - 1);
  }
  if (indexes.length > 0 && isQuotedTitle(tokens, indexes[0] as number, indexes[indexes.length - 1] as number))
    return [];
  while (indexes.length > 0) {
    const token = tokens[indexes[indexes.length - 1] as number] as Token;
    const headlineWord =
      isAllCaps(token) && isCommonWord(token.norm) && !isAcronymWord(tokens, indexes[indexes.length - 1] as number);
    // "the Bardo National Museum on Wednesday": the date went, so does what led to it.
    const dangling = CONNECTORS.has(token.norm) && !token.capitalised;
    const poll = indexes.length > 1 && POLL_HEADS.has(token.norm) && !token.possessive;
    // "USA Today": a known name that ends in a word of time keeps it.
    const date = isDateWord(token.norm) && !isKnownOrganization(chunkKey(tokens, indexes));
    // "Karabo Mohau King’s Counsel": the honour after a lawyer's name.
    const honour =
      token.possessive &&
      ROYAL_TITLES.has(token.norm) &&
      tokens[(indexes[indexes.length - 1] as number) + 1]?.norm === 'counsel';
    if (((headlineWord || date) && !token.possessive) || dangling || poll || honour) indexes = indexes.slice(0, -1);
    else break;
  }
  if (indexes.length === 0) return [];
  const office = bodyAfterOffice(tokens, indexes);
  if (office)
    return [office.body, office.person]
      .filter((part) => part.length > 0)
      .flatMap((part) => splitModifiers(context, part, sentence, sentenceIndex));
  return splitModifiers(context, indexes, sentence, sentenceIndex);
}

// Offices held in a firm or a body, named before "of" and the body: "Managing Director of …".
const OFFICES_OF_BODIES = new Set([
  'director',
  'officer',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'manager',
]);

/**
 * "Managing Director of Carita Jamaica Limited", "Chief Financial Officer of Super Value Debra
 * Symonette": an office of a body, written before it, is no part of the body's name, nor is
 * the officer named after it.
 */
function bodyAfterOffice(tokens: Token[], indexes: number[]): { body: number[]; person: number[] } | undefined {
  let k = 0;
  while (k < indexes.length && k < 4 && (tokens[indexes[k] as number] as Token).capitalised) k += 1;
  const of = tokens[indexes[k] as number];
  if (k === 0 || of?.text !== 'of' || !OFFICES_OF_BODIES.has((tokens[indexes[k - 1] as number] as Token).norm))
    return undefined;
  const rest = indexes.slice(tokens[indexes[k + 1] as number]?.norm === 'the' ? k + 2 : k + 1);
  if (rest.length === 0 || !rest.every((i) => (tokens[i] as Token).capitalised)) return undefined;
  const given = rest.findIndex((i, j) => j > 0 && isFirstName((tokens[i] as Token).norm));
  const split = given > 0 && rest.length - given >= 2 && rest.length - given <= 3 ? given : rest.length;
  return { body: rest.slice(0, split), person: rest.slice(split) };
}

/** Whether a two-word chunk's second word is a surname's shape and no word, place or head ("O’Reilly", "McClay"). */
function beforeSurname(tokens: Token[], indexes: number[]): boolean {
  const next = tokens[indexes[1] as number];
  return (
    indexes.length === 2 &&
    !!next &&
    /^\p{Lu}[\p{Ll}'’]+\p{L}*$/u.test(next.text) &&
    !isCommonWord(next.norm) &&
    !isOrgHeadWord(next.norm) &&
    !isPlaceName(next.norm)
  );
}

function chunkKey(tokens: Token[], indexes: number[]): string {
  return indexes.map((i) => (tokens[i] as Token).norm).join(' ');
}

/**
 * "Air Mobility Command said", "Public Health Agency officials": an adjective or a noun
 * opening a sentence before at least two more capitalised words that end in an
 * organisation's head word is the name's own first word, unless the text writes the rest
 * without it elsewhere ("Key Security Council members" after "The Security Council met").
 */
function opensOrganizationName(context: FinderContext, indexes: number[]): boolean {
  const { tokens } = context;
  if (indexes.length < 3) return false;
  const [first, second, third] = indexes.slice(0, 3).map((i) => tokens[i] as Token) as [Token, Token, Token];
  const head = tokens[indexes[indexes.length - 1] as number] as Token;
  if (!isOrgHeadWord(head.norm) || head.possessive) return false;
  if (TITLE_WORDS.has(first.norm) || NOT_OF_THE_NAME.has(first.norm)) return false;
  const tags = tagsOf(first.norm);
  // The scan of the whole text comes last: few chunks get that far.
  return (tags.includes('Adjective') || tags.includes('Singular')) && !restStandsAlone(tokens, first, second, third);
}

/** "New Jersey has lost", "North Carolina voters": a common word opening the name of a place. */
function opensPlaceName(tokens: Token[], indexes: number[]): boolean {
  const words = indexes.slice(0, 3).map((i) => (tokens[i] as Token).norm);
  return isPlaceName(words.slice(0, 2).join(' ')) || (words.length === 3 && isPlaceName(words.join(' ')));
}

/** Whether the text writes the second and third words of a name somewhere without its first word. */
function restStandsAlone(tokens: Token[], first: Token, second: Token, third: Token): boolean {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (
      t.norm === second.norm &&
      t.capitalised &&
      tokens[i + 1]?.norm === third.norm &&
      tokens[i - 1]?.norm !== first.norm
    )
      return true;
  }
  return false;
}

// "Top Justice Department officials", "Retired Army Maj.": words that describe, not name.
const NOT_OF_THE_NAME = new Set([
  'top',
  'senior',
  'current',
  'former',
  'retired',
  'new',
  'other',
  'veteran',
  'longtime',
  'late',
]);

/**
 * Acronyms spelt like a common word: "WHO" in running text is the World Health
 * Organization, "US" the United States.
 */
const ACRONYM_WORDS = new Set(['WHO', 'US']);

function isAcronymWord(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!ACRONYM_WORDS.has(token.text)) return false;
  // In a headline in capitals ("WHO WILL PAY?") it is the word.
  const capsAround = [tokens[i - 1], tokens[i + 1]].some((t) => t?.isWord && t.text.length > 1 && isAllCaps(t));
  return !capsAround;
}

const OPENING_MARKS = new Set(['“', '‘', '"', "'", '«']);
const CLOSING_MARKS = new Set(['”', '’', '"', "'", '»']);

/**
 * Names of works and nicknames come in quotation marks: “Thumper”, ‘Forza Horizon 3’,
 * “Batman Arkham VR”. A name whose short quotation holds only capitalised words or
 * numbers is such a title, not a party.
 */
function isQuotedTitle(tokens: Token[], first: number, last: number): boolean {
  let open = first - 1;
  while (open >= Math.max(0, first - 4) && !OPENING_MARKS.has((tokens[open] as Token).text)) open -= 1;
  let close = last + 1;
  while (close < Math.min(tokens.length, last + 5) && !CLOSING_MARKS.has((tokens[close] as Token).text)) close += 1;
  if (open < Math.max(0, first - 4) || close >= Math.min(tokens.length, last + 5)) return false;
  if ((tokens[open] as Token).text !== '"' && !OPENING_MARKS.has((tokens[open] as Token).text)) return false;
  // The marks hug the title: in ‘…,” Jessica Caldwell, Edmunds' director’ one closes a
  // quotation, the other is a possessive.
  if ((tokens[open] as Token).end !== (tokens[open + 1] as Token).start) return false;
  if ((tokens[close - 1] as Token).end !== (tokens[close] as Token).start) return false;
  for (let i = open + 1; i < close; i += 1) {
    const t = tokens[i] as Token;
    if (t.isWord ? !(t.capitalised || /^\p{N}/u.test(t.text)) : ![':', '-', '.', ','].includes(t.text)) return false;
  }
  return true;
}

function isSentenceStart(tokens: Token[], sentence: Sentence, index: number): boolean {
  for (let i = sentence.first; i < index; i += 1) {
    const t = tokens[i] as Token;
    if (t.isWord && !/^\p{N}/u.test(t.text)) return false;
  }
  return true;
}

/**
 * "this spree: Although James has", "LOS ANGELES (AP) — To LeBron James": a colon, or the
 * dash after a dateline, opens the story's words as a full stop does.
 */
function opensClause(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.text;
  return before === ':' || (['—', '–', '--'].includes(before ?? '') && tokens[index - 2]?.text === ')');
}

function makeMention(
  context: FinderContext,
  first: number,
  last: number,
  kind: MentionKind,
  sentence: Sentence,
  sentenceIndex: number,
): Mention {
  const { tokens, text } = context;
  const lastToken = tokens[last] as Token;
  const firstToken = tokens[first] as Token;
  const end = nameEndOf(lastToken);
  const affix = lastToken.text.includes('-') ? AFFIX_SUFFIX.exec(text.slice(firstToken.start, end)) : null;
  return {
    first,
    last,
    start: firstToken.start,
    end: affix ? end - affix[0].length : end,
    surface: surfaceOf(text, tokens, first, last),
    kind,
    sentence: sentenceIndex,
    possessive: lastToken.possessive,
    titled: false,
    initial: isSentenceStart(tokens, sentence, first),
    inQuote: context.quoteDepth[first] === 1,
    ...genderBefore(tokens, first),
  };
}

function genderBefore(tokens: Token[], first: number): { gender?: Gender } {
  const before = tokens[first - 1];
  const gender = before?.lowercase ? genderOfNoun(before.norm) : undefined;
  return gender ? { gender } : {};
}

/**
 * Splits "U.S. Secretary of State John Kerry" into a country (U.S.), a title and a person
 * (John Kerry) tied to that country, and "Syrian President Bashar al-Assad" into a person
 * tied to Syria. Organisation names keep their country ("Russian Foreign Ministry").
 */
function splitModifiers(
  context: FinderContext,
  indexes: number[],
  sentence: Sentence,
  sentenceIndex: number,
): Mention[] {
  const { tokens } = context;
  const words = indexes.map((i) => tokens[i] as Token);
  const glued = gluedAfterOrganization(tokens, words, indexes);
  if (glued) {
    const [organization, rest] = [indexes.slice(0, glued.at), indexes.slice(glued.at)];
    const follower = makeMention(
      context,
      rest[0] as number,
      rest[rest.length - 1] as number,
      glued.kind,
      sentence,
      sentenceIndex,
    );
    if (glued.country) follower.country = glued.country;
    return [...splitModifiers(context, organization, sentence, sentenceIndex), follower];
  }
  const out: Mention[] = [];
  let hasOrgHead = words.some((t, k) => k > 0 && isOrgHeadWord(t.norm));
  let start = 0;
  let affiliation: string | undefined;
  const possessiveAt = words.findIndex((t) => t.possessive);
  if (hasOrgHead && possessiveAt >= 0 && possessiveAt < words.length - 1) {
    // The country of "Russia's Foreign Ministry" is a mention of its own too.
    const country = countryNamed(
      nameKey(
        words
          .slice(0, possessiveAt + 1)
          .map((t) => t.text)
          .join(' '),
      ),
    );
    if (country)
      out.push({
        ...makeMention(
          context,
          indexes[0] as number,
          indexes[possessiveAt] as number,
          'country',
          sentence,
          sentenceIndex,
        ),
        country,
      });
  }
  // "USA Today", "China Daily": a known name opening with a country's is no mention of the country.
  const knownWhole = isKnownOrganization(chunkKey(tokens, indexes));
  if (!hasOrgHead && indexes.length > 1 && !knownWhole) {
    // Longest country name or demonym at the front.
    for (let len = Math.min(3, indexes.length - 1); len >= 1; len -= 1) {
      const key = nameKey(
        words
          .slice(0, len)
          .map((t) => t.text)
          .join(' '),
      );
      const country = countryNamed(key);
      const demonymCountry = countryOfDemonym(key) ?? (len === 1 && isDemonymWord(key) ? '' : undefined);
      if (country === undefined && demonymCountry === undefined) continue;
      if (words[len - 1]?.possessive) break;
      const rest = words.slice(len);
      if (!rest.some((t) => isTitleToken(t)) && country === undefined) break;
      // "the Vietnam War", "the Iraq War": an event or a law named for the country is no mention of it.
      const restHead = (rest[rest.length - 1] as Token).norm;
      if (EVENT_HEADS.has(restHead) || LAW_HEADS.has(restHead)) break;
      // "Jordan Peele", "Chad Smith": a country's name that is also a given name, before a surname.
      const givenName =
        len === 1 && rest.length === 1 && (isFirstName(key) || COUNTRY_GIVEN_NAMES.has(key)) && !isCommonWord(restHead);
      if (givenName && !isPlaceName(restHead) && countryNamed(restHead) === undefined) break;
      if (country !== undefined) {
        out.push({
          ...makeMention(context, indexes[0] as number, indexes[len - 1] as number, 'country', sentence, sentenceIndex),
          country,
        });
      }
      affiliation = country ?? (demonymCountry || undefined);
      start = len;
      break;
    }
  }
  const officer = organizationBeforeTitle(words, start);
  // "Ravens GM Ozzie Newsome": a team named by a plural word, so no organisation, before a title and a full name.
  if (!officer) start = titleBeforeFullName(words, start) ?? start;
  // "House Minority Leader John Boehner": common words between the organisation and the
  // title word ("Minority") are of the title.
  let titleEnd = start;
  if (officer) {
    out.push(
      makeMention(
        context,
        indexes[start] as number,
        indexes[officer.end - 1] as number,
        officer.place ? 'place' : 'organization',
        sentence,
        sentenceIndex,
      ),
    );
    start = officer.end;
    titleEnd = officer.title;
    hasOrgHead = false;
  }
  // Titles: "Secretary of State", "Prime Minister", "Mr.", "Dr.".
  while (!hasOrgHead && titleEnd < indexes.length - 1) {
    const token = words[titleEnd] as Token;
    const partyBeforeTitle =
      titleEnd === start && PARTY_ADJECTIVES.has(token.norm) && isTitleToken(words[titleEnd + 1] as Token);
    // "Trade Representative Robert Lighthizer", "Health Minister Ana Ruiz": a field before the title is of it.
    const fieldOfTitle =
      isCommonWord(token.norm) &&
      !isOrgHeadWord(token.norm) &&
      isTitleToken(words[titleEnd + 1] as Token) &&
      !!words[titleEnd + 2] &&
      (isFirstName((words[titleEnd + 2] as Token).norm) || isTitleToken(words[titleEnd + 2] as Token));
    // "National Security Adviser John Bolton": two words of no name before a title and a first name.
    const twoWordField =
      titleEnd === start &&
      !!words[titleEnd + 2] &&
      isTitleToken(words[titleEnd + 2] as Token) &&
      isFirstName(words[titleEnd + 3]?.norm ?? '') &&
      words.slice(titleEnd, titleEnd + 2).every((t) => isFieldWord(context, t));
    if (twoWordField) {
      titleEnd += 2;
      continue;
    }
    // "Writer-director Greta Gerwig": roles joined by a hyphen.
    const joinedRoles =
      token.text.includes('-') && token.norm.split('-').every((part) => isRoleNoun(part) || ROLE_NOUNS.has(part));
    // "CB Insights": before one word that is no given name, a team's office written short opens the name.
    const teamTitleOfOneWord =
      TEAM_SHORT_TITLES.includes(token.norm) &&
      titleEnd === indexes.length - 2 &&
      !isFirstName((words[titleEnd + 1] as Token).norm);
    // "an investor in First Round": "first" is a title word only before another ("First Lady", "First Minister").
    const ordinalOfName = token.norm === 'first' && !isTitleToken(words[titleEnd + 1] as Token);
    if (teamTitleOfOneWord || ordinalOfName) break;
    // "Chief Architect Fred Simon", "Executive Chef Gordon Ramsay": a role after a title, before a full name.
    const roleAfterTitle =
      titleEnd > start &&
      isTitleToken(words[titleEnd - 1] as Token) &&
      (isCommonWord(token.norm) || isRoleNoun(token.norm)) &&
      !isOrgHeadWord(token.norm) &&
      !isFirstName(token.norm) &&
      titleEnd + 2 < indexes.length &&
      isFirstName((words[titleEnd + 1] as Token).norm);
    // "Defenseman Jonas Brodin": a role opening the name, before two words of a name.
    const leadingRole = titleEnd === start && ROLE_NOUNS.has(token.norm) && indexes.length - titleEnd === 3;
    if (
      isTitleToken(token) ||
      joinedRoles ||
      roleAfterTitle ||
      leadingRole ||
      token.text === '.' ||
      (token.norm === 'of' && titleEnd > start) ||
      partyBeforeTitle ||
      fieldOfTitle
    )
      titleEnd += 1;
    else break;
  }
  let titled = titleEnd > start;
  if (titled && words[titleEnd - 1]?.norm === 'of') {
    // "Secretary of State John Kerry": the office ends where a first name starts.
    let k = titleEnd;
    while (k < indexes.length - 1 && !isFirstName((words[k] as Token).norm)) k += 1;
    // "the State of New Jersey": a place after the office is what it is of, not a name's last word.
    const place = words
      .slice(titleEnd)
      .map((t) => t.norm)
      .join(' ');
    if (k >= indexes.length - 1 && isPlaceName(place)) titled = false;
    else titleEnd = k < indexes.length - 1 ? k : titleEnd + 1;
  }
  const before = tokens[(indexes[0] as number) - 1];
  // "22-year-old Sunil Tripathi": an age before a name says a person as a role does ("a 21-year-old East Flatbush resident" no).
  const after = tokens[(indexes[indexes.length - 1] as number) + 1];
  const aged = before?.norm === 'year-old' && !(after?.lowercase && isContentWord(after.norm));
  const roleBefore =
    !!before &&
    before.lowercase &&
    (ROLE_NOUNS.has(before.norm) || TEAM_POSITIONS.has(before.norm) || isRoleNoun(before.norm) || aged);
  if (titleEnd >= indexes.length) return out;
  const first = indexes[titleEnd] as number;
  const last = indexes[indexes.length - 1] as number;
  titled ||= roleBefore;
  const core = makeMention(context, first, last, 'unknown', sentence, sentenceIndex);
  core.titled = titled;
  const honorific = words.slice(start, titleEnd);
  if (honorific.length === 2 && PERSONAL_HONORIFICS.has((honorific[0] as Token).norm) && honorific[1]?.text === '.')
    core.honorific = `${(honorific[0] as Token).text}.`;
  else if (
    honorific.length === 1 &&
    (ROYAL_TITLES.has((honorific[0] as Token).norm) || BRITISH_HONORIFICS.has((honorific[0] as Token).norm)) &&
    honorific[0]?.capitalised
  )
    core.honorific = (honorific[0] as Token).text;
  // "under President Obama": one title before a lone surname is how the text knows the person
  // ("General Manager" and "the Executive Mansion" are no one's name).
  else if (
    honorific.length === 1 &&
    honorific[0]?.capitalised &&
    isTitleToken(honorific[0]) &&
    first === last &&
    !isCommonWord((tokens[first] as Token).norm)
  )
    core.honorific = honorific[0].text;
  if (affiliation) core.affiliation = affiliation;
  const classified = classify(context, core, words.slice(titleEnd), before, roleBefore);
  if (classified) out.push(...classified);
  return out;
}

/**
 * "ambassador to the European Union Gordon Sondland": a person's full name right after an
 * organisation's head word is someone of it; "the National Security Council Ukraine expert":
 * a country there says what the role covers. Where the organisation's name ends, if so.
 */
function gluedAfterOrganization(
  tokens: Token[],
  words: Token[],
  indexes: number[],
): { at: number; kind: 'person' | 'country'; country?: string } | undefined {
  let head = -1;
  for (let k = words.length - 2; k >= 1; k -= 1) {
    if (isOrgHeadWord((words[k] as Token).norm)) {
      head = k;
      break;
    }
  }
  if (head < 1 || words.slice(0, head + 1).some((t) => t.possessive)) return undefined;
  const rest = words.slice(head + 1);
  const after = tokens[(indexes[indexes.length - 1] as number) + 1];
  const country = countryNamed(nameKey(rest.map((t) => t.text).join(' ')));
  if (country && after?.lowercase && (ROLE_NOUNS.has(after.norm) || isRoleNoun(after.norm)))
    return { at: head + 1, kind: 'country', country };
  const person =
    rest.length >= 2 &&
    rest.length <= 3 &&
    isFirstName((rest[0] as Token).norm) &&
    rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isOrgHeadWord(t.norm) && !isTitleToken(t)) &&
    rest.slice(0, -1).every((t) => !t.possessive);
  return person ? { at: head + 1, kind: 'person' } : undefined;
}

/** "Kansas City" in "Bank of Kansas City President": a place's head word after its name closes the place. */
function endsPlaceName(words: Token[], index: number, start: number): boolean {
  const before = words[index - 1];
  return (
    index > start &&
    before !== undefined &&
    isPlaceHead((words[index] as Token).norm) &&
    before.capitalised &&
    !isCommonWord(before.norm)
  );
}

/**
 * "Navy Secretary Ray Mabus", "BVX President Tom Wrenley": where the organisation's name
 * before a title that opens a person's name ends (an acronym, a name with a head word or a
 * known organisation) and where the title word is, or nothing when the words are not so.
 */
/** A word that may name an office's field ("National", "Security"): no name, place or organisation's head. */
function isFieldWord(context: FinderContext, t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !t.possessive &&
    !isOrgHeadWord(t.norm) &&
    !isPersonName(t.norm) &&
    !isPlaceName(t.norm) &&
    !countryNamed(t.norm) &&
    !context.known.has(t.norm)
  );
}

/** A word of content ("resident", "aide"), not a verb or a function word. */
function isContentWord(word: string): boolean {
  return !isVerbForm(word) && !tagsOf(word).some((tag) => FUNCTION_WORD_TAGS.has(tag));
}

/** Where a title starts that only a full name of two or three words follows, after words of no name. */
function titleBeforeFullName(words: Token[], start: number): number | undefined {
  const title = words.findIndex((t, k) => k > start && isTitleToken(t));
  if (title < 0 || !words.slice(start, title).every((t) => t.capitalised && isCommonWord(t.norm))) return undefined;
  let name = title;
  while (name < words.length && isTitleToken(words[name] as Token)) name += 1;
  const person = words.slice(name);
  const fullName =
    person.length >= 2 &&
    person.length <= 3 &&
    person.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isOrgHeadWord(t.norm));
  return fullName ? title : undefined;
}

function organizationBeforeTitle(
  words: Token[],
  start: number,
): { end: number; title: number; place?: boolean } | undefined {
  // "Defense Secretary Robert Gates": a title from the start is all title.
  if (TITLE_WORDS.has((words[start] as Token | undefined)?.norm ?? '')) return undefined;
  // "Indiana State Teachers Association President Keith Gambill": the "State" of a name is no title.
  // "NATO Secretary-General Jens Stoltenberg": a title of two words joined by a hyphen.
  for (let title = start + 1; title < words.length - 2; title += 1) {
    if (!isTitleToken(words[title] as Token)) continue;
    const split = splitAtTitle(words, start, title);
    if (split) return split;
  }
  return undefined;
}

function splitAtTitle(
  words: Token[],
  start: number,
  title: number,
): { end: number; title: number; place?: boolean } | undefined {
  // "Harbor Authority Deputy Director": common words before the title word are of the title.
  let end = title;
  // "Bank of Kansas City President": a place's head word after its name ends the place, not starts the title.
  // "Government Employees President": a plural is the body's members, no word of a title.
  while (
    end > start &&
    isCommonWord((words[end - 1] as Token).norm) &&
    !isOrgHeadWord((words[end - 1] as Token).norm) &&
    !/[^s]s$/.test((words[end - 1] as Token).norm) &&
    !endsPlaceName(words, end - 1, start)
  )
    end -= 1;
  if (end === start) return undefined;
  const organization = words.slice(start, end);
  let name = title;
  while (name < words.length && (isTitleToken(words[name] as Token) || (words[name] as Token).text === '.')) name += 1;
  // A middle initial's full stop ("Thomas M. Hoenig") and a generation ("J. David Cox Sr.") are no words of the name.
  const person = words.slice(name).filter((t) => t.text !== '.' && !GENERATION_SUFFIXES.has(t.norm));
  if (
    person.length < 2 ||
    person.length > 3 ||
    person.some((t) => isOrgHeadWord(t.norm) || (!t.capitalised && !NAME_PARTICLES.has(t.norm)))
  )
    return undefined;
  // "House Minority Leader Hakeem Jeffries": the chamber is where the office is held.
  if (organization.length === 1 && LEGISLATIVE_CHAMBERS.has((organization[0] as Token).norm))
    return { end, title, place: true };
  const key = nameKey(organization.map((t) => t.text).join(' '));
  const lone = organization[0] as Token;
  const named =
    (organization.length === 1 && isAllCaps(lone) && lone.text.length >= 2) ||
    organization.some((t) => isOrgHeadWord(t.norm)) ||
    isKnownOrganization(key) ||
    KNOWN_ORGANIZATIONS.has(key) ||
    // "Snapchat CEO Evan Spiegel": one word no one is called, before a title and someone's full name.
    (organization.length === 1 &&
      !isPersonName(lone.norm) &&
      !isCommonWord(lone.norm) &&
      !isPlaceName(lone.norm) &&
      isFirstName((person[0] as Token).norm));
  if (organization.some((t) => t.possessive || t.text === '.')) return undefined;
  // "New York Gov. Andrew Cuomo", "Kentucky GOP Gov. Matt Bevin": a place (and the party) before an office says where it is held.
  const party =
    organization.length > 1 && KNOWN_ORGANIZATIONS.has((organization[organization.length - 1] as Token).norm);
  const place = nameKey((party ? organization.slice(0, -1) : organization).map((t) => t.text).join(' '));
  // "California State Park Ranger Supervisor Robert Colligan": a park, a county, where the office is.
  const placeHead = isPlaceHead((organization[organization.length - 1] as Token).norm);
  if (!named || party)
    return isPlaceName(place) || (organization.length > 1 && placeHead) ? { end, title, place: true } : undefined;
  return { end, title };
}

// "bought Snapchat", "partnered with Zeiss": what companies do to companies.
const BUSINESS_CUES = [
  ['bought'],
  ['buy'],
  ['buys'],
  ['acquired'],
  ['acquire'],
  ['acquires'],
  ['partnered', 'with'],
  ['merged', 'with'],
  ['merge', 'with'],
  ['invested', 'in'],
  ['stake', 'in'],
  ['sold', 'to'],
  ['owned', 'by'],
  ['subsidiary', 'of'],
  ['acquisition', 'of'],
  ['takeover', 'of'],
  ['rival'],
];

/** "Eloise Parry, 21, was taken", "Ajmi Lourimi, a member of": a person described in passing. */
function hasAppositive(tokens: Token[], last: number): boolean {
  const comma = tokens[last + 1];
  const next = tokens[last + 2];
  if (comma?.text !== ',' || !next) return false;
  return /^\p{N}+$/u.test(next.text) || ['a', 'an', 'the', 'who', 'whose'].includes(next.norm);
}

/** "Addison, a village southwest of Ithaca", "the oil port of Ras Lanouf": a settlement, where things happen. */
const SETTLEMENT_NOUNS = new Set([
  'village',
  'town',
  'city',
  'port',
  'oasis',
  'enclave',
  'island',
  'province',
  'municipality',
  'suburb',
  'hamlet',
  'township',
  'borough',
  'neighborhood',
  'neighbourhood',
  'county',
  'district',
]);

/**
 * "Ansar al-Sharia, an al-Qaeda-linked organization", "Addison, a village": the appositive
 * says what the name is.
 */
function appositiveNounAt(tokens: Token[], last: number, nouns: ReadonlySet<string>): number | undefined {
  if (tokens[last + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[last + 2]?.norm ?? '')) return undefined;
  for (let k = last + 3; k <= last + 7; k += 1) {
    const t = tokens[k];
    // "an al-Qaeda-linked organization", "a Damascus-linked group", "an AI provider".
    if (!t || !t.isWord || !(t.lowercase || AFFIX_SUFFIX.test(t.text) || isAllCaps(t))) return undefined;
    // "Marco Villa, the company’s chief operating officer": someone of the organisation.
    if (t.possessive) return undefined;
    if (nouns.has(t.norm)) return k;
    if (ROLE_NOUNS.has(t.norm)) return undefined;
  }
  return undefined;
}

const AFTER_SETTLEMENT =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|near|outside|in|of|on|at|by|where|that|which|just|about|some)$/;

/** "Addison, a village southwest of Ithaca", not "Peter Holm, the city engineer". */
function appositiveNamesSettlement(tokens: Token[], last: number): boolean {
  const k = appositiveNounAt(tokens, last, SETTLEMENT_NOUNS);
  if (k === undefined) return false;
  const next = tokens[k + 1];
  return !next?.isWord || !next.lowercase || AFTER_SETTLEMENT.test(next.norm);
}

// Words that end a name's noun phrase: "Giuliani and the president" is no "Snopes fact checker".
const PHRASE_BREAKS = new Set([
  ...ARTICLES,
  'and',
  'or',
  'nor',
  'but',
  'of',
  'to',
  'with',
  'by',
  'for',
  'in',
  'on',
  'at',
]);

/** "Snopes fact checker", "Ennahda members": lower-case words up to a role noun (not a firm's role) follow. */
function modifiesRoleNoun(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3; k += 1) {
    const t = tokens[k];
    if (!t || !t.isWord || !t.lowercase || PHRASE_BREAKS.has(t.norm)) return false;
    const singular = t.norm.replace(/s$/, '');
    if (ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(t.norm)) return !ORGANIZATION_ROLES.has(singular);
  }
  return false;
}

function followsBusinessCue(tokens: Token[], first: number): boolean {
  return BUSINESS_CUES.some((cue) => phraseAt(tokens, first - cue.length, cue));
}

/** Whether these words, in this order, start at token `at`. */
function phraseAt(tokens: Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.norm === word);
}

// Prepositions that take organisations as often as places: "the leader of Ennahda", "works at Vidyard".
const ORGANIZATION_PREPOSITIONS = new Set(['of', 'to', 'at', 'from', 'into', 'via', 'toward', 'towards', 'through']);

/**
 * Whether the words before a name say where something is. For a word nobody knows as a place
 * (`unknownWord`), prepositions that take organisations too do not say so.
 */
/** "Blue Origin, Kent, Washington", "Paris, Texas": a capital's name after a town's and a comma is a state's. */
function namesStateOfTown(tokens: Token[], mention: Mention): boolean {
  const town = tokens[mention.first - 2];
  if (tokens[mention.first - 1]?.text !== ',' || !town?.capitalised) return false;
  const after = tokens[mention.last + 1];
  return (
    !tokens[mention.first - 3]?.capitalised &&
    !COUNTRY_INDEX.byCapital.has(town.norm) &&
    !countryNamed(town.norm) &&
    after?.norm !== 'and' &&
    after?.text !== ','
  );
}

function isLocative(tokens: Token[], mention: Mention, unknownWord = false): boolean {
  const skipped = tokens[mention.first - 1]?.norm === 'the' ? 2 : 1;
  const before = tokens[mention.first - skipped];
  if (
    before &&
    before.isWord &&
    LOCATION_WORDS.has(before.norm) &&
    // "not the other way aroundMeghan was asked": a heading's last word glued to the story's first.
    before.end !== (tokens[mention.first] as Token).start &&
    !(unknownWord && ORGANIZATION_PREPOSITIONS.has(before.norm)) &&
    !(unknownWord && isPluralNoun(tokens[mention.last + 1])) &&
    !(unknownWord && ownsWhatFollows(tokens, mention))
  )
    return true;
  // A dateline ("LONDON — After nearly 20 years…") says where the story was filed.
  const after = tokens[mention.last + 1];
  // An acronym opening a sentence ("MIT said") is no dateline without the dash or the
  // comma and place after it ("TUNIS, Tunisia —").
  const dashAt = (k: number) => ['—', '–', '--'].includes(tokens[k]?.text ?? '');
  // "WASHINGTON (Reuters) - Scientists": after the agency's name a hyphen is the dash too.
  const agencyDashAt = (k: number) => dashAt(k) || tokens[k]?.text === '-';
  // "SAN FRANCISCO (AP) —": the agency's name in parentheses between the place and the dash.
  let agencyClose = -1;
  for (let k = mention.last + 2; after?.text === '(' && k <= mention.last + 5 && agencyClose < 0; k += 1)
    if (tokens[k]?.text === ')') agencyClose = k;
  // "Washington (CNN) --" glued to a headline before it is a dateline all the same.
  const agencyDateline = agencyClose === mention.last + 3 && isAllCaps(tokens[mention.last + 2] as Token);
  const dateline =
    (mention.initial || (agencyDateline && dashAt(agencyClose + 1))) &&
    (dashAt(mention.last + 1) ||
      (agencyClose > 0 && agencyDashAt(agencyClose + 1)) ||
      (isAllCaps(tokens[mention.first] as Token) && after?.text === ',' && !!tokens[mention.last + 2]?.capitalised));
  // "BUFFALO, N.Y. —": the state after the dateline's city is of the dateline too.
  const city = tokens[mention.first - 2];
  const stateOfDateline =
    tokens[mention.first - 1]?.text === ',' &&
    !!city &&
    isAllCaps(city) &&
    (dashAt(mention.last + 1) || (agencyClose > 0 && agencyDashAt(agencyClose + 1)));
  return dateline || stateOfDateline;
}

const NOT_NOUN_TAGS = new Set([
  'Verb',
  'PresentTense',
  'PastTense',
  'Modal',
  'Copula',
  'Determiner',
  'Adverb',
  'Pronoun',
  'Preposition',
  'Conjunction',
]);

/**
 * "to work in WeWork buildings", "at Amazon warehouses": a name before a plural noun says
 * whose they are, not where something is.
 */
function isPluralNoun(token: Token | undefined): boolean {
  if (!token?.isWord || !token.lowercase || !/[^s]s$/.test(token.norm) || cueVerb(token.norm)) return false;
  return !tagsOf(token.norm).some((tag) => NOT_NOUN_TAGS.has(tag));
}

/** "in CBP custody", "in FBI files": an acronym before a noun is whose they are. */
function ownsWhatFollows(tokens: Token[], mention: Mention): boolean {
  const word = tokens[mention.first] as Token;
  const next = tokens[mention.last + 1];
  if (mention.first !== mention.last || word.text.length < 3 || !isAllCaps(word)) return false;
  if (!next?.isWord || !next.lowercase || cueVerb(next.norm)) return false;
  return !tagsOf(next.norm).some((tag) => NOT_NOUN_TAGS.has(tag));
}

const COMMENT_REPLIES = [
  ['declined', 'to', 'comment'],
  ['did', 'not', 'respond'],
  ['did', 'not', 'immediately', 'respond'],
  ['would', 'not', 'comment'],
];

function isAskedForComment(tokens: Token[], last: number): boolean {
  return COMMENT_REPLIES.some((words) => phraseAt(tokens, last + 1, words));
}

/** ", research director of …", ", a spokesman for …": a role in the appositive after a name. */
function roleAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k <= last + 6; k += 1) {
    const t = tokens[k];
    if (!t?.isWord || !t.lowercase) return false;
    if (ROLE_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** "Melbourne, Australia": a country after a city only says where the city is. */
function isAddress(tokens: Token[], mention: Mention): boolean {
  const comma = tokens[mention.first - 1];
  const city = tokens[mention.first - 2];
  // "Spain, Italy and Greece": a country before the comma makes a list of countries.
  if (comma?.text !== ',' || !city?.capitalised || countryNamed(city.norm)) return false;
  return isPlaceName(city.norm) || COUNTRY_INDEX.byCapital.has(city.norm);
}

/** Where "foreign ministry" or "defence ministry" after a country's name or demonym ends, if it follows. */
function ministryAfter(tokens: Token[], mention: Mention): number | undefined {
  for (let k = mention.last + 1; k <= mention.last + 2; k += 1) {
    const t = tokens[k];
    if (!t || !t.isWord || !t.lowercase) return undefined;
    if (t.norm === 'ministry' || t.norm === "ministry's" || t.norm === 'ministry’s')
      return k > mention.last + 1 ? k : undefined;
  }
  return undefined;
}

/** Fields of a region's or a city's public bodies: "the Sichuan health commission". */
const BODY_FIELDS = new Set(['health', 'education', 'transport', 'transportation', 'environment', 'police', 'fire']);
const FIELD_BODY_HEADS = new Set(['commission', 'department', 'authority', 'bureau', 'agency', 'board', 'service']);

/** The head's token of "Sichuan health commission" after the place's name, if one follows it. */
function fieldBodyAfter(tokens: Token[], mention: Mention): number | undefined {
  if (mention.possessive) return undefined;
  const field = tokens[mention.last + 1];
  const head = tokens[mention.last + 2];
  if (!field?.lowercase || !BODY_FIELDS.has(field.norm) || !head?.lowercase) return undefined;
  return FIELD_BODY_HEADS.has(head.norm) ? mention.last + 2 : undefined;
}

function extendTrailing(context: FinderContext, mention: Mention): { word: Token; index: number } | undefined {
  // "Sudan's military-dominated government": up to two lower-case words may come between.
  const { tokens } = context;
  for (let k = mention.last + 1; k <= mention.last + 3; k += 1) {
    const token = tokens[k];
    if (!token || !token.lowercase) return undefined;
    if (TRAILING_ORGANIZATION_HEADS.has(token.norm)) return { word: token, index: k };
    if (!mention.possessive) return undefined;
  }
  return undefined;
}

/**
 * "The Trump campaign" is the team that speaks for a candidate; "the Pacific campaign", "an
 * Opioid Prevention campaign" are efforts, and the words before them no team's name.
 */
function campaignOfPerson(
  context: FinderContext,
  words: Token[],
  trailing: { word: Token; index: number } | undefined,
): { word: Token; index: number } | undefined {
  if (trailing?.word.norm !== 'campaign') return trailing;
  const last = words[words.length - 1] as Token;
  const named =
    (words.length === 1 && context.surnames.has(last.norm)) ||
    (words.length === 2 && isFirstName((words[0] as Token).norm));
  return named ? trailing : undefined;
}

// "Aunt Miranda", "Brother Ali": a relation before a name is how a character is called, not a given name.
const KINSHIP_WORDS = new Set([
  'aunt',
  'uncle',
  'brother',
  'sister',
  'mother',
  'father',
  'cousin',
  'grandma',
  'grandpa',
]);

// Offices of a government's portfolio; a "director for" or "spokesman for" names an employer instead.
// Words before a title that names whom someone spoke to or who published: "told The Intercept".
const TITLE_VERBS = new Set(['told', 'tells', 'telling', 'to', 'by', 'in', 'with']);
// What a paper does when it investigates: "The Intercept found", "The Intercept analysis".
const FINDING_VERBS = new Set(['found', 'obtained', 'learned', 'analysis', 'investigation', 'review']);
// "MEC" is a South African province's minister, a Member of the Executive Council.
const PORTFOLIO_TITLES = new Set(['minister', 'commissioner', 'secretary', 'rapporteur', 'envoy', 'mec']);

// Places written as initials: "L.A. Galaxy", "D.C. United".
const PLACE_INITIALS = new Set(['l a', 'd c', 'n y', 'n j', 's f', 'n c', 's c', 'n h', 'n d', 's d', 'w va']);

// "Tyvak Nano-Satellite Systems, Inc.": a firm's legal form after its comma names no one alone.
const LEGAL_FORMS = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'gmbh']);

const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);
const VENUE_HEADS = new Set(['center', 'centre', 'arena', 'stadium', 'coliseum', 'dome']);
const TIME_LEADS = new Set(['past', 'last', 'next', 'early', 'late', 'mid', 'since', 'until', 'through']);
const POOL_WORDS = new Set(['group', 'pool', 'section', 'division', 'conference']);

const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

function classify(
  context: FinderContext,
  mention: Mention,
  words: Token[],
  before: Token | undefined,
  roleBefore: boolean,
): Mention[] | undefined {
  const { tokens } = context;
  const key = nameKey(mention.surface);
  if (!key) return undefined;
  const known = context.known.get(key);
  if (known) return [{ ...mention, kind: known.kind, registryId: known.id }];
  if (
    PUBLIC_PROGRAMMES.has(key) ||
    VOTE_COUNTS.has(key) ||
    SITE_PROMPTS.has(key) ||
    MARKET_INDICES.has(key) ||
    LEGAL_FORMS.has(key)
  )
    return undefined;
  const next = tokens[mention.last + 1];
  // "whether Labor can achieve", "after Labour’s landslide": the party as a subject or an owner,
  // where "Labor journalist" and "labor shortages" name the work.
  const partyNext = next?.norm ?? '';
  if (
    words.length === 1 &&
    PARTIES_OF_COMMON_WORDS.has(key) &&
    (mention.possessive || AUXILIARIES.has(partyNext) || partyNext === 'can' || cueVerb(partyNext) !== undefined)
  )
    return [{ ...mention, kind: 'organization' }];
  // "ABC13 called the sheriff's office": a station goes by its network's letters and its channel.
  if (words.length === 1 && /^(?:ABC|NBC|CBS|FOX|PBS|[KW][A-Z]{2,3})\d{1,2}$/.test((words[0] as Token).text))
    return [{ ...mention, kind: 'organization' }];
  // "Ohio State said in a statement": a state's university by its short name.
  if (
    words.length === 2 &&
    (words[1] as Token).text === 'State' &&
    STATE_UNIVERSITY_STATES.has((words[0] as Token).norm)
  )
    return [{ ...mention, kind: 'organization' }];
  // "Reporters Without Borders", "People for the Ethical Treatment of Animals": people who band together for a cause.
  if (words.length >= 3 && ADVOCACY_LINKS.has((words[1] as Token).norm) && isPeopleInThePlural(words[0] as Token))
    return [{ ...mention, kind: 'organization' }];
  // "Hurricane Ian", "Typhoon Haiyan": a storm is named like a person, and is none.
  if (words.length >= 2 && STORM_WORDS.has((words[0] as Token).norm)) return undefined;
  // "Air Force One": the president's plane, named after the force that flies it.
  if (key.endsWith('force one')) return undefined;
  // "a bright green T-shirt", "an X-ray": a letter joined to a word names a thing.
  if (words.length === 1 && /^\p{Lu}-\p{Ll}{2,}$/u.test((words[0] as Token).text)) return undefined;
  // "an Indian-American mother", "a British-Israeli man": two peoples' words joined describe someone.
  const joined = words.length === 1 ? (words[0] as Token).norm.split('-') : [];
  if (joined.length === 2 && joined.every((part) => isDemonymWord(part) || countryOfDemonym(part) !== undefined))
    return [{ ...mention, kind: 'demonym' }];
  // "told The Intercept", "spoke to The Namibian": a one-word title after "The" written with its
  // capital inside a sentence is a paper's or a body's name, whatever the word means alone.
  const titleArticle = tokens[mention.first - 1];
  const beforeArticle = tokens[mention.first - 2];
  // "Using a lookup tool, The Intercept found": so is one that finds or reports after a comma
  // (at a sentence's start, "The Embassy says" is a common noun's capital).
  if (
    words.length === 1 &&
    titleArticle?.text === 'The' &&
    titleArticle.end + 1 === tokens[mention.first]?.start &&
    ((!!beforeArticle?.isWord && beforeArticle.lowercase && TITLE_VERBS.has(beforeArticle.norm)) ||
      (beforeArticle?.text === ',' &&
        !!next &&
        (cueVerb(next.norm) !== undefined || FINDING_VERBS.has(next.norm)) &&
        !isTitleToken(words[0] as Token) &&
        !isAllCaps(words[0] as Token))) &&
    !next?.capitalised &&
    !isPlaceName(key) &&
    !CITY_NAMES.has(key)
  )
    return [{ ...mention, kind: 'organization' }];
  // "Enslin told TechCrunch", "explained to BuzzFeed": a name with a capital inside, told
  // something, is the outlet that reports it.
  const told = tokens[mention.first - 1];
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+\p{Lu}\p{L}+$/u.test((words[0] as Token).text) &&
    !!told &&
    (['told', 'tells', 'telling'].includes(told.norm) ||
      (told.norm === 'to' && cueVerb(tokens[mention.first - 2]?.norm ?? '') !== undefined))
  )
    return [{ ...mention, kind: 'organization' }];
  // "Air France", "Air Canada": an airline named for its country.
  if (words.length === 2 && (words[0] as Token).norm === 'air' && countryNamed((words[1] as Token).norm) !== undefined)
    return [{ ...mention, kind: 'organization' }];
  // "a 2.1 GW floating project", "30-600 MW": capitals right after a number are its unit.
  if (
    words.length === 1 &&
    isAllCaps(words[0] as Token) &&
    /^\p{N}[\p{N}.,-]*$/u.test(tokens[mention.first - 1]?.text ?? '')
  )
    return undefined;
  // "“Who cares?”": the question word opening a sentence; the World Health Organization is "WHO".
  if (words.length === 1 && key === 'who' && !isAllCaps(words[0] as Token)) return undefined;
  // "Chet Baker-ish", "Kafka-esque": a style named after someone, no party.
  if (/-(?:ish|esque)$/i.test((words[words.length - 1] as Token).text)) return undefined;
  // "Broad Institute Gets Patent on …": a headline in title case, its verb capitalised too.
  if (
    words.length >= 4 &&
    words.some(
      (t, k) => k > 0 && k < words.length - 1 && !CONNECTORS.has(words[k - 1]?.norm ?? '') && isHeadlineVerb(t),
    )
  )
    return undefined;
  // "Lou Gehrig’s disease", "Bell's palsy", "Murphy’s law": an eponym names the thing, not a party.
  if (mention.possessive && EPONYM_HEADS.has(next?.text ?? '')) return undefined;
  // "This past May", "last August": a month after a word of time is a date, not Theresa May.
  const month = isDateWord(key) || MONTHS.test(key) || key === 'may';
  if (words.length === 1 && month && TIME_LEADS.has(tokens[mention.first - 1]?.norm ?? '')) return undefined;
  // "at Staples Center", "in KeyBank Center", "San Francisco's Moscone Center": a venue without
  // "the", or after its city's possessive, is where something happens.
  const lead = tokens[mention.first - 1];
  if (
    words.length >= 2 &&
    VENUE_HEADS.has((words[words.length - 1] as Token).norm) &&
    ((!!lead && (lead.norm === 'at' || lead.norm === 'in')) || (!!lead?.possessive && isPlaceName(lead.norm)))
  )
    return [{ ...mention, kind: 'place' }];
  // "in Group A", "Pool C": a pool of a tournament, named by its letter.
  if (words.length === 2 && POOL_WORDS.has((words[0] as Token).norm) && /^\p{Lu}$/u.test((words[1] as Token).text))
    return undefined;
  const fullName = SHORT_NAMES.get(key);
  if (fullName && tokens[mention.first - 1]?.norm === 'the')
    return [{ ...mention, kind: 'organization', acronymOf: fullName }];
  if (words.length === 1 && TITLE_INITIALS.has(key)) return undefined;
  // "Karabo Mohau King’s Counsel (KC)": the honour KC spelled out after a lawyer's name.
  if (key === 'counsel' && lead?.possessive && ROYAL_TITLES.has(lead.norm)) return undefined;
  if (words.length === 1 && isAcronymWord(tokens, mention.first)) {
    const acronymOf = countryNamed(key);
    return [acronymOf ? { ...mention, kind: 'country', country: acronymOf } : { ...mention, kind: 'organization' }];
  }
  // "Ex-friends told …", "Non-members": a prefix before a common noun opening the sentence.
  const prefixed = /^(?:ex|non|anti|pro)-(\p{Ll}+)$/u.exec(
    words.length === 1 ? (words[0] as Token).text.toLowerCase() : '',
  );
  if (prefixed && /-\p{Ll}/u.test((words[0] as Token).text) && isCommonWord(prefixed[1] as string)) return undefined;
  // "Updated 12:44, 20 Apr 2026": a page's time stamp.
  if (words.length === 1 && TIME_STAMP_WORDS.has(key) && /^\d/.test(next?.text ?? '')) return undefined;
  // "the Princess of Wales", "the Duke of Sussex": the place is part of someone's title.
  if (lead?.norm === 'of' && TITLES_OF_PLACES.has(tokens[mention.first - 2]?.norm ?? '')) return undefined;
  // "the European Commissioner for Trade", "Minister for Human Rights": the field of an office,
  // of two parts too ("MEC for Cooperative Governance and Traditional Affairs").
  let field = mention.first - 1;
  const reach = tokens[field]?.norm === 'and' ? mention.first - 5 : mention.first - 3;
  if (tokens[field]?.norm === 'and') field -= 1;
  while (field > reach && tokens[field]?.capitalised) field -= 1;
  const preposition = tokens[field];
  const office = tokens[field - 1];
  if (
    (preposition?.norm === 'for' || preposition?.norm === 'on') &&
    office?.capitalised &&
    PORTFOLIO_TITLES.has(office.norm)
  )
    return undefined;
  // "the former Vice President is", "the Prime Minister said": a title without a name names no one,
  // nor does an office of a field ("Head of Fundamental Research").
  // "Gayle King … King said": a title alone that the text gives as someone's surname is theirs.
  const titleAsSurname = words.length === 1 && context.surnames.has(key) && before?.norm !== 'the';
  if (!titleAsSurname && words.every((t) => TITLE_WORDS.has(t.norm) || t.text === '.')) return undefined;
  if (
    words.length > 2 &&
    TITLE_WORDS.has((words[0] as Token).norm) &&
    words[1]?.norm === 'of' &&
    !words.some((t) => isFirstName(t.norm))
  )
    return undefined;
  // "Sen. Ted Cruz, R-Texas,", "(D-Calif.)": a lawmaker's party and state, no one's name.
  if (words.length === 1 && PARTY_AND_STATE.test((words[0] as Token).text)) return undefined;
  // "a House Democratic source", "the Republican Senate candidate": a party and a chamber
  // before a noun say who someone is, and name no body.
  if (
    words.length > 1 &&
    words.every((t) => LEGISLATIVE_CHAMBERS.has(t.norm) || PARTY_ADJECTIVES.has(t.norm)) &&
    next?.isWord &&
    next.lowercase
  )
    return undefined;
  // "the Government of Syria" is the country, as "the Syrian government" is.
  if (words.length > 2 && GOVERNMENT_WORDS.has((words[0] as Token).norm) && words[1]?.norm === 'of') {
    const governed = countryNamed(
      nameKey(
        words
          .slice(2)
          .map((t) => t.text)
          .join(' '),
      ),
    );
    if (governed) return [{ ...mention, kind: 'country', country: governed }];
  }
  // "Chief Information Officer for Verizon": words ending in an office's title name the office, not who holds it.
  const officeWord = words[words.length - 1];
  if (words.length >= 2 && officeWord && OFFICE_TITLES.has(officeWord.norm) && !words.some((t) => isFirstName(t.norm)))
    return undefined;

  const fieldBody = fieldBodyAfter(tokens, mention);
  if (fieldBody !== undefined && (isPlaceName(key) || CITY_NAMES.has(key) || REGION_NAMES.has(key))) {
    const head = tokens[fieldBody] as Token;
    const surface = surfaceOf(context.text, tokens, mention.first, fieldBody);
    return [
      { ...mention, last: fieldBody, end: nameEndOf(head), possessive: head.possessive, kind: 'organization', surface },
    ];
  }
  const trailing = campaignOfPerson(context, words, extendTrailing(context, mention));
  const country = countryNamed(key);
  const capital = COUNTRY_INDEX.byCapital.get(key);
  const demonymCountry = countryOfDemonym(key);
  const ministry = country || demonymCountry ? ministryAfter(tokens, mention) : undefined;
  if (ministry !== undefined) {
    // "Russia's foreign ministry", "the French foreign ministry": one of its government's
    // bodies, named as "Russian Foreign Ministry" is.
    const owner = demonymOfCountry((country ?? demonymCountry) as string) ?? mention.surface;
    const office = tokens
      .slice(mention.last + 1, ministry + 1)
      .map((t) => t.norm)
      .join(' ');
    const last = tokens[ministry] as Token;
    return [
      {
        ...mention,
        last: ministry,
        end: nameEndOf(last),
        possessive: last.possessive,
        kind: 'organization',
        surface: `${owner} ${titleCase(office.replace(/['’]s$/u, ''))}`,
      },
    ];
  }
  if (trailing) {
    const extended = { ...mention, last: trailing.index, end: trailing.word.end, possessive: trailing.word.possessive };
    const stateLike = GOVERNMENT_WORDS.has(trailing.word.norm);
    // "the Obama administration's attempts": the possessive ending is no part of the name.
    const head = trailing.word.possessive ? trailing.word.text.slice(0, -2) : trailing.word.text;
    // "the Scottish government said": a devolved government is a body of its own.
    if (trailing.word.norm === 'government' && trailing.index === mention.last + 1 && DEVOLVED_DEMONYMS.has(key))
      return [{ ...extended, kind: 'organization', surface: `${mention.surface} ${head}` }];
    const stateOf = country ?? demonymCountry ?? (capital && !mention.possessive ? capital.name : undefined);
    if (stateLike && stateOf) return [{ ...mention, kind: 'country', country: stateOf, surface: mention.surface }];
    if (stateLike && mention.possessive) {
      const surface = foldLookAlikes(collapseSpace(context.text.slice(mention.start, trailing.word.end)));
      return [{ ...mention, end: trailing.word.end, surface, kind: 'person', governmentOfPerson: true }];
    }
    // "a Denver hospital": a city's name before a lower-case building says where it is.
    if (PLACED_BUILDINGS.has(trailing.word.norm) && (isPlaceName(key) || capital) && !mention.possessive)
      return [{ ...mention, kind: 'place' }];
    // "Glint magazine": the publication's name is the name without the kind of publication,
    // unless that is a place's ("Boston magazine").
    if (
      !mention.possessive &&
      PUBLICATION_KINDS.has(trailing.word.norm) &&
      trailing.index === mention.last + 1 &&
      !isPlaceName(key) &&
      !country &&
      !capital
    )
      return [{ ...mention, kind: 'organization' }];
    if (!mention.possessive && !stateLike && trailing.index === mention.last + 1) {
      return [{ ...extended, kind: 'organization', surface: `${mention.surface} ${head}` }];
    }
  }
  if (STATELESS_PEOPLES.has(key)) return [{ ...mention, kind: 'group' }];
  if (demonymCountry !== undefined || (words.length === 1 && isDemonymWord(key))) {
    return [{ ...mention, kind: 'demonym', country: demonymCountry }];
  }
  if (INSTITUTION_NAMES.has(key)) return [{ ...mention, kind: 'organization' }];
  if (
    PARTY_MEMBER_PLURALS.has((words[words.length - 1] as Token).norm) &&
    words.slice(0, -1).every((t) => LEGISLATIVE_CHAMBERS.has(t.norm))
  )
    return [{ ...mention, kind: 'organization' }];
  if (GROUP_NAMES.has(key) || (words.length > 1 && GROUP_HEADS.has((words[words.length - 1] as Token).norm))) {
    return [{ ...mention, kind: 'group' }];
  }
  if (country)
    return [isAddress(tokens, mention) ? { ...mention, kind: 'place' } : { ...mention, kind: 'country', country }];
  if (capital) {
    // "a London-based group": where it sits, not the British government.
    // "Paris's Boulevard Montmartre", "New York's Times Square": the city of a place in it.
    const placed =
      /-(?:based|born|style|era|made)$/i.test((tokens[mention.last] as Token).text) ||
      (mention.possessive && !!tokens[mention.last + 1]?.capitalised);
    return [
      placed || isLocative(tokens, mention) || namesStateOfTown(tokens, mention)
        ? { ...mention, kind: 'place' }
        : { ...mention, kind: 'country', country: capital.name },
    ];
  }
  // "Foster City-based Scale Venture Partners": what a body is based in is a place, known or not.
  if (/-based$/i.test((tokens[mention.last] as Token).text)) return [{ ...mention, kind: 'place' }];
  if (REGION_NAMES.has(key) || ROOMS_OF_POWER.has(key) || CITY_NAMES.has(key)) return [{ ...mention, kind: 'place' }];
  // "her Santa Barbara home": a saint's name in Spanish or Portuguese names a town, not a person.
  if (words.length === 2 && SAINT_WORDS.has((words[0] as Token).norm) && (words[1] as Token).norm !== 'claus')
    return [{ ...mention, kind: 'place' }];
  const multi = words.length > 1;
  // "Breaking the Silence", "Save the Children": a verb's phrase, joined as a name (joinAtoms).
  if (tokens[mention.first + 1]?.text === 'the' && mention.last > mention.first + 1)
    return [{ ...mention, kind: 'organization' }];
  if (!multi && (CREED_NOUNS.has(key) || /\p{L}ists$/u.test(key))) return undefined;
  if (appositiveNamesSettlement(tokens, mention.last)) return [{ ...mention, kind: 'place' }];
  if (appositiveNounAt(tokens, mention.last, APPOSITIVE_ORGANIZATION_NOUNS) !== undefined)
    return [{ ...mention, kind: 'organization' }];
  // "the human rights organization Safeguard Defenders", "Muscat-based ETCO Space": the words
  // before say what the name is, or where the body has its seat.
  const kindBefore = tokens[mention.first - 1];
  if (
    !!kindBefore &&
    ((multi && kindBefore.lowercase && APPOSITIVE_ORGANIZATION_NOUNS.has(kindBefore.norm)) ||
      (/^\p{Lu}[\p{L}.]*-based$/u.test(kindBefore.text) && !/^\p{Lu}+s$/u.test(mention.surface))) &&
    !isFirstName((words[0] as Token).norm)
  )
    return [{ ...mention, kind: 'organization' }];
  // "SoftBank, its largest investor, committed": what the text calls "its" is a thing, a body.
  if (!mention.possessive && tokens[mention.last + 1]?.text === ',' && tokens[mention.last + 2]?.norm === 'its')
    return [{ ...mention, kind: 'organization' }];
  const firstIsName = isFirstName((words[0] as Token).norm);
  const lastWord = words[words.length - 1] as Token;
  // "The First Amendment": the ordinal that went with the dropped article still names a law.
  const namedWith = multi || !!tokens[mention.first - 1]?.capitalised;
  if (namedWith && (LAW_HEADS.has(lastWord.norm) || EVENT_HEADS.has(lastWord.norm))) return undefined;
  if (words.length >= 3 && DOCUMENT_HEADS.has(lastWord.norm)) return undefined;
  // "a Virginia Democrat", "the Oklahoma Republican", "a Democrat": a description of someone, not a name.
  if (!multi && PARTY_MEMBERS.has(lastWord.norm)) return undefined;
  if (
    multi &&
    PARTY_MEMBERS.has(lastWord.norm) &&
    ((words.length === 2 && !!before && ARTICLES.has(before.norm)) ||
      isPlaceName(
        nameKey(
          words
            .slice(0, -1)
            .map((t) => t.text)
            .join(' '),
        ),
      ))
  )
    return undefined;
  // "March" of "Hackaday's March story", "I": a month or a letter is no name.
  if (!multi && (isDateWord(lastWord.norm) || MONTHS.test(lastWord.norm) || lastWord.text.length === 1))
    return undefined;
  // "said van Sebille", "the de Blasio administration": a surname opened by its particle in lower case is someone's;
  // "le Néon", "el Niño" open with an article.
  if (
    multi &&
    (words[0] as Token).lowercase &&
    NAME_PARTICLES.has((words[0] as Token).norm) &&
    !ARTICLE_PARTICLES.has((words[0] as Token).norm) &&
    words.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || NAME_PARTICLES.has(t.norm))
  )
    return [{ ...mention, kind: 'person' }];
  // "Times Square" is a place, "Senator Lee Park" a person.
  if (
    multi &&
    STREET_HEADS.has(lastWord.norm) &&
    !mention.titled &&
    !firstIsName &&
    !isKnownOrganization(key) &&
    !KNOWN_ORGANIZATIONS.has(key)
  )
    return [{ ...mention, kind: 'place' }];
  // "Greater Boston": a city with the land around it.
  if (words.length === 2 && words[0]?.norm === 'greater' && isPlaceName(lastWord.norm))
    return [{ ...mention, kind: 'place' }];
  // "a house on Gina Street", "the 10700 block of Arno Drive": after a word that says where,
  // a first name opens a street's name.
  if (
    multi &&
    (STREET_HEADS.has(lastWord.norm) || lastWord.norm === 'drive' || lastWord.norm === 'lane') &&
    !mention.titled &&
    !!before &&
    (STREET_PREPOSITIONS.has(before.norm) || /^\d+$/.test(before.text))
  )
    return [{ ...mention, kind: 'place' }];
  // "Procter & Gamble", "AT&T": an ampersand joins the names of firms. Inside a longer name
  // initials with one ("Heisman-winning Texas A&M") say nothing of the rest.
  if (words.some((t) => (multi ? t.text === '&' : t.text.includes('&')))) return [{ ...mention, kind: 'organization' }];
  // "LGP-30", "PlayStation 4 Pro": model numbers name products.
  const unionLocal = words.length > 1 && words[words.length - 2]?.norm === 'local';
  const numberedBody = ORDINAL.test((words[0] as Token).text) && !words.slice(1).some((t) => /\p{N}/u.test(t.text));
  if (numberedBody && NUMBERED_UNIT_HEADS.has(lastWord.norm)) return [{ ...mention, kind: 'organization' }];
  if (words.some((t) => /\p{N}/u.test(t.text)) && !isKnownOrganization(key) && !unionLocal && !numberedBody)
    return undefined;
  // "the Times reports" after "The New York Times": a newspaper goes by the last word of its name.
  if (!multi && NEWSPAPER_HEADS.has(key) && before?.norm === 'the' && lastWord.capitalised)
    return [{ ...mention, kind: 'organization' }];
  if (!multi && isOrgHeadWord(lastWord.norm) && !isKnownOrganization(key) && !KNOWN_ORGANIZATIONS.has(key))
    return undefined;
  const firstWordIsOrganization =
    multi && (isKnownOrganization((words[0] as Token).norm) || KNOWN_ORGANIZATIONS.has((words[0] as Token).norm));
  if (firstWordIsOrganization && !isKnownOrganization(key) && !words.some((t, k) => k > 0 && isOrgHeadWord(t.norm))) {
    // "Yahoo Japan" is a company; "Apple Vision Pro", "Google Pay" are its products.
    const rest = nameKey(
      words
        .slice(1)
        .map((t) => t.text)
        .join(' '),
    );
    return countryNamed(rest) !== undefined || isPlaceName(rest) ? [{ ...mention, kind: 'organization' }] : undefined;
  }
  if (
    isKnownOrganization(key) ||
    KNOWN_ORGANIZATIONS.has(key) ||
    (multi && words.some((t, k) => k > 0 && isOrgHeadWord(t.norm))) ||
    (multi && isOrgHeadWord((words[0] as Token).norm) && !isTitleToken(words[0] as Token))
  ) {
    return [{ ...mention, kind: 'organization' }];
  }
  // "the ACLU's offices", "includes the ACLU.": an acronym that takes "the" and is not
  // a modifier of a noun is an organisation ("the NBT format" is not).
  // "the NCAA is looking into": so is one a verb follows ("the PSVR, and" may be a product).
  // "monitoring by the IAEA, Crowley said", "head of reporting at the ICAEW, is": one that
  // closes a phrase after a preposition that takes bodies.
  const after = tokens[mention.last + 1];
  const prepositionBefore = tokens[mention.first - 2];
  const closesBodyPhrase =
    (after?.text === ',' || after?.text === ';') &&
    !!prepositionBefore &&
    BODY_PREPOSITIONS.has(prepositionBefore.norm);
  if (
    !multi &&
    isAllCaps(lastWord) &&
    tokens[mention.first - 1]?.norm === 'the' &&
    (lastWord.possessive || after?.text === '.' || closesBodyPhrase || (!!after && VERBS_AFTER_SUBJECT.has(after.norm)))
  ) {
    return [{ ...mention, kind: 'organization' }];
  }
  // "Tunisian Islamists": a nationality and a noun are people of a country, not someone's name.
  const firstWord = (words[0] as Token).norm;
  if (multi && !mention.titled && (isDemonymWord(firstWord) || countryOfDemonym(firstWord) !== undefined))
    return undefined;
  // "Snopes fact checker David Emery", "fellow Ennahda members": a name before a role is who employs it.
  // "Mr. Trump's personal lawyer": a title in the name says whose lawyer, a person's.
  // "Wild coach Bruce Boudreau": a common word the text only writes capitalised, and after
  // "the" too ("the Wild"), names a team or a firm as well.
  const nameOnly =
    !isCommonWord(key) || (context.capitalisedAfterThe.has(key) && !isDemonymWord(key) && !PARTY_ADJECTIVES.has(key));
  if (
    !multi &&
    (!mention.titled || roleBefore) &&
    !isPersonName(key) &&
    nameOnly &&
    !context.lowerCaseWords.has(key) &&
    !context.surnames.has(key) &&
    !isPlaceName(key) &&
    modifiesRoleNoun(tokens, mention.last)
  )
    // "Defense attorneys said": a word only ever capitalised where a sentence opens is a common word.
    return mention.initial && !context.capitalisedInside.has(key) && !KNOWN_ORGANIZATIONS.has(key)
      ? undefined
      : [{ ...mention, kind: 'organization' }];
  // "WeWork declined to comment": a name no one is called that is asked for comment is a firm's.
  if (
    !multi &&
    !mention.titled &&
    !isPersonName(key) &&
    !isCommonWord(key) &&
    !context.lowerCaseWords.has(key) &&
    !context.surnames.has(key) &&
    isAskedForComment(tokens, mention.last)
  )
    return [{ ...mention, kind: 'organization' }];
  // "Someone named Man Haron Monis": the name of a person.
  if (multi && before && ['named', 'called', 'nicknamed'].includes(before.norm))
    return [{ ...mention, kind: 'person' }];
  if (mention.titled && !(roleBefore && before && ORGANIZATION_ROLES.has(before.norm) && !multi))
    return [{ ...mention, kind: 'person' }];
  if (roleBefore && before && ORGANIZATION_ROLES.has(before.norm)) return [{ ...mention, kind: 'organization' }];
  // "whale rescue group Project Jonah": what an organisation's noun names, unless it is someone ("the firm Steve Jobs founded").
  if (multi && before?.lowercase && ORGANIZATION_ROLES.has(before.norm) && !firstIsName)
    return [{ ...mention, kind: 'organization' }];
  // "J.J. Abrams", "A.J. Hinch": initials written as one word before a surname, which no
  // country's ("U.S. Steel") or place's initials are.
  const [initials, surname] = words as [Token, Token | undefined];
  if (
    words.length === 2 &&
    surname &&
    /^(?:\p{Lu}\.){2,3}$/u.test(initials.text) &&
    !countryNamed(nameKey(initials.text)) &&
    !PLACE_INITIALS.has(nameKey(initials.text)) &&
    /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
    !isCommonWord(surname.norm) &&
    !isOrgHeadWord(surname.norm)
  )
    return [{ ...mention, kind: 'person' }];
  const opener = words[0] as Token;
  // "met Bashar al-Assad": a word before a surname with its article joined names someone,
  // unless it opens a group's name or a place's.
  if (words.length === 2 && JOINED_ARTICLE_SURNAME.test(lastWord.text) && /^\p{Lu}\p{Ll}+$/u.test(opener.text)) {
    if (ARABIC_GROUP_HEADS.has(opener.norm)) return [{ ...mention, kind: 'organization' }];
    if (ARABIC_PLACE_HEADS.has(opener.norm)) return undefined;
    if (!isCommonWord(opener.norm) && !isOrgHeadWord(opener.norm) && !isPlaceName(opener.norm))
      return [{ ...mention, kind: 'person' }];
  }
  // "Ban Ki-moon", "Moon Jae-in": a Korean given name of two syllables joined by a hyphen,
  // the second in lower case, after a short surname that may be a word.
  const korean = /^(\p{Lu}\p{Ll}{1,5})-\p{Ll}{2,6}$/u.exec(lastWord.text)?.[1];
  if (
    words.length === 2 &&
    korean &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(opener.text) &&
    !isCommonWord(korean.toLowerCase()) &&
    !isOrgHeadWord(opener.norm) &&
    !isPlaceName(`${opener.norm} ${korean.toLowerCase()}`)
  )
    return [{ ...mention, kind: 'person' }];
  // "C. Eugene Steuerle", "J. Edgar Hoover": an initial before two names opens a person's
  // name; "N. K. Jemisin": two of them before a surname.
  let named = 0;
  while (multi && /^\p{Lu}$/u.test(words[named]?.text ?? '') && words[named + 1]?.text === '.') named += 2;
  const afterInitial = words.slice(named);
  if (
    named > 0 &&
    afterInitial.length >= (named >= 4 ? 1 : 2) &&
    afterInitial.length <= 3 &&
    (afterInitial.length > 1 || !isCommonWord(lastWord.norm)) &&
    afterInitial.every((t) => t.capitalised && /^\p{Lu}\p{Ll}/u.test(t.text) && !isOrgHeadWord(t.norm)) &&
    !NATURAL_FEATURE_HEADS.has(lastWord.norm)
  )
    return [{ ...mention, kind: 'person' }];
  // "Osama bin Laden" is a person; "Oscar dress" (in a headline "Oscar Dress") is not, nor is "Stewart Island".
  // "Sonya A. Zoghlin": a middle initial is no article, whatever "a" does elsewhere.
  if (
    multi &&
    firstIsName &&
    !NATURAL_FEATURE_HEADS.has(lastWord.norm) &&
    words.slice(1).every(
      (t, k) =>
        !t.capitalised ||
        NAME_PARTICLES.has(t.norm) ||
        /^\p{Lu}$/u.test(t.text) ||
        !context.lowerCaseWords.has(t.norm) ||
        // "Brian M. Good": after a middle initial, a word is a surname.
        (words[k]?.text === '.' && /^\p{Lu}$/u.test(words[k - 1]?.text ?? '')) ||
        // "Apple’s Steve Jobs … to fire Jobs": after a given name that is no word, a surname
        // the text also capitalises on its own inside a sentence.
        (words.length === 2 &&
          !isCommonWord(firstWord) &&
          context.capitalisedInside.has(t.norm) &&
          !isPlaceHead(t.norm) &&
          !isOrgHeadWord(t.norm)) ||
        // "Linda Black Elk … Black Elk said": a surname of words the text also writes in lower case.
        context.speakingNames.has(
          words
            .slice(1)
            .map((w) => w.norm)
            .join(' '),
        ),
    )
  ) {
    return [{ ...mention, kind: 'person' }];
  }
  // "Phoenix said" after "Joaquin Phoenix": a place's name the text writes as someone's surname.
  if (!multi && context.surnames.has(key) && !isLocative(tokens, mention, true))
    return [{ ...mention, kind: 'person', weak: true }];
  // "Lewis Ward, research director of …": a name and a place's head word are someone when a
  // role follows.
  if (words.length === 2 && isPersonName((words[0] as Token).norm) && roleAfter(tokens, mention.last))
    return [{ ...mention, kind: 'person' }];
  if (
    isPlaceName(key) ||
    isPlaceHead((words[words.length - 1] as Token).norm) ||
    (multi && isPlaceHead((words[0] as Token).norm))
  ) {
    return [{ ...mention, kind: 'place' }];
  }
  if (multi && isPersonName(key)) return [{ ...mention, kind: 'person' }];
  // "in downtown Sydney": a name that is also a place is the place after "in".
  if (!multi && !mention.titled && isLocative(tokens, mention, true)) return [{ ...mention, kind: 'place' }];
  // "the Sydney crisis": people do not take "the".
  if (!multi && !mention.titled && tokens[mention.first - 1]?.norm === 'the' && isPersonName(key)) return undefined;
  if (!multi && isPersonName(key)) return [{ ...mention, kind: 'person', weak: !isSurnameOrFullName(key) }];
  if (multi) {
    // Two capitalised words that are no common word are most often a person ("Habib
    // Essid"); longer runs need a known name in them ("Creative Inventory Action" is none).
    // "Mar Hicks": a first name that is also a month's short form, no date with a name after it.
    const shortDate = (t: Token, k: number) =>
      k === 0 && words.length === 2 && t.text.length === 3 && isDateWord(t.norm);
    // "Joost van Hoof", "Jamil Al Saadouni": a surname's particle inside the name.
    const particle = (t: Token, k: number) => k > 0 && k < words.length - 1 && NAME_PARTICLES.has(t.norm);
    const plain = words.every(
      (t, k) =>
        particle(t, k) ||
        (!isAllCaps(t) &&
          /\p{L}{2}/u.test(t.text) &&
          !/\p{Ll}\p{Lu}/u.test(t.text) &&
          (!isCommonWord(t.norm) || shortDate(t, k)) &&
          !COMMON_SUFFIX.test(t.norm) &&
          !context.lowerCaseWords.has(t.norm)),
    );
    const nameWords = words.filter((t, k) => !particle(t, k)).length;
    // "the head of the search and rescue agency, Fransiskus Bambang Soelistyo, as saying",
    // "the then UK Home Secretary, Sajid Javid, formally": names no lexicon knows, set off by
    // commas after a noun or a title, are who the noun or the title is.
    const office = tokens[mention.first - 2];
    const inApposition =
      tokens[mention.first - 1]?.text === ',' &&
      !!office &&
      (office.lowercase || TITLE_WORDS.has(office.norm)) &&
      tokens[mention.last + 1]?.text === ',';
    const named = nameWords === 2 || (inApposition && nameWords === 3) || words.some((t) => isPersonName(t.norm));
    // People do not take "the": "the Oculus Rift", "the Arab Spring" are things.
    const article = tokens[mention.first - 1]?.norm === 'the';
    // "Lewis Brown": a known name and a capitalised common word the text never uses in lower
    // case may be a person, if they speak or the text gives other evidence.
    const [given, family] = words as [Token, Token];
    if (
      !plain &&
      !article &&
      words.length === 2 &&
      isPersonName(given.norm) &&
      !isCommonWord(given.norm) &&
      !isAllCaps(given) &&
      !isAllCaps(family) &&
      /^\p{Lu}\p{Ll}+$/u.test(family.text) &&
      !COMMON_SUFFIX.test(family.norm) &&
      !context.lowerCaseWords.has(family.norm)
    )
      return [{ ...mention, kind: 'person', tentative: true }];
    // "said Serene Gregg", "Hope Hicks": a given name that is also a word, inside a sentence
    // and before a known surname, may be a person too, on the same evidence.
    if (
      !plain &&
      !article &&
      !mention.initial &&
      words.length === 2 &&
      /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(family.text) &&
      isPersonName(family.norm) &&
      !isCommonWord(family.norm) &&
      !context.lowerCaseWords.has(family.norm) &&
      !isOrgHeadWord(given.norm) &&
      !KINSHIP_WORDS.has(given.norm)
    )
      return [{ ...mention, kind: 'person', tentative: true }];
    // "to Blue Origin and SpaceX": common words capitalised inside a sentence, and never
    // written in lower case, are a name; what it names, a list or its speaking tells.
    if (
      !plain &&
      !article &&
      !mention.initial &&
      words.length <= 3 &&
      before?.norm !== 'of' &&
      before?.norm !== 'for' &&
      words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !context.lowerCaseWords.has(t.norm)) &&
      !words.some((t) => isDateWord(t.norm) || isTitleToken(t) || KINSHIP_WORDS.has(t.norm))
    )
      return [
        words.length === 2 && inContest(tokens, mention)
          ? { ...mention, kind: 'person' }
          : { ...mention, kind: 'unknown', weak: true },
      ];
    if (!plain || !named || article) return undefined;
    const known = words.some((t) => isPersonName(t.norm));
    return [
      {
        ...mention,
        kind: 'person',
        tentative: !known && !inApposition && !hasAppositive(tokens, mention.last) && !inContest(tokens, mention),
      },
    ];
  }
  const word = words[0] as Token;
  // "Prosecutors said": a speaker without a name, capitalised only by its place.
  if (context.lowerCaseWords.has(word.norm) || SPEAKER_NOUNS.has(word.norm)) return undefined;
  // "Legislators said", "Economists warn": a plural of people opening a sentence is no name.
  if (mention.initial && !isPersonName(word.norm) && isPeoplePlural(context, word.norm)) return undefined;
  // "Thankfully, now we know": a sentence adverb, not a name.
  if (mention.initial && tokens[mention.last + 1]?.text === ',' && /ly$/.test(word.norm)) return undefined;
  const organizationRoleBefore = !!before && before.lowercase && ORGANIZATION_ROLES.has(before.norm);
  if (followsBusinessCue(tokens, mention.first) || organizationRoleBefore) {
    // "the company Jobs co-founded": unless Jobs is someone the text names in full.
    return context.surnames.has(word.norm)
      ? [{ ...mention, kind: 'unknown', organizationUnlessPerson: true }]
      : [{ ...mention, kind: 'organization' }];
  }
  return [{ ...mention, kind: 'unknown', weak: mention.initial || isCommonWord(word.norm) || isAllCaps(word) }];
}

/**
 * Registry names the finder did not read as names ("the agency" registered as an alias,
 * a name in a heading): found word for word, so known parties are always recognised.
 */
export function findRegistryMentions(
  text: string,
  tokens: Token[],
  layout: TextLayout,
  known: KnownNames,
  found: Mention[],
): Mention[] {
  const byFirstWord = new Map<string, { words: string[]; id: string; kind: PartyKind }[]>();
  for (const [key, party] of known) {
    const words = key.split(' ');
    const list = byFirstWord.get(words[0] ?? '') ?? [];
    list.push({ words, ...party });
    byFirstWord.set(words[0] ?? '', list);
  }
  const covered = new Uint8Array(tokens.length);
  for (const m of found) covered.fill(1, m.first, m.last + 1);
  const sentenceOf = new Int32Array(tokens.length);
  layout.sentences.forEach((s, k) => sentenceOf.fill(k, s.first, s.last + 1));
  const context: FinderContext = {
    text,
    tokens,
    known,
    lowerCaseWords: new Set(),
    capitalisedInside: new Set(),
    capitalisedAfterThe: new Set(),
    surnames: new Set(),
    namePairs: new Set(),
    speakingNames: new Set(),
    speakingUsers: new Set(),
    quoteDepth: quoteMask(tokens, layout),
  };
  const extra: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!token.isWord || covered[i]) continue;
    const candidates = byFirstWord.get(nameKey(token.text).split(' ')[0] ?? '');
    if (!candidates) continue;
    for (const candidate of candidates.sort((a, b) => b.words.length - a.words.length)) {
      const span = tokens.slice(i, i + candidate.words.length + 2).filter((t) => t.isWord);
      const words = span.slice(0, candidate.words.length);
      if (words.length !== candidate.words.length || words.some((t, k) => nameKey(t.text) !== candidate.words[k]))
        continue;
      const last = tokens.indexOf(words[words.length - 1] as Token, i);
      const sentence = layout.sentences[sentenceOf[i] ?? 0] as Sentence;
      extra.push({
        ...makeMention(context, i, last, candidate.kind, sentence, sentenceOf[i] ?? 0),
        registryId: candidate.id,
      });
      covered.fill(1, i, last + 1);
      break;
    }
  }
  return extra;
}
