import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors';
import { expandToCharacters, trimSpaces } from './boundaries';
import { rangeToOffsets, type TextIndex } from './text-index';
import { DEFAULT_CONTEXT_LENGTH, quoteAt } from './text-quote';

/** Both selectors the annotation model stores for a passage. */
export interface RangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * The selectors for [start, end) of the index's text, trimmed of surrounding spaces and
 * widened to whole characters; null when nothing but whitespace is left.
 */
export function describeOffsets(
  index: TextIndex,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): RangeDescription | null {
  const { text } = index;
  const whole = expandToCharacters(text, start, end);
  const span = trimSpaces(text, whole.start, whole.end);
  if (span.end <= span.start) return null;
  return {
    quote: quoteAt(text, span.start, span.end, contextLength),
    position: { type: 'TextPositionSelector', start: span.start, end: span.end },
  };
}

/** The selectors for a DOM range (a user's selection); null for empty or blank selections. */
export function describeRange(
  index: TextIndex,
  range: AbstractRange,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): RangeDescription | null {
  const offsets = rangeToOffsets(index, range);
  if (!offsets) return null;
  return describeOffsets(index, offsets.start, offsets.end, contextLength);
}
