/** A person's name as citation formats take it. */
export interface PersonName {
  given: string;
  family: string;
}

/** "By", in the languages whose bylines Readability most often hands us. */
const LEADING_BY = /^(?:by|von|par|por|di|door|av|af|от|بقلم|作者[:：]?)\s+/iu;

/** Separators between authors: commas, semicolons, ampersands, and the word "and" in a few languages. */
const SEPARATORS = /\s*(?:[,;&|/·•]|\s(?:and|und|et|y|e|en|och|og|и|و)\s)\s*/iu;

/** Words that mark a byline part as a desk, an agency or a job title rather than a person. */
const NOT_A_PERSON =
  /\b(?:staff|reporters?|writers?|editors?|editorial|desk|news|newsroom|agency|agencies|press|associated|wire|correspondents?|bureau|team|service|media|contributors?|updated|published|photos?|video|reuters|afp|ap|dpa|bbc|cnn)\b|\d|@|https?:/iu;

/** Lowercase words allowed inside a name ("Ludwig van Beethoven", "Bashar al-Assad"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ter',
  'ten',
  'y',
]);

/**
 * The people a byline names, or none when it names a newsroom ("By Reuters Staff") or
 * reads like anything but names. Citations are better with no author than a wrong one, so
 * any doubtful part is left out rather than guessed.
 */
export function peopleInByline(byline: string): PersonName[] {
  const text = byline.normalize('NFC').replace(/\s+/g, ' ').trim().replace(LEADING_BY, '');
  if (!text) return [];
  const names: PersonName[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = personName(part.trim());
    if (name) names.push(name);
  }
  return names;
}

function personName(part: string): PersonName | undefined {
  if (!part || NOT_A_PERSON.test(part)) return undefined;
  const words = part.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  if (!words.every((w) => looksLikeNameWord(w))) return undefined;
  const family = words.at(-1)!;
  return { given: words.slice(0, -1).join(' '), family };
}

function looksLikeNameWord(word: string): boolean {
  if (PARTICLES.has(word.toLowerCase()) && /^\p{Ll}/u.test(word)) return true;
  // A particle joined to the name: "al-Assad", "d'Alembert".
  if (/^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(word)) return true;
  // A capital letter, or a letter of a script without case (Arabic, Chinese, …), then
  // letters, marks, apostrophes, hyphens or an initial's full stop.
  return /^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]*$/u.test(word);
}
