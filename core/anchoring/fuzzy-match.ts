import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/selectors';
import { CONTEXT_AGREES, judgeFuzzy, maxFuzzyErrors } from './acceptance';
import { expandToCharacters, trimSpaces } from './boundaries';
import { contextFit, prefixSimilarity, suffixSimilarity } from './context';
import { seedRegions } from './seed-regions';
import { bestCandidate, type Candidate } from './text-quote';
import { foldTypography } from './typography';

/**
 * Text searched around the expected position, either side, before the rest of the page:
 * first close by, then wider. Most edits leave a passage about where it was (anchorTargets
 * corrects for text added or removed above), and a window keeps the cost independent of
 * the page length. It also keeps an unrelated look-alike elsewhere from hiding the real
 * place, since the approximate search only reports the matches with the fewest edits.
 */
const WINDOW_PADS = [256, 4096];

/**
 * Bound on places scored per search, nearest to the expected position first. A passage
 * that is really there has fewer edits than chance look-alikes, so it comes with few rivals;
 * hundreds of equally poor matches mean it is not there, and scoring them all would make
 * orphans the slowest annotations to anchor.
 */
const MAX_CANDIDATES = 32;

/** Furthest a match boundary is moved to meet its context (it is off by at most the edits). */
const MAX_BOUNDARY_SHIFT = 16;

export interface FuzzyOptions {
  /** foldTypography(text), when the caller keeps one per page. */
  foldedText?: string;
}

type Span = { start: number; end: number; errors: number };

function candidatesIn(
  folded: string,
  regions: readonly [number, number][],
  exact: string,
  maxErrors: number,
  hint: number,
): Span[] {
  const spans: Span[] = [];
  for (const [from, to] of regions) {
    for (const m of search(folded.slice(from, to), exact, maxErrors)) {
      const trimmed = trimSpaces(folded, from + m.start, from + m.end);
      const whole = expandToCharacters(folded, trimmed.start, trimmed.end);
      if (whole.end > whole.start) spans.push({ ...whole, errors: m.errors });
    }
  }
  const places = onePerPlace(spans);
  if (places.length <= MAX_CANDIDATES) return places;
  return places.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_CANDIDATES);
}

/**
 * The search reports one span per end position, so one place in the text often yields
 * several spans a character or two apart. Keeping one per place (overlapping spans count as
 * one; alignWithContext settles the exact boundaries later) saves scoring them all.
 */
function onePerPlace(spans: Span[]): Span[] {
  const places: Span[] = [];
  for (const span of spans) {
    const last = places[places.length - 1];
    if (last && span.start < last.end) continue;
    places.push(span);
  }
  return places;
}

/**
 * The edit-distance search reports the cheapest span, which can stop short of an edited
 * boundary: "14 March" edited to "21 March" matches "1 March" with one edit. Each end is
 * moved (by no more than the edits) to where it fits best. The stored context decides
 * when it still agrees somewhere within reach; when it was edited too (a sentence
 * inserted right after the quote), only the quote's own first or last characters can say
 * where it starts or ends. `errors` keeps the search's count: the fewest edits that turn
 * the quote into text at this place.
 */
function alignWithContext(
  folded: string,
  candidate: Candidate,
  exact: string,
  prefix: string,
  suffix: string,
): Candidate {
  const reach = Math.min(candidate.errors, MAX_BOUNDARY_SHIFT);
  if (reach === 0) return candidate;
  const bestOffset = (
    origin: number,
    lo: number,
    hi: number,
    outside: (at: number) => number | null,
    inside: (at: number) => number,
  ): number => {
    const places: { at: number; outer: number; inner: number }[] = [];
    for (let d = 0; d <= reach; d += 1) {
      for (const at of d === 0 ? [origin] : [origin - d, origin + d]) {
        if (at >= lo && at <= hi) places.push({ at, outer: outside(at) ?? 0, inner: inside(at) });
      }
    }
    const contextAgrees = places.some((p) => p.outer >= CONTEXT_AGREES);
    const [first, second] = contextAgrees ? (['outer', 'inner'] as const) : (['inner', 'outer'] as const);
    let best = places[0]!;
    for (const place of places) {
      if (place[first] > best[first] || (place[first] === best[first] && place[second] > best[second])) best = place;
    }
    return best.at;
  };
  const start = bestOffset(
    candidate.start,
    0,
    candidate.end - 1,
    (at) => prefixSimilarity(folded, at, prefix),
    (at) => suffixSimilarity(folded, at, exact) ?? 0,
  );
  const end = bestOffset(
    candidate.end,
    start + 1,
    folded.length,
    (at) => suffixSimilarity(folded, at, suffix),
    (at) => prefixSimilarity(folded, at, exact) ?? 0,
  );
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
  regions: readonly [number, number][],
  quote: TextQuoteSelector,
  hint: number,
): Candidate | null {
  const exact = foldTypography(quote.exact);
  const prefix = foldTypography(quote.prefix);
  const suffix = foldTypography(quote.suffix);
  const spans = candidatesIn(folded, regions, exact, maxFuzzyErrors(exact.length), hint);
  const best = bestCandidate(folded, spans, prefix, suffix, hint);
  if (!best) return null;
  const aligned = alignWithContext(folded, best, exact, prefix, suffix);
  return judgeFuzzy(aligned, exact.length) === 'accept' ? aligned : null;
}

/**
 * The place in `text` that is clearly the quoted passage after small edits (a changed word,
 * a fixed typo, other punctuation or quotation marks, an updated number), or null. Searches
 * near `hint` (the expected start) first, then the rest of the text where intact pieces of
 * the quote occur (see seed-regions.ts). Quotation marks and dashes are folded first, so
 * swapping their style costs no edits. Offsets are into `text`.
 */
export function fuzzyMatchQuote(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  options: FuzzyOptions = {},
): Candidate | null {
  const maxErrors = maxFuzzyErrors(quote.exact.length);
  if (maxErrors === 0) return null;
  const folded = options.foldedText ?? foldTypography(text);
  let searched: [number, number] = [hint, hint];
  for (const pad of WINDOW_PADS) {
    const from = Math.max(0, hint - pad - quote.exact.length);
    const to = Math.min(folded.length, hint + 2 * quote.exact.length + pad);
    if (from >= searched[0] && to <= searched[1]) continue;
    const near = acceptedIn(folded, [[from, to]], quote, hint);
    if (near) return near;
    searched = [from, to];
  }
  if (searched[0] === 0 && searched[1] === folded.length) return null;
  const regions = seedRegions(folded, foldTypography(quote.exact), maxErrors) ?? [[0, folded.length]];
  return regions.length > 0 ? acceptedIn(folded, regions, quote, hint) : null;
}
