import { describe, expect, it } from 'vitest';
import {
  boundaryAtOrAfter,
  boundaryAtOrBefore,
  expandToCharacters,
  trimSpaces,
} from '../../../core/anchoring/boundaries';

describe('character boundaries', () => {
  const text = 'a😀b'; // the emoji is two code units, at 1 and 2

  it('never stops inside a surrogate pair', () => {
    expect(boundaryAtOrBefore(text, 2)).toBe(1);
    expect(boundaryAtOrAfter(text, 2)).toBe(3);
    expect(boundaryAtOrBefore(text, 3)).toBe(3);
  });

  it('keeps combining accents with their letter', () => {
    const nfd = 'cafe\u0301s';
    expect(boundaryAtOrBefore(nfd, 4)).toBe(3);
    expect(boundaryAtOrAfter(nfd, 4)).toBe(5);
  });

  it('keeps emoji sequences joined by ZWJ, skin tones and variation selectors whole', () => {
    const family = 'x👩\u200d👧y';
    expect(boundaryAtOrAfter(family, 3)).toBe(family.length - 1);
    const thumb = 'x👍🏽y';
    expect(boundaryAtOrBefore(thumb, 3)).toBe(1);
    const heart = 'x❤\ufe0fy';
    expect(boundaryAtOrAfter(heart, 2)).toBe(3);
  });

  it('clamps offsets to the text', () => {
    expect(boundaryAtOrBefore(text, -3)).toBe(0);
    expect(boundaryAtOrAfter(text, 99)).toBe(text.length);
  });

  it('widens a span to whole characters', () => {
    expect(expandToCharacters(text, 2, 2)).toEqual({ start: 1, end: 3 });
    expect(expandToCharacters('abc', 1, 2)).toEqual({ start: 1, end: 2 });
  });

  it('trims spaces from both ends of a span', () => {
    expect(trimSpaces('  ab  ', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimSpaces('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
