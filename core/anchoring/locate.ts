import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors';
import { judgeExact } from './acceptance';
import { contextIsIdentical } from './context';
import { fuzzyMatchQuote } from './fuzzy-match';
import { bestCandidate, exactOccurrences, type Candidate } from './text-quote';
import { foldTypography } from './typography';

/** Where a quote was found and how (see ANCHOR_STATES in core/model/annotation.ts). */
export interface Located {
  state: 'exact' | 'moved' | 'fuzzy';
  start: number;
  end: number;
}

export interface LocateOptions {
  /**
   * How far passages before this one were found from their recorded positions: the page
   * probably gained or lost that much text above, so look there first.
   */
  shift?: number;
  /** foldTypography(text), computed on demand and kept by the caller for the next quote. */
  foldedText?: () => string;
}

function at(state: Located['state'], candidate: { start: number; end: number }): Located {
  return { state, start: candidate.start, end: candidate.end };
}

/**
 * Finds a quote in (a possibly edited version of) the text it was taken from, in order:
 * the exact quote at its recorded position ('exact'); the exact quote elsewhere, where its
 * context and position fit best ('moved'); an approximate match whose context confirms it
 * ('fuzzy'). Null when none is convincing (the passage is an orphan).
 */
export function locateQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  options: LocateOptions = {},
): Located | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) return null;
  const recorded = position.start;
  const expected = Math.max(0, Math.min(text.length, recorded + (options.shift ?? 0)));

  // Fast paths: the quote and its whole context unchanged, where it was or where the
  // passages before it moved to. This is the usual case and costs two string compares.
  for (const start of [recorded, expected]) {
    const end = start + exact.length;
    if (text.startsWith(exact, start) && contextIsIdentical(text, start, end, prefix, suffix)) {
      return { state: start === recorded ? 'exact' : 'moved', start, end };
    }
  }

  let foldedCache: string | undefined;
  const folded = (): string => (foldedCache ??= options.foldedText ? options.foldedText() : foldTypography(text));

  let fallback: Candidate | null = null;
  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length > 0) {
    const spans = occurrences.map((start) => ({ start, end: start + exact.length, errors: 0 }));
    const best = bestCandidate(folded(), spans, foldTypography(prefix), foldTypography(suffix), expected);
    if (best) {
      const verdict = judgeExact(best, exact.length);
      const state = best.start === recorded ? 'exact' : 'moved';
      if (verdict === 'accept') return at(state, best);
      if (verdict === 'weak') fallback = best;
    }
  }

  const fuzzy = fuzzyMatchQuote(text, quote, expected, { foldedText: folded() });
  if (fuzzy) return at('fuzzy', fuzzy);
  if (fallback) return at(fallback.start === recorded ? 'exact' : 'moved', fallback);
  return null;
}
