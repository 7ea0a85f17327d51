/**
 * Letters Unicode decomposition leaves whole, though readers type them without their
 * marks: "Łódź" is searched as "lodz", "Straße" as "strasse".
 */
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const ASCII = /^[\x00-\x7f]*$/;
const UNDECOMPOSED_PATTERN = /[ßæœøłđðþı]/g;

/** Text as search compares it: compatibility forms unified, marks dropped, lower case. */
export function foldText(text: string): string {
  // Plain ASCII, most of an English library, has nothing to decompose.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter]!);
}

/**
 * Words of a text, folded. Chinese and Japanese are written without spaces between
 * words, so each of their characters counts as a word: a query of several characters
 * then finds texts holding all of them.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const UNSPACED_RUNS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

export function words(text: string): string[] {
  const found = foldText(text).match(WORD);
  if (!found) return [];
  if (!found.some((word) => UNSPACED.test(word))) return found;
  return found.flatMap((word) => (UNSPACED.test(word) ? word.match(UNSPACED_RUNS)! : [word]));
}
