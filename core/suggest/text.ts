/** One word or punctuation mark of the article text, with its place in that text. */
export interface Token {
  /** The characters as they appear in the article. */
  text: string;
  start: number;
  end: number;
  /** Lower case, look-alike letters folded to Latin, possessive ending removed. */
  norm: string;
  isWord: boolean;
  /** First letter is upper case ("Kerry", "U.S.", "al-Assad" counts through its particle). */
  capitalised: boolean;
  /** Ends in 's or ’s on a word that is not a contraction ("Kerry's", not "it's"). */
  possessive: boolean;
}

// Cyrillic and Greek letters that look like Latin ones. Pages (and propaganda) sometimes
// mix them into Latin words ("Мoscow" with a Cyrillic М); folded, the word is recognised.
const LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** A word with stray Cyrillic or Greek look-alikes written in Latin, when it is otherwise Latin. */
export function foldLookAlikes(word: string): string {
  if (!/[A-Za-z]/.test(word) || !LOOK_ALIKE_PATTERN.test(word)) return word;
  LOOK_ALIKE_PATTERN.lastIndex = 0;
  return word.replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKES[c] ?? c);
}

/** Particles that start a surname in lower case but belong to a capitalised name ("al-Assad"). */
const NAME_PARTICLE = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|de|da|di|du|del|della|van|von|der|den|le|la|dos|das|ben)[-‘’']\p{Lu}/u;

const CONTRACTIONS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'let', 'here', 'where']);
// "I’d", "we’re", "let’s": a pronoun, whatever its capital says.
const PRONOUN_CONTRACTION = /^(i|we|you|he|she|they|it|let)['’](d|m|ve|ll|re|s)$/i;

// Numbers keep their inner separators (6,000 and 1.8.3 are one token); dotted initialisms
// keep their dots (U.S.); words keep inner apostrophes, hyphens and dots (Nyong'o,
// al-Assad, Snopes.com). Any other visible character is a token of its own, "..." one.
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*\p{L}*|(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.{3}|-{2}|\S/gu;

/** Splits article text into tokens, keeping each token's offsets in the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const isWord = /[\p{L}\p{N}]/u.test(raw[0] ?? '');
    let base = foldLookAlikes(raw);
    let possessive = false;
    const pronoun = isWord ? PRONOUN_CONTRACTION.exec(base) : null;
    if (pronoun?.[1]) {
      const word = pronoun[1].toLowerCase();
      tokens.push({ text: raw, start, end: start + raw.length, norm: word === 'let' ? 'we' : word, isWord, capitalised: false, possessive: false });
      continue;
    }
    if (isWord) {
      const ending = /^(.+?)['’]s$/u.exec(base);
      if (ending?.[1] && !CONTRACTIONS.has(ending[1].toLowerCase())) {
        base = ending[1];
        possessive = true;
      }
    }
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      norm: base.toLowerCase(),
      isWord,
      capitalised: isWord && (/^\p{Lu}/u.test(base) || NAME_PARTICLE.test(base)),
      possessive,
    });
  }
  return tokens;
}

/**
 * The key two spellings of a name share: accents, case, look-alikes, punctuation and a
 * possessive ending do not count ("Мoscow’s" and "moscow" meet).
 */
export function nameKey(name: string): string {
  return foldLookAlikes(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text with every run of white space made one space, as quotes are compared. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const OPENING_QUOTES = new Set(['“', '„', '«']);
export const CLOSING_QUOTES = new Set(['”', '»']);
export const STRAIGHT_QUOTE = '"';
