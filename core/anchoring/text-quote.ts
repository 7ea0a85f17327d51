import type { TextQuoteSelector } from '../model/selectors';
import { boundaryAtOrAfter, boundaryAtOrBefore } from './boundaries';
import { contextFit, type ContextFit } from './context';

/** How much context either side of a quote is stored (the W3C model leaves it to us). */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * The TextQuoteSelector for [start, end) of `text`: the exact text and up to
 * `contextLength` code units either side, never ending inside a character.
 */
export function quoteAt(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): TextQuoteSelector {
  const prefixStart = boundaryAtOrAfter(text, Math.max(0, start - contextLength));
  const suffixEnd = boundaryAtOrBefore(text, Math.min(text.length, end + contextLength));
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.min(prefixStart, start), start),
    suffix: text.slice(end, Math.max(end, suffixEnd)),
  };
}

/** Start offsets of every occurrence of `exact` in `text`, overlapping ones included. */
export function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** A place where a quote may be, with how well its surroundings agree. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and the text at this place (0 for an exact occurrence). */
  errors: number;
  fit: ContextFit;
}

/**
 * Weight of closeness to the expected position. Small on purpose: it only decides between
 * places whose context agrees equally well, such as a passage the page repeats.
 */
const PROXIMITY_WEIGHT = 0.02;

function rank(candidate: Candidate, hint: number): number {
  const closeness = 1 / (1 + Math.abs(candidate.start - hint) / 256);
  const editedShare = candidate.errors / Math.max(1, candidate.end - candidate.start);
  return (candidate.fit.mean ?? 0) - editedShare + PROXIMITY_WEIGHT * closeness;
}

/**
 * The candidate whose context and text, then position, fit best. `contextText` is the text to read
 * context from (the same text, or its typography-folded copy with the same offsets).
 */
export function bestCandidate(
  contextText: string,
  spans: readonly { start: number; end: number; errors: number }[],
  prefix: string,
  suffix: string,
  hint: number,
): Candidate | null {
  let best: Candidate | null = null;
  let bestRank = -Infinity;
  for (const span of spans) {
    const candidate = { ...span, fit: contextFit(contextText, span.start, span.end, prefix, suffix) };
    const r = rank(candidate, hint);
    if (r > bestRank) {
      best = candidate;
      bestRank = r;
    }
  }
  return best;
}
