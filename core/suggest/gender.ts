import { genderOfWordName, tagsOf } from './lexicon';
import type { PartyCluster } from './parties';
import { nameKey, type Token } from './text';

export type Gender = 'male' | 'female';

const TITLE_GENDER = new Map<string, Gender>([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['lady', 'female'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['sir', 'male'],
  // Royal titles, which stay part of the name: "Prince Harry", "Queen Camilla".
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['duke', 'male'],
  ['duchess', 'female'],
]);

/** Kin and other nouns that say a man or a woman: "his daughter Ivanka Trump", "the actress says". */
const NOUN_GENDER = new Map<string, Gender>([
  ['son', 'male'],
  ['daughter', 'female'],
  ['husband', 'male'],
  ['wife', 'female'],
  ['father', 'male'],
  ['mother', 'female'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['grandson', 'male'],
  ['granddaughter', 'female'],
  ['nephew', 'male'],
  ['niece', 'female'],
  ['uncle', 'male'],
  ['aunt', 'female'],
  ['boyfriend', 'male'],
  ['girlfriend', 'female'],
  ['widower', 'male'],
  ['widow', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['actor', 'male'],
  ['actress', 'female'],
]);

/** The gender a noun before a name says ("daughter"), if it says one. */
export function genderOfNoun(word: string): Gender | undefined {
  return NOUN_GENDER.get(word);
}

/** The gender an honorific as written says ("Mr.", "Ms."), if it says one. */
export function genderOfHonorific(honorific: string): Gender | undefined {
  return TITLE_GENDER.get(honorific.replace(/\.$/, '').toLowerCase());
}

export function genderOfFirstName(word: string): Gender | undefined {
  const named = genderOfWordName(word);
  if (named) return named;
  const tags = tagsOf(word);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? undefined : male ? 'male' : 'female';
}

function titleBefore(tokens: readonly Token[], first: number): Gender | undefined {
  const before = tokens[first - 1];
  const title = before?.text === '.' ? tokens[first - 2] : before;
  return title ? TITLE_GENDER.get(title.norm) : undefined;
}

/**
 * A person's gender as the text gives it, for "he" and "she": the first name the lexicon
 * knows as a man's or a woman's ("Maria Santos"), "Mr."/"Ms." or a kinship word ("her
 * brother") before the name. Unknown when the text says nothing or says both.
 */
export function genderOf(cluster: PartyCluster, tokens: readonly Token[]): Gender | undefined {
  const seen = new Set<Gender>();
  for (const m of cluster.mentions) {
    const words = nameKey(m.surface).split(' ');
    const fromName = words.length > 1 ? genderOfFirstName(words[0] as string) : undefined;
    // "Prince Harry": a title the name itself opens on.
    const fromTitle =
      titleBefore(tokens, m.first) ?? (words.length > 1 ? TITLE_GENDER.get(words[0] as string) : undefined);
    // "her brother Jack", "his wife Meghan": a kinship word right before the name.
    const before = tokens[m.first - 1];
    const fromKin = before?.lowercase ? NOUN_GENDER.get(before.norm) : undefined;
    if (fromName) seen.add(fromName);
    if (fromTitle) seen.add(fromTitle);
    if (fromKin) seen.add(fromKin);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
