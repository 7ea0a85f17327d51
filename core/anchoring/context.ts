/**
 * How well the text around a candidate match agrees with a quote's stored prefix and suffix.
 * This is the main evidence that a candidate is the annotated passage and not a look-alike.
 */

/** Extra text read on the far side of the context, so an inserted word only costs its length. */
const SLACK = 8;

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance between `expected` and the best-matching stretch of text that starts right
 * at the quote and runs away from it (`step` +1 reads forward from `from`, -1 backward from
 * `from - 1`). Anchoring at the quote end matters: the context must touch the candidate.
 */
function anchoredDistance(text: string, from: number, step: 1 | -1, expected: string): number {
  const m = expected.length;
  const available = step === 1 ? text.length - from : from;
  const n = Math.max(0, Math.min(available, m + SLACK));
  if (rowA.length < n + 1) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    const p = step === 1 ? expected.charCodeAt(i - 1) : expected.charCodeAt(m - i);
    cur[0] = i;
    for (let j = 1; j <= n; j += 1) {
      const t = step === 1 ? text.charCodeAt(from + j - 1) : text.charCodeAt(from - j);
      const substitute = (prev[j - 1] as number) + (p === t ? 0 : 1);
      const insert = (cur[j - 1] as number) + 1;
      const remove = (prev[j] as number) + 1;
      cur[j] = Math.min(substitute, insert, remove);
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = prev[0] as number;
  for (let j = 1; j <= n; j += 1) best = Math.min(best, prev[j] as number);
  return best;
}

/**
 * Similarity in [0, 1] between `prefix` and the text just before `start`; null when there
 * is no stored prefix to compare (nothing to learn from it).
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number | null {
  if (prefix.length === 0) return null;
  return 1 - anchoredDistance(text, start, -1, prefix) / prefix.length;
}

/** Similarity in [0, 1] between `suffix` and the text just after `end`; null without suffix. */
export function suffixSimilarity(text: string, end: number, suffix: string): number | null {
  if (suffix.length === 0) return null;
  return 1 - anchoredDistance(text, end, 1, suffix) / suffix.length;
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
export function contextFit(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): ContextFit {
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
export function contextIsIdentical(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): boolean {
  return (
    start >= prefix.length &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  );
}
