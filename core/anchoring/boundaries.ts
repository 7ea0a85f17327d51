/**
 * Where a quote may start or end inside a string. Offsets are UTF-16 code units (what
 * JavaScript strings and DOM ranges count), but a highlight must never cut a character in
 * two: not a surrogate pair (emoji, rare CJK), not a letter from its combining accents, not
 * an emoji sequence joined with ZWJ or followed by a variation selector or skin tone.
 */

const COMBINING = /^[\p{M}\u200d\p{Emoji_Modifier}]/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True when `offset` falls strictly inside a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** True when the character starting at `offset` only makes sense attached to the one before. */
function attachesToPrevious(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  if (text.charCodeAt(offset - 1) === 0x200d) return true;
  return COMBINING.test(text.slice(offset, offset + 2));
}

function isBoundary(text: string, offset: number): boolean {
  return !splitsPair(text, offset) && !attachesToPrevious(text, offset);
}

/** Moves `offset` back until it sits between two whole characters. */
export function boundaryAtOrBefore(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && !isBoundary(text, at)) at -= 1;
  return at;
}

/** Moves `offset` forward until it sits between two whole characters. */
export function boundaryAtOrAfter(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at < text.length && !isBoundary(text, at)) at += 1;
  return at;
}

/** Widens [start, end) so that it covers whole characters only. */
export function expandToCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const s = boundaryAtOrBefore(text, start);
  return { start: s, end: Math.max(s, boundaryAtOrAfter(text, end)) };
}

/** Narrows [start, end) past the spaces at either end (normalised text only has U+0020). */
export function trimSpaces(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) === 0x20) s += 1;
  while (e > s && text.charCodeAt(e - 1) === 0x20) e -= 1;
  return { start: s, end: e };
}
