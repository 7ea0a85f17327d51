import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/selectors';
import { judgeFuzzy, maxFuzzyErrors } from './acceptance';
import { expandToCharacters, trimSpaces } from './boundaries';
import { contextFit, prefixSimilarity, suffixSimilarity } from './context';
import { bestCandidate, type Candidate } from './text-quote';
import { foldTypography } from './typography';

/**
 * Text searched around the expected position before the whole page, either side. Most edits
 * leave a passage near where it was, and a window keeps the search cost independent of the
 * page length; it also keeps an unrelated look-alike elsewhere from hiding the real place
 * (the approximate search only reports the matches with the fewest edits).
 */
const WINDOW_PAD = 2048;

/** Bound on candidates scored from one search, nearest to the expected position first. */
const MAX_CANDIDATES = 256;

/** Furthest a match boundary is moved to meet its context (it is off by at most the edits). */
const MAX_BOUNDARY_SHIFT = 16;

export interface FuzzyOptions {
  /** foldTypography(text), when the caller keeps one per page. */
  foldedText?: string;
}

function candidatesIn(
  folded: string,
  from: number,
  to: number,
  exact: string,
  maxErrors: number,
  hint: number,
): { start: number; end: number; errors: number }[] {
  const spans = search(folded.slice(from, to), exact, maxErrors).map((m) => {
    const trimmed = trimSpaces(folded, from + m.start, from + m.end);
    return { ...expandToCharacters(folded, trimmed.start, trimmed.end), errors: m.errors };
  });
  const nonEmpty = spans.filter((s) => s.end > s.start);
  if (nonEmpty.length <= MAX_CANDIDATES) return nonEmpty;
  return nonEmpty
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES);
}

/**
 * The edit-distance search reports the cheapest span, which can stop short of an edited
 * boundary: "14 March" edited to "21 March" matches "1 March" with one edit. Each end is
 * moved (by no more than the edits) to where the stored context fits best. `errors` keeps
 * the search's count: the fewest edits that turn the quote into text at this place.
 */
function alignWithContext(
  folded: string,
  candidate: Candidate,
  prefix: string,
  suffix: string,
): Candidate {
  const reach = Math.min(candidate.errors, MAX_BOUNDARY_SHIFT);
  if (reach === 0) return candidate;
  let { start, end } = candidate;
  const bestOffset = (
    origin: number,
    lo: number,
    hi: number,
    score: (at: number) => number | null,
  ): number => {
    let best = origin;
    let bestScore = score(origin) ?? 0;
    for (let d = 1; d <= reach; d += 1) {
      for (const at of [origin - d, origin + d]) {
        if (at < lo || at > hi) continue;
        const value = score(at) ?? 0;
        if (value > bestScore) {
          best = at;
          bestScore = value;
        }
      }
    }
    return best;
  };
  start = bestOffset(start, 0, end - 1, (at) => prefixSimilarity(folded, at, prefix));
  end = bestOffset(end, start + 1, folded.length, (at) => suffixSimilarity(folded, at, suffix));
  const trimmed = trimSpaces(folded, start, end);
  const whole = expandToCharacters(folded, trimmed.start, trimmed.end);
  if (whole.end <= whole.start) return candidate;
  return {
    ...candidate,
    ...whole,
    fit: contextFit(folded, whole.start, whole.end, prefix, suffix),
  };
}

function acceptedIn(
  folded: string,
  from: number,
  to: number,
  quote: TextQuoteSelector,
  hint: number,
): Candidate | null {
  const exact = foldTypography(quote.exact);
  const prefix = foldTypography(quote.prefix);
  const suffix = foldTypography(quote.suffix);
  const spans = candidatesIn(folded, from, to, exact, maxFuzzyErrors(exact.length), hint);
  const best = bestCandidate(folded, spans, prefix, suffix, hint);
  if (!best) return null;
  const aligned = alignWithContext(folded, best, prefix, suffix);
  return judgeFuzzy(aligned, exact.length) === 'accept' ? aligned : null;
}

/**
 * The place in `text` that is clearly the quoted passage after small edits (a changed word,
 * a fixed typo, other punctuation or quotation marks, an updated number), or null. Searches
 * near `hint` (the expected start) first, then the whole text. Quotation marks and dashes
 * are folded first, so swapping their style costs no edits. Offsets are into `text`.
 */
export function fuzzyMatchQuote(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  options: FuzzyOptions = {},
): Candidate | null {
  if (maxFuzzyErrors(quote.exact.length) === 0) return null;
  const folded = options.foldedText ?? foldTypography(text);
  const pad = Math.max(WINDOW_PAD, 2 * quote.exact.length);
  const from = Math.max(0, hint - pad);
  const to = Math.min(folded.length, hint + quote.exact.length + pad);
  const near = acceptedIn(folded, from, to, quote, hint);
  if (near || (from === 0 && to === folded.length)) return near;
  return acceptedIn(folded, 0, folded.length, quote, hint);
}
