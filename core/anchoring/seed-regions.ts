/**
 * Where in a long text an approximate match of a pattern can be, found cheaply from exact
 * pieces of the pattern. The pattern is cut into pieces; a match with fewer edits than
 * there are pieces leaves at least one piece intact, and native indexOf finds those pieces
 * far faster than an approximate search reads the whole text. Only the regions around the
 * hits then need the approximate search.
 */

/** Pieces shorter than this turn up everywhere and select nothing. */
const MIN_PIECE = 12;
/**
 * Each piece costs one indexOf scan of the whole text (about as long as a tenth of the
 * approximate search). Four quarters miss a passage only if its edits touch all of them;
 * the usual edit (a word, a number, a typo) touches one or two.
 */
const MAX_PIECES = 4;
/** Past this many hits the regions cover most of the text: search all of it instead. */
const MAX_HITS = 1000;

/**
 * Sorted, non-overlapping [from, to) regions of `text` that contain every match of `pattern`
 * with at most `maxErrors` edits that keeps one piece intact: every such match when
 * maxErrors + 1 pieces fit, else every match whose edits miss at least one of the pieces.
 * Null when the pieces are too common to narrow anything down.
 */
export function seedRegions(text: string, pattern: string, maxErrors: number): [number, number][] | null {
  const m = pattern.length;
  const fitting = Math.min(MAX_PIECES, Math.floor(m / MIN_PIECE));
  const count = Math.min(maxErrors + 1, Math.max(2, fitting));
  if (m < count) return null;
  const spans: [number, number][] = [];
  for (let i = 0; i < count; i += 1) {
    const pieceStart = Math.floor((i * m) / count);
    const piece = pattern.slice(pieceStart, Math.floor(((i + 1) * m) / count));
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      if (spans.length >= MAX_HITS) return null;
      const start = at - pieceStart;
      spans.push([Math.max(0, start - maxErrors - 1), Math.min(text.length, start + m + maxErrors + 1)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}
