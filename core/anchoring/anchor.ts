import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors';
import { locateQuote } from './locate';
import { offsetsToRange, type TextIndex } from './text-index';
import { foldTypography } from './typography';

/** What to anchor: an annotation's id and its stored selectors. */
export interface AnchorTarget {
  id: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where a target was found (a live Range for painting), or that it was not. */
export type AnchorResult =
  | { id: string; state: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; range: Range }
  | { id: string; state: 'orphan' };

/** Folded text per index, so re-anchoring the same page does not fold it again. */
const foldedTexts = new WeakMap<TextIndex, string>();

function foldedTextOf(index: TextIndex): string {
  let folded = foldedTexts.get(index);
  if (folded === undefined) {
    folded = foldTypography(index.text);
    foldedTexts.set(index, folded);
  }
  return folded;
}

/**
 * Anchors a batch of targets on one indexed page; results come back in input order.
 * Targets are visited in page order so that each can be looked for first where the ones
 * before it turned out to have moved (text added or removed higher up shifts them alike).
 */
export function anchorTargets(index: TextIndex, targets: readonly AnchorTarget[]): AnchorResult[] {
  const order = targets
    .map((target, i) => ({ target, i }))
    .sort((a, b) => a.target.position.start - b.target.position.start);
  const results = new Array<AnchorResult>(targets.length);
  const foldedText = (): string => foldedTextOf(index);
  let shift = 0;
  for (const { target, i } of order) {
    const found = locateQuote(index.text, target.quote, target.position, { shift, foldedText });
    if (!found) {
      results[i] = { id: target.id, state: 'orphan' };
      continue;
    }
    shift = found.start - target.position.start;
    results[i] = { id: target.id, ...found, range: offsetsToRange(index, found.start, found.end) };
  }
  return results;
}
