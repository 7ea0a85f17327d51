import type { Candidate } from './text-quote';

/**
 * When a candidate is good enough to show a highlight. A wrong highlight is worse than an
 * orphan (the user trusts it), so the rules ask for independent evidence: text that is not
 * where it was recorded must have surroundings that agree with the stored prefix/suffix.
 *
 * Calibration: on real pages (Wikipedia, LWN, heise), the similarity of a 32-character
 * context to the text next to an unrelated spot has median ≈0.22, 99th percentile ≈0.38
 * and 99.9th ≈0.5. AGREES sits above that noise; STRONG means "clearly the same context".
 */
export const CONTEXT_AGREES = 0.6;
export const CONTEXT_STRONG = 0.8;

/** Quotes shorter than this (a name, a number) recur by chance, so they need more context. */
export const SHORT_QUOTE = 20;
/** An exact copy of a quote this long is the same passage even where its context changed. */
export const DISTINCTIVE_QUOTE = 48;
/** Below this length an edit changes the meaning too much to call it the same quote. */
export const MIN_FUZZY_QUOTE = 4;

/** Share of the quote that may be edited with ordinary context agreement ("a changed word"). */
export const EDIT_RATIO = 0.1;
/** Share that may be edited when both sides of the context agree strongly. */
export const EDIT_RATIO_STRONG_CONTEXT = 0.2;

/** Acceptance verdict: `weak` candidates are used only when nothing better turns up. */
export type Verdict = 'accept' | 'weak' | 'reject';

function contextConvinces(candidate: Candidate, quoteLength: number): boolean {
  const { mean, prefix, suffix } = candidate.fit;
  if (mean === null || mean < CONTEXT_AGREES) return false;
  if (quoteLength >= SHORT_QUOTE) return true;
  // A short quote needs one side to match nearly unchanged, not two half-matching sides.
  return Math.max(prefix ?? 0, suffix ?? 0) >= CONTEXT_STRONG;
}

/** Verdict on an exact occurrence of the quote away from its recorded position. */
export function judgeExact(candidate: Candidate, quoteLength: number): Verdict {
  if (candidate.fit.mean === null) return 'accept';
  if (contextConvinces(candidate, quoteLength)) return 'accept';
  return quoteLength >= DISTINCTIVE_QUOTE ? 'weak' : 'reject';
}

/** Most edits a fuzzy search for a quote of this length should look for. */
export function maxFuzzyErrors(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_QUOTE) return 0;
  const ratio = quoteLength >= SHORT_QUOTE ? EDIT_RATIO_STRONG_CONTEXT : EDIT_RATIO;
  return Math.max(1, Math.floor(quoteLength * ratio));
}

/** Verdict on an approximate match (`candidate.errors` edits away from the quote). */
export function judgeFuzzy(candidate: Candidate, quoteLength: number): Verdict {
  if (quoteLength < MIN_FUZZY_QUOTE || candidate.errors > maxFuzzyErrors(quoteLength)) {
    return 'reject';
  }
  const { mean, min } = candidate.fit;
  if (mean === null || min === null) {
    // Nothing to confirm the place with: only a long, nearly unchanged quote will do.
    const nearlyUnchanged = candidate.errors <= quoteLength * (EDIT_RATIO / 2);
    return quoteLength >= DISTINCTIVE_QUOTE && nearlyUnchanged ? 'accept' : 'reject';
  }
  if (quoteLength < SHORT_QUOTE) {
    // One edit in a short quote is a large change: both sides must still be there.
    return mean >= CONTEXT_STRONG && min >= CONTEXT_AGREES ? 'accept' : 'reject';
  }
  if (candidate.errors <= Math.floor(quoteLength * EDIT_RATIO)) {
    // A long passage with a word changed and one side of its context intact is the same
    // passage even when the other side was rewritten (a sentence inserted right after it).
    const oneSideIntact =
      quoteLength >= DISTINCTIVE_QUOTE &&
      Math.max(candidate.fit.prefix ?? 0, candidate.fit.suffix ?? 0) >= CONTEXT_STRONG;
    return oneSideIntact || contextConvinces(candidate, quoteLength) ? 'accept' : 'reject';
  }
  return min >= CONTEXT_STRONG ? 'accept' : 'reject';
}
