/**
 * How well the text around a candidate match agrees with a quote's stored prefix and suffix.
 * This is the main evidence that a candidate is the annotated passage and not a look-alike.
 */

/** Extra text read on the far side of the context, so an inserted word only costs its length. */
const SLACK = 8;

/**
 * Context compared, at most: the characters nearest the quote carry the evidence, and this
 * many fit the 32-bit words of the bit-parallel distance below.
 */
export const COMPARED_CONTEXT = 32;

/** Bit masks of where each UTF-16 code unit occurs in the pattern; reset after each use. */
const occurrences = new Int32Array(65536);

/**
 * Edit distance between `expected` (at most 32 code units) and the best-matching stretch of
 * text that starts right at the quote and runs away from it: `step` +1 reads forward from
 * `from`, -1 backward from `from - 1`, with `expected` read in the same direction. Anchoring
 * at the quote matters: the context must touch the candidate. Computed with Myers'
 * bit-vector algorithm in Hyyrö's edit-distance form (the top row grows by one per text
 * character, unlike a search), keeping the best score over every text length.
 */
function anchoredDistance(text: string, from: number, step: 1 | -1, expected: string): number {
  const m = expected.length;
  const code = (i: number): number => (step === 1 ? expected.charCodeAt(i) : expected.charCodeAt(m - 1 - i));
  for (let i = 0; i < m; i += 1) {
    const c = code(i);
    occurrences[c] = (occurrences[c] as number) | (1 << i);
  }
  const available = step === 1 ? text.length - from : from;
  const n = Math.max(0, Math.min(available, m + SLACK));
  const last = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j += 1) {
    const eq = occurrences[text.charCodeAt(step === 1 ? from + j : from - 1 - j)] as number;
    const xv = eq | vn;
    const xh = (((eq & vp) + vp) ^ vp) | eq;
    let hp = vn | ~(xh | vp);
    let hn = vp & xh;
    if (hp & last) score += 1;
    else if (hn & last) score -= 1;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(xv | hp);
    vn = hp & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i += 1) occurrences[code(i)] = 0;
  return best;
}

/**
 * Similarity in [0, 1] between `prefix` (its last 32 code units) and the text just before
 * `start`; null when there is no stored prefix to compare (nothing to learn from it).
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number | null {
  if (prefix.length === 0) return null;
  const near = prefix.slice(-COMPARED_CONTEXT);
  return 1 - anchoredDistance(text, start, -1, near) / near.length;
}

/** Similarity in [0, 1] between `suffix` (its first 32) and the text after `end`; null without. */
export function suffixSimilarity(text: string, end: number, suffix: string): number | null {
  if (suffix.length === 0) return null;
  const near = suffix.slice(0, COMPARED_CONTEXT);
  return 1 - anchoredDistance(text, end, 1, near) / near.length;
}

/** Context agreement of one candidate, side by side and combined. */
export interface ContextFit {
  prefix: number | null;
  suffix: number | null;
  /** Mean of the known sides; null when the quote has no stored context at all. */
  mean: number | null;
  /** The weaker known side; null when there is no context. */
  min: number | null;
}

/** How well the text around [start, end) agrees with the stored prefix and suffix. */
export function contextFit(text: string, start: number, end: number, prefix: string, suffix: string): ContextFit {
  const p = prefixSimilarity(text, start, prefix);
  const s = suffixSimilarity(text, end, suffix);
  const known = [p, s].filter((x): x is number => x !== null);
  if (known.length === 0) return { prefix: p, suffix: s, mean: null, min: null };
  return {
    prefix: p,
    suffix: s,
    mean: known.reduce((a, b) => a + b, 0) / known.length,
    min: Math.min(...known),
  };
}

/** True when the stored context sits unchanged right next to [start, end). */
export function contextIsIdentical(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
}
