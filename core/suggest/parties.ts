import type { PartyKind } from '../model';
import { partyMatchScore } from '../parties/match';
import {
  GENERATION_SUFFIXES,
  GROUP_NAME_OF,
  INSTITUTION_NAMES,
  LEGISLATIVE_CHAMBERS,
  PARTY_MEMBER_WORDS,
  PARTY_MEMBER_PLURALS,
  TRAILING_ORGANIZATION_HEADS,
  NEWSPAPER_HEADS,
} from './gazetteer';
import { genderOfFirstName, genderOfHonorific, type Gender } from './gender';
import { isCommonWord, isFirstName, isPlaceName } from './lexicon';
import { countryNamed, demonymOfCountry, isOrgHeadWord, type Mention } from './mentions';
import { sameGivenName } from './nicknames';
import { nameKey } from './text';

/** A party being assembled from the mentions that name it. */
export interface PartyCluster {
  name: string;
  kind: PartyKind | 'unknown';
  mentions: Mention[];
  /** Id of the registry party it is, when it is one. */
  registryId?: string;
  /** For people: the country a title tied them to ("Syrian President …"). */
  affiliation?: string;
  /** Spoken in a claim: an unknown word that speaks is a party after all. */
  speaks: boolean;
}

/** Whether a cluster is a party to show: known kind, or speaking, and more than a shape. */
export function isShown(cluster: PartyCluster): boolean {
  if (cluster.kind === 'unknown' && !cluster.speaks) return false;
  if (!cluster.mentions.some((m) => !m.standalone)) return false;
  if (!cluster.speaks && cluster.mentions.every((m) => m.inPassing)) return false;
  if (cluster.kind === 'person' && !cluster.speaks && !cluster.registryId) {
    const evidence =
      cluster.mentions.some((m) => !m.tentative || m.titled) ||
      new Set(cluster.mentions.map((m) => m.surface)).size > 1;
    if (!evidence) return false;
  }
  return true;
}

export interface RegistryParty {
  id: string;
  name: string;
  kind: PartyKind;
  aliases: string[];
}

export interface PartyIndex {
  clusters: PartyCluster[];
  clusterOf: Map<Mention, PartyCluster>;
  /** The country's party, made when only its demonym named it so far ("American officials"). */
  countryCluster(country: string, mention: Mention): PartyCluster;
  /** The party of a lone word that turns out to speak ("Solnit wrote"). */
  speakerCluster(mention: Mention): PartyCluster;
}

const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ibn|abu)-/;

function personWords(surface: string): string[] {
  return nameKey(surface).split(' ').filter(Boolean);
}

function bareSurname(word: string): string {
  return word.replace(PARTICLE_PREFIX, '');
}

/** "Russia's Foreign Ministry" and "Russian Foreign Ministry" are one name. */
function organizationKey(surface: string): { key: string; name: string } {
  const name = surface.replace(/^the\s+/i, '');
  const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(name);
  if (possessive?.[1] && possessive[2]) {
    const country = countryNamed(nameKey(possessive[1]));
    const demonym = country ? demonymOfCountry(country) : undefined;
    if (demonym) {
      const normalised = `${demonym} ${possessive[2]}`;
      return { key: nameKey(normalised), name: normalised };
    }
  }
  return { key: nameKey(name), name };
}

class Clusters {
  readonly clusters: PartyCluster[] = [];
  readonly clusterOf = new Map<Mention, PartyCluster>();
  private readonly byKey = new Map<string, PartyCluster>();

  add(key: string, name: string, kind: PartyCluster['kind'], mention: Mention): PartyCluster {
    let cluster = this.byKey.get(key);
    if (!cluster) {
      cluster = { name, kind, mentions: [], speaks: false };
      this.byKey.set(key, cluster);
      this.clusters.push(cluster);
    }
    this.attach(cluster, mention);
    return cluster;
  }

  attach(cluster: PartyCluster, mention: Mention): void {
    cluster.mentions.push(mention);
    this.clusterOf.set(mention, cluster);
  }

  find(key: string): PartyCluster | undefined {
    return this.byKey.get(key);
  }

  /** Moves every mention of `from` into `into`; `from` is no party any more. */
  merge(into: PartyCluster, from: PartyCluster): void {
    for (const m of from.mentions) this.attach(into, m);
    into.mentions.sort((a, b) => a.start - b.start);
    this.clusters.splice(this.clusters.indexOf(from), 1);
    for (const [key, cluster] of this.byKey) if (cluster === from) this.byKey.set(key, into);
  }
}

const ACRONYM = /^\p{Lu}(?:&?\p{Lu}){1,5}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const WORD_ACRONYM = /^\p{Lu}\p{Ll}{2,5}$/u;

/** "MIT" (or "M.I.T."), which the lexicon knows as an organisation, and "Massachusetts Institute of Technology" are one. */
function mergeAcronyms(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const short of organizations) {
    // "U.N." is written with its full stops as often as "UN" without.
    const letters = DOTTED_INITIALS.test(short.name) ? short.name.replace(/\./g, '') : short.name;
    // "Nato", "Unicef": British style writes an acronym read as a word in lower case after its first letter.
    const asWord = WORD_ACRONYM.test(letters);
    if (!asWord && !ACRONYM.test(letters)) continue;
    // "PG&E" is "Pacific Gas & Electric Co.": the ampersand and the company form are no letters.
    const initials = letters.replace(/&/g, '').toLowerCase();
    const full = organizations.find(
      (c) =>
        c !== short &&
        [c.name, withoutCompanyForm(c.name), withoutLeadingPlace(c.name)].some((name) => initialsOf(name) === initials),
    );
    if (full) clusters.merge(full, short);
  }
}

/**
 * "U.S. Census Bureau" and "Census Bureau" in one text are one agency: an organisation
 * named with its country (or an owner's dotted initials) in front is the one named without it.
 */
function mergeCountryPrefixed(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const full of organizations) {
    const words = full.name.split(/\s+/);
    for (const len of [1, 2]) {
      const prefix = words.slice(0, len).join(' ');
      // "U.N. Security Council": dotted initials in front are an owner's abbreviation too.
      const owner = countryNamed(nameKey(prefix)) !== undefined || (len === 1 && DOTTED_INITIALS.test(prefix));
      // "US Congress" is "Congress" too, as an institution's name; "U.S. Steel" is no "Steel".
      const rest = words.slice(len);
      if (!owner || rest.length === 0 || (rest.length === 1 && !INSTITUTION_NAMES.has(nameKey(rest[0] ?? ''))))
        continue;
      const restKey = nameKey(rest.join(' '));
      const bare = organizations.find(
        (c) => c !== full && clusters.clusters.includes(c) && nameKey(c.name) === restKey,
      );
      if (bare && clusters.clusters.includes(full)) clusters.merge(full, bare);
    }
  }
}

interface PersonSeed {
  cluster: PartyCluster;
  words: string[];
}

/**
 * "Tax Policy Center" is the "Urban-Brookings Tax Policy Center" the text named in full, when
 * it names no other; "Texas Supreme Court" is no "Supreme Court", as a place before a name
 * is where a body of that name sits.
 */
function mergeShortenedOrganizations(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const bare of organizations) {
    const bareKey = nameKey(bare.name).replace(/^the /, '');
    // "The Chronicle says" after "The San Francisco Chronicle": a paper goes by its last word,
    // and "the Lakers" after "the Los Angeles Lakers" a team by the name after its city.
    const oneWord = !bareKey.includes(' ');
    if (oneWord && !NEWSPAPER_HEADS.has(bareKey) && isOrgHeadWord(bareKey)) continue;
    const fuller = organizations.filter(
      (c) => c !== bare && clusters.clusters.includes(c) && nameKey(c.name).endsWith(` ${bareKey}`),
    );
    const full = fuller[0];
    if (!full || fuller.length > 1) continue;
    const owner = nameKey(full.name).slice(0, -bareKey.length - 1);
    const paper = NEWSPAPER_HEADS.has(bareKey);
    const placed = isPlaceName(owner);
    if ((placed && !paper && !oneWord) || (oneWord && !paper && !placed) || /\b(?:of|for|and|the)$/.test(owner))
      continue;
    clusters.merge(full, bare);
  }
}

/** "Emirates Airline" and "Emirates Airlines": one body, its head word once in the plural. */
function mergePluralHeads(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const plural of organizations) {
    const key = nameKey(plural.name);
    if (!key.includes(' ') || !key.endsWith('s')) continue;
    const single = organizations.find((c) => c !== plural && nameKey(c.name) === key.slice(0, -1));
    if (!single || !clusters.clusters.includes(single) || !clusters.clusters.includes(plural)) continue;
    const [into, from] = single.mentions.length >= plural.mentions.length ? [single, plural] : [plural, single];
    clusters.merge(into, from);
  }
}

/**
 * "J.P. Morgan" beside "JPMorgan Chase": initials before a name, read as a person's, are the
 * firm whose name runs the same letters together.
 */
function mergeInitialledFirms(clusters: Clusters): void {
  for (const person of clusters.clusters.filter((c) => c.kind === 'person')) {
    if (!/^(?:\p{Lu}\.){1,3}\s?\p{Lu}\p{Ll}+$/u.test(person.name)) continue;
    const letters = person.name.replace(/[.\s]/g, '').toLowerCase();
    const firm = clusters.clusters.find(
      (c) => c.kind === 'organization' && c.mentions.some((m) => nameKey(m.surface).split(' ')[0] === letters),
    );
    if (firm) clusters.merge(firm, person);
  }
}

/**
 * "Tyvak" after "Tyvak Nano-Satellite Systems Inc.": a firm goes by the first word of its
 * name, when no other name starts with it and it is no common word.
 */
function mergeFirstWordNames(clusters: Clusters): void {
  const byFirstWord = firmsByFirstWord(clusters);
  for (const bare of clusters.clusters.filter((c) => c.kind === 'organization')) {
    const full = byFirstWord.get(nameKey(bare.name));
    if (full && full !== bare && clusters.clusters.includes(full) && clusters.clusters.includes(bare))
      clusters.merge(full, bare);
  }
}

/**
 * "revelations by newspaper Dagens Nyheter … Dagens Nyheter said": a name that the text shows
 * once to be a body's is that body wherever else it is read by its shape as a person's.
 */
function mergeNamesOfBodies(clusters: Clusters): void {
  for (const person of clusters.clusters.filter((c) => c.kind === 'person')) {
    const key = nameKey(person.name);
    const words = key.split(' ');
    if (words.length < 2 || isFirstName(words[0] ?? '') || person.mentions.some((m) => m.titled)) continue;
    const body = clusters.clusters.find((c) => c.kind === 'organization' && nameKey(c.name) === key);
    if (body) clusters.merge(body, person);
  }
}

/**
 * "the Pew Research analysis" after "the Pew Research Center": a body of two words or more
 * goes by its name without the head word that ends it, when only one name ends so.
 */
function mergeHeadlessNames(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const bare of organizations) {
    const bareKey = nameKey(bare.name);
    if (!bareKey.includes(' ')) continue;
    const fuller = organizations.filter((c) => {
      const key = nameKey(c.name);
      return c !== bare && key.startsWith(`${bareKey} `) && isOrgHeadWord(key.slice(bareKey.length + 1));
    });
    const full = fuller[0];
    if (full && fuller.length === 1 && clusters.clusters.includes(full) && clusters.clusters.includes(bare))
      clusters.merge(full, bare);
  }
}

/**
 * "the U.S. attorney's office" after "the U.S. Attorney's Office for the Western District of
 * New York": a body of two words or more goes by its name without the complement after its
 * head, when only one name goes on so.
 */
function mergeNamesWithoutComplement(clusters: Clusters): void {
  const organizations = clusters.clusters.filter((c) => c.kind === 'organization');
  for (const bare of organizations) {
    const bareKey = nameKey(bare.name).replace(/^the /, '');
    const words = bareKey.split(' ');
    if (words.length < 2 || !isOrgHeadWord(words[words.length - 1] ?? '')) continue;
    const fuller = organizations.filter(
      (c) => c !== bare && /^(?:of|for) /.test(complementAfter(nameKey(c.name), bareKey)),
    );
    const full = fuller[0];
    if (full && fuller.length === 1 && clusters.clusters.includes(full) && clusters.clusters.includes(bare))
      clusters.merge(full, bare);
  }
}

/** What a name's key holds after the name given, or '' where it does not start with it. */
function complementAfter(key: string, start: string): string {
  const rest = key.replace(/^the /, '');
  return rest.startsWith(`${start} `) ? rest.slice(start.length + 1) : '';
}

/** Organisations of two words or more by their first word, where that word starts one name only. */
function firmsByFirstWord(clusters: Clusters): Map<string, PartyCluster> {
  const found = new Map<string, PartyCluster | null>();
  for (const c of clusters.clusters) {
    if (c.kind !== 'organization') continue;
    const key = nameKey(c.name);
    const space = key.indexOf(' ');
    const word = key.slice(0, space);
    // "Yahoo Japan" is a firm of its own, in that country. "Amnesty International" is
    // "Amnesty" for short, though the word is a common one.
    const international = key === `${word} international`;
    if (
      space < 0 ||
      (isCommonWord(word) && !international) ||
      isPlaceName(word) ||
      countryNamed(word) ||
      countryNamed(key.slice(space + 1))
    )
      continue;
    found.set(word, found.has(word) ? null : c);
  }
  const unique = new Map<string, PartyCluster>();
  for (const [word, c] of found) if (c) unique.set(word, c);
  return unique;
}

function sameOrContained(a: string[], b: string[]): boolean {
  // "Patrick Carlineo Jr." and "Patrick W. Carlineo": a generation written once is the same
  // person's; "Jr." beside "Sr." is not.
  const generation = (words: string[]) => GENERATION_SUFFIXES.has(words[words.length - 1] ?? '');
  if (generation(a) !== generation(b))
    return sameOrContained(generation(a) ? a.slice(0, -1) : a, generation(b) ? b.slice(0, -1) : b);
  if (a.length < 2 || b.length < 2) return false;
  if (sameGivenName(a[0] as string, b[0] as string) && a[a.length - 1] === b[b.length - 1]) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  // "Te Kaurinui" and "Te Kaurinui Robert" are the given names of "Te Kaurinui Robert Parata".
  return long.length > short.length && long.slice(0, short.length).join(' ') === short.join(' ');
}

/**
 * Groups mentions into parties: "John Kerry", "Kerry" and "Kerry's" are one person;
 * "U.S.", "Washington" (as a government) and "the American government" one country;
 * "Russia's Foreign Ministry" and "Russian Foreign Ministry" one organisation.
 */
export function clusterParties(mentions: Mention[], registry: readonly RegistryParty[]): PartyIndex {
  const clusters = new Clusters();
  const seeds: PersonSeed[] = [];
  const singles: Mention[] = [];
  const governments: Mention[] = [];
  // Short names (an acronym, a name without its head) and the full name they stand for.
  const fullNames = new Map<string, string>();

  // "Trip Chowdhry … Chowdhry said": words of no known kind whose last one the text uses
  // alone are a person's name and surname. So are two whose first one, no given name, the
  // text uses alone for a person ("Liu Xiaming … Liu said"): a family name written first.
  const loneWords = new Set(mentions.filter((m) => !m.surface.includes(' ')).map((m) => nameKey(m.surface)));
  const lonePeople = new Set(
    mentions.filter((m) => !m.surface.includes(' ') && m.kind === 'person').map((m) => nameKey(m.surface)),
  );
  for (const mention of mentions) {
    const words = personWords(mention.surface);
    if (mention.kind !== 'unknown' || words.length !== 2) continue;
    const [given, family] = words as [string, string];
    if (loneWords.has(family) || (lonePeople.has(given) && !isFirstName(given) && !loneWords.has(family))) {
      mention.kind = 'person';
      mention.tentative = true;
    }
  }
  // "a trip to Walter Reed hospital … the visit to Walter Reed": a place of care or study
  // named after someone, and then by that name alone, is still the place's institution.
  const namedInstitutions = new Map<string, string>();
  for (const m of mentions) {
    const words = nameKey(m.surface).split(' ');
    if (m.kind === 'organization' && words.length >= 3 && NAMED_INSTITUTION_HEADS.has(words[words.length - 1] ?? ''))
      namedInstitutions.set(words.slice(0, -1).join(' '), m.surface);
  }
  for (const mention of mentions) {
    const institution = namedInstitutions.get(nameKey(mention.surface));
    if (mention.kind === 'person' && !mention.titled && institution) {
      mention.kind = 'organization';
      fullNames.set(nameKey(mention.surface), institution);
    }
  }
  for (const mention of mentions) {
    if (mention.registryId) {
      const party = registry.find((p) => p.id === mention.registryId);
      if (party) clusters.add(`registry:${party.id}`, party.name, party.kind, mention).registryId = party.id;
      continue;
    }
    switch (mention.kind) {
      case 'country':
        clusters.add(
          `country:${mention.country ?? mention.surface}`,
          mention.country ?? mention.surface,
          'country',
          mention,
        );
        break;
      case 'organization':
      case 'group': {
        // "UGA" once written in brackets after "University of Georgia" is its name everywhere.
        const fullName = mention.acronymOf ?? mention.shortFor;
        if (fullName) fullNames.set(nameKey(mention.surface), fullName);
        const { key, name } = organizationKey(fullNames.get(nameKey(mention.surface)) ?? mention.surface);
        const stem = mention.kind === 'organization' ? organizationStem(name) : (GROUP_NAME_OF.get(key) ?? key);
        const cluster = clusters.add(`${mention.kind}:${stem}`, name, mention.kind, mention);
        if (!/['’]s\s/u.test(name) && name.length > cluster.name.length && !/['’]s\s/u.test(mention.surface))
          cluster.name = name;
        // "VATICAN CITY—" opening the text, then "the Vatican": a dateline's capitals, no acronym (as "NASA" is).
        else if (
          cluster.mentions[0]?.initial &&
          name.length > 5 &&
          cluster.name === name.toUpperCase() &&
          name !== cluster.name
        )
          cluster.name = name;
        break;
      }
      case 'person': {
        if (mention.governmentOfPerson) {
          governments.push(mention);
          break;
        }
        const words = personWords(mention.surface);
        if (words.length < 2) {
          singles.push(mention);
          break;
        }
        const birthWords = mention.birthName ? personWords(mention.birthName) : undefined;
        const born = birthWords && seeds.find((s) => sameOrContained(s.words, birthWords));
        if (born) {
          // The married name is another name of the person known by the birth name.
          clusters.attach(born.cluster, mention);
          seeds.push({ cluster: born.cluster, words });
          break;
        }
        const seed = seeds.find((s) => sameOrContained(s.words, words));
        if (birthWords && !seed) {
          const cluster = clusters.add(`person:${words.join(' ')}`, mention.surface, 'person', mention);
          seeds.push({ cluster, words }, { cluster, words: birthWords });
          break;
        }
        if (seed) {
          clusters.attach(seed.cluster, mention);
          if (words.length > seed.words.length) {
            seed.words = words;
            seed.cluster.name = mention.surface;
          } else if (
            seed.cluster.name === seed.cluster.name.toUpperCase() &&
            mention.surface !== mention.surface.toUpperCase()
          ) {
            // "BILL KIRBY:" leading a transcript's lines is "Bill Kirby" written as prose writes him.
            seed.cluster.name = mention.surface;
          }
        } else {
          const cluster = clusters.add(`person:${words.join(' ')}`, mention.surface, 'person', mention);
          seeds.push({ cluster, words });
        }
        if (mention.affiliation) {
          const cluster = clusters.clusterOf.get(mention);
          if (cluster) cluster.affiliation ??= mention.affiliation;
        }
        break;
      }
      case 'unknown':
        singles.push(mention);
        break;
      default:
        break;
    }
  }

  mergeAcronyms(clusters);
  mergeCountryPrefixed(clusters);
  mergeShortenedOrganizations(clusters);
  mergePluralHeads(clusters);
  mergeInitialledFirms(clusters);
  mergeFirstWordNames(clusters);
  mergeHeadlessNames(clusters);
  mergeNamesWithoutComplement(clusters);
  mergeNamesOfBodies(clusters);
  const organizationsByStem = new Map<string, PartyCluster>();
  for (const c of clusters.clusters) {
    if (c.kind !== 'organization') continue;
    organizationsByStem.set(organizationStem(c.name), c);
    for (const m of c.mentions) if (m.acronymOf) organizationsByStem.set(nameKey(m.surface), c);
    // "FSA" is the Food Standards Agency's acronym.
    const acronym = initialsOf(c.name);
    if (acronym.length >= 2 && !organizationsByStem.has(acronym)) organizationsByStem.set(acronym, c);
  }
  // A lone word yet to be placed goes to the one firm whose name starts with it, as above,
  // or to the team named for a city before it ("the Nuggets said" after "the Denver Nuggets").
  for (const [word, c] of firmsByFirstWord(clusters))
    if (!organizationsByStem.has(word)) organizationsByStem.set(word, c);
  for (const c of clusters.clusters) {
    const key = nameKey(c.name);
    const space = key.lastIndexOf(' ');
    const word = key.slice(space + 1);
    if (c.kind !== 'organization' || space < 0 || isOrgHeadWord(word) || !isPlaceName(key.slice(0, space))) continue;
    if (!organizationsByStem.has(word)) organizationsByStem.set(word, c);
  }
  const seedIndex = indexSeeds(seeds);
  // "Kerry" is the registry's "John Kerry" when no other Kerry is in the text.
  const knownSurnames = new Map<string, RegistryParty>();
  for (const party of registry) {
    const words = personWords(party.name);
    if (party.kind === 'person' && words.length > 1) knownSurnames.set(words[words.length - 1] as string, party);
  }
  for (const mention of singles) attachSingle(clusters, seedIndex, organizationsByStem, knownSurnames, mention);
  // "Prince Andrew … Andrew said": a given name left unknown alone is the person a title named by it.
  for (const c of [...clusters.clusters]) {
    if (c.kind !== 'unknown') continue;
    const person = clusters.find(`person:${singleKey(c.name)}`);
    if (person && person !== c) clusters.merge(person, c);
  }
  for (const mention of governments) {
    const seed = findSeed(seedIndex, personWords(mention.surface)[0] ?? '', mention);
    const country = seed?.cluster.affiliation;
    if (!country) continue;
    const cluster = clusters.add(`country:${country}`, country, 'country', {
      ...mention,
      kind: 'country',
      country,
      governmentOfPerson: false,
    });
    clusters.clusterOf.set(mention, cluster);
  }
  linkRegistry(clusters.clusters, registry);
  return {
    clusters: clusters.clusters,
    clusterOf: clusters.clusterOf,
    countryCluster: (country, mention) =>
      clusters.add(`country:${country}`, country, 'country', { ...mention, kind: 'country', country }),
    speakerCluster: (mention) =>
      clusters.clusterOf.get(mention) ??
      clusters.add(`unknown:${nameKey(mention.surface)}`, mention.surface, 'unknown', mention),
  };
}

function lastMentionBefore(cluster: PartyCluster, mention: Mention): number {
  let best = -Infinity;
  for (const m of cluster.mentions) if (m.start < mention.start && m.start > best) best = m.start;
  return best;
}

interface SeedIndex {
  bySurname: Map<string, PersonSeed[]>;
  byFirstName: Map<string, PersonSeed[]>;
  bySpelling: Map<string, PersonSeed[]>;
  byUmlaut: Map<string, PersonSeed[]>;
}

/**
 * "Zelensky", "Zelenskiy" and "Zelenskyy" are one name written in three transliterations:
 * long surnames meet without their final "i" and "y" letters.
 */
function transliterationKey(surname: string): string | undefined {
  return surname.length >= 7 ? surname.replace(/[iy]+$/, '') : undefined;
}

/** "Mueller" for "Müller" (keyed "muller"): a German umlaut written out as a vowel and "e". */
function withoutUmlautSpelling(surname: string): string {
  return surname.replace(/([aou])e/g, '$1');
}

function indexSeeds(seeds: PersonSeed[]): SeedIndex {
  const index: SeedIndex = { bySurname: new Map(), byFirstName: new Map(), bySpelling: new Map(), byUmlaut: new Map() };
  const push = (map: Map<string, PersonSeed[]>, key: string, seed: PersonSeed) => {
    const list = map.get(key) ?? [];
    if (!list.includes(seed)) list.push(seed);
    map.set(key, list);
  };
  for (const seed of seeds) {
    // "James P. Kennedy Jr." is "Kennedy" for short.
    const words =
      seed.words.length > 2 && GENERATION_SUFFIXES.has(seed.words[seed.words.length - 1] ?? '')
        ? seed.words.slice(0, -1)
        : seed.words;
    const last = words[words.length - 1] ?? '';
    push(index.bySurname, bareSurname(last), seed);
    const spelling = transliterationKey(bareSurname(last));
    if (spelling) push(index.bySpelling, spelling, seed);
    push(index.byUmlaut, withoutUmlautSpelling(bareSurname(last)), seed);
    // "Waller-Bridge" alone is the surname of "Phoebe Waller-Bridge": its key has two words.
    if (words.length >= 3) push(index.bySurname, words.slice(-2).join(' '), seed);
    push(index.byFirstName, seed.words[0] ?? '', seed);
  }
  return index;
}

/** The gender a noun or an honorific before one of the seed's names gave it ("his daughter Ivanka Trump", "Sir Keir"). */
function genderOfSeed(seed: PersonSeed): Gender | undefined {
  const said = seed.cluster.mentions.find((m) => m.gender)?.gender;
  if (said) return said;
  // "Sir Keir Starmer" is no "Lady Starmer".
  for (const m of seed.cluster.mentions) {
    const gender = m.honorific ? genderOfHonorific(m.honorific) : undefined;
    if (gender) return gender;
  }
  return undefined;
}

/** The person a lone word names: by surname first ("Claude" is Georges Claude, not Claude Debussy), then by first name. */
function findSeed(seeds: SeedIndex, word: string, mention: Mention): PersonSeed | undefined {
  const bySurname = seeds.bySurname.get(bareSurname(word)) ?? [];
  const byFirstName = seeds.byFirstName.get(word) ?? [];
  const spelling = transliterationKey(bareSurname(word));
  const written = withoutUmlautSpelling(bareSurname(word));
  const bySpelling =
    (spelling && seeds.bySpelling.get(spelling)) ||
    (written !== bareSurname(word) && seeds.byUmlaut.get(written)) ||
    [];
  // "Mr. Trump" is no "Ivanka Trump": an honorific that says the other gender than the given name.
  const gender = mention.honorific ? genderOfHonorific(mention.honorific) : undefined;
  const fits = (seed: PersonSeed) =>
    !gender || (genderOfFirstName(seed.words[0] ?? '') ?? genderOfSeed(seed) ?? gender) === gender;
  const candidates = (bySurname.length > 0 ? bySurname : byFirstName.length > 0 ? byFirstName : bySpelling).filter(
    fits,
  );
  if (candidates.length <= 1) return candidates[0];
  // Two people share the name ("Fiona Parry", "Eloise Parry"): the one named last.
  return [...candidates].sort(
    (a, b) => lastMentionBefore(b.cluster, mention) - lastMentionBefore(a.cluster, mention),
  )[0];
}

// Company-form words a name may drop: "Alibaba Group" is also "Alibaba", "Whole Foods Market" "Whole Foods".
const COMPANY_FORMS = new Set([
  'group',
  'inc',
  'co',
  'corp',
  'company',
  'corporation',
  'ltd',
  'holdings',
  'plc',
  'llc',
  'ag',
  'sa',
  'market',
  // Investment firms go by their first words: "Alden Global Capital" is "Alden".
  'capital',
  'global',
  'partners',
  'investment',
  'investments',
  'management',
]);

const NAMED_INSTITUTION_HEADS = new Set([
  'hospital',
  'university',
  'college',
  'institute',
  'school',
  'center',
  'centre',
]);

function withoutCompanyForm(name: string): string {
  const words = name.split(/\s+/);
  return COMPANY_FORMS.has(nameKey(words[words.length - 1] ?? '')) ? words.slice(0, -1).join(' ') : name;
}

/** "California Independent System Operator" is the state's ISO: the place in front has no letter of the acronym. */
function withoutLeadingPlace(name: string): string {
  const words = name.split(/\s+/);
  const place = [2, 1].find((n) => words.length > n + 1 && isPlaceName(nameKey(words.slice(0, n).join(' '))));
  return place ? words.slice(place).join(' ') : name;
}

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2
    ? words
        .map((w) => w[0])
        .join('')
        .toLowerCase()
    : '';
}

/** A web site's address: "Snopes.com" is the site Snopes. */
const WEB_ADDRESS = /\.(?:com|net|org|io|co\.uk)$/i;

/** "Amazon.com Inc.": a site's address before a company form is the company's name too. */
const WEB_ADDRESS_BEFORE_FORM = /\.(?:com|net|org|io|co\.uk)(?=\s+\p{Lu})/iu;

/** The key of a name that a person's name or a site's address may be. */
function singleKey(surface: string): string {
  return WEB_ADDRESS.test(surface) ? nameKey(surface.replace(WEB_ADDRESS, '')) : personWords(surface).join(' ');
}

/** Whether a name is a web site's address, so a site and not a person when it speaks. */
export function isWebAddress(name: string): boolean {
  return WEB_ADDRESS.test(name);
}

/**
 * What an organisation's names share: "Alibaba Group" is also "Alibaba", "the Ennahda party"
 * "Ennahda", "Snopes.com" "Snopes".
 */
const DEPARTMENT_HEADS = new Set(['department', 'ministry']);

function organizationStem(name: string): string {
  // "Fauna & Flora International" is "Fauna and Flora International".
  let words = nameKey(
    name.replace(WEB_ADDRESS, '').replace(WEB_ADDRESS_BEFORE_FORM, '').replace(/\s&\s/g, ' and '),
  ).split(' ');
  // "Republicans" and "House Republicans" are the "Republican Party".
  const party = PARTY_MEMBER_PLURALS.get(words[words.length - 1] ?? '');
  if (party && words.slice(0, -1).every((w) => LEGISLATIVE_CHAMBERS.has(w))) return party;
  // "the GOP" is the Republican Party.
  if (words.length === 1 && words[0] === 'gop') return PARTY_MEMBER_WORDS.get('gop') as string;
  // "the Department of Justice" is the "Justice Department", however the text writes it.
  const head = words[0] ?? '';
  if (DEPARTMENT_HEADS.has(head) && words[1] === 'of' && words.length <= 4) {
    const field = words.slice(words[2] === 'the' ? 3 : 2);
    if (field.length > 0) words = [...field, head];
  }
  while (
    words.length > 1 &&
    (COMPANY_FORMS.has(words[words.length - 1] ?? '') || TRAILING_ORGANIZATION_HEADS.has(words[words.length - 1] ?? ''))
  )
    words.pop();
  return words.join(' ');
}

function attachSingle(
  clusters: Clusters,
  seeds: SeedIndex,
  organizationsByStem: Map<string, PartyCluster>,
  knownSurnames: Map<string, RegistryParty>,
  mention: Mention,
): void {
  const word = singleKey(mention.surface);
  const seed = word ? findSeed(seeds, word, mention) : undefined;
  if (seed) {
    clusters.attach(seed.cluster, { ...mention, kind: 'person' });
    clusters.clusterOf.set(mention, seed.cluster);
    return;
  }
  // "President Obama" is no "Obama administration": a title says a person.
  const organization = mention.kind === 'person' && mention.titled ? undefined : organizationsByStem.get(word);
  if (organization) {
    clusters.attach(organization, mention);
    return;
  }
  if (mention.organizationUnlessPerson) {
    clusters.add(`organization:${word}`, mention.surface, 'organization', { ...mention, kind: 'organization' });
    return;
  }
  const known = knownSurnames.get(word);
  if (known) {
    clusters.add(`registry:${known.id}`, known.name, known.kind, mention).registryId = known.id;
    return;
  }
  // A lone word that may be a common word stays unknown: it shows only if it speaks.
  const kind = mention.kind === 'person' && !mention.weak ? 'person' : 'unknown';
  const cluster = clusters.add(`${kind}:${word}`, mention.surface, kind, mention);
  // Known by a title and one word only ("Dr. Feel"): the title is part of the name.
  if (mention.honorific && cluster.name === mention.surface) cluster.name = `${mention.honorific} ${mention.surface}`;
}

/** Marks clusters that are registry parties (by name or alias) and takes the registry's name. */
function linkRegistry(clusters: PartyCluster[], registry: readonly RegistryParty[]): void {
  for (const cluster of clusters) {
    if (cluster.registryId) continue;
    const names = [cluster.name, ...cluster.mentions.map((m) => m.surface)];
    const match = registry.find((party) => names.some((name) => partyMatchScore(party, name) === 3));
    if (match) {
      cluster.registryId = match.id;
      cluster.name = match.name;
      if (cluster.kind === 'unknown') cluster.kind = match.kind;
    }
  }
}
