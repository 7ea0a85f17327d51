import { parseHTML } from 'linkedom';
import { detectArticle } from '../../core/article/detect';
import { claimantAccuracy, evaluate, precision, recall, total, type Evaluation } from '../../core/suggest/evaluate';
import { suggest } from '../../core/suggest/suggest';
import { loadLabelledArticles, type LabelledArticle } from './suggest-corpus';

/** One row of the bench table, as bench/lib/results.mjs `row()` takes it. */
export interface SuggestRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
}

/** Hand-labelled quality, per set: what the suite prints and the regression test guards. */
export interface QualityBySet {
  set: 'tuned' | 'held-out';
  articles: string[];
  totals: Pick<Evaluation, 'parties' | 'claims'>;
}

export function measureQuality(articles: LabelledArticle[]): QualityBySet[] {
  return (['tuned', 'held-out'] as const).map((set) => {
    const inSet = articles.filter((a) => a.labels.set === set);
    const evaluations = inSet.map((a) => evaluate(suggest(a.text), a.labels));
    return { set, articles: inSet.map((a) => a.name), totals: total(evaluations) };
  });
}

export function qualityRows(quality: QualityBySet[]): SuggestRow[] {
  return quality.flatMap(({ set, articles, totals }) => {
    const { parties, claims } = totals;
    const label = `${set} (${articles.length} articles)`;
    return [
      { name: `parties precision, ${label}, ${parties.found}/${parties.suggested}`, value: precision(parties), unit: 'share' },
      { name: `parties recall, ${label}, ${parties.found}/${parties.labelled}`, value: recall(parties), unit: 'share' },
      { name: `claims precision, ${label}, ${claims.found}/${claims.suggested}`, value: precision(claims), unit: 'share' },
      { name: `claims recall, ${label}, ${claims.found}/${claims.labelled}`, value: recall(claims), unit: 'share' },
      { name: `claimant right, ${label}, ${claims.claimantRight}/${claims.found}`, value: claimantAccuracy(claims), unit: 'share' },
    ];
  });
}

const WORDS_WANTED = 5000;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A real news page (its markup, navigation and scripts) whose article body is filled up to
 * 5,000 words with paragraphs of the labelled articles: the page a 5,000-word story makes.
 */
export function buildLongPage(articles: LabelledArticle[]): { html: string; words: number } {
  const host = articles.reduce((a, b) => (b.html.length > a.html.length && wordCount(b.text) > 500 ? b : a));
  const { document } = parseHTML(host.html);
  const paragraphs = [...document.querySelectorAll('p')];
  const counts = new Map<Element, number>();
  for (const p of paragraphs) if (p.parentElement) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  const body = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!body) throw new Error(`no article body in ${host.name}`);
  const model = paragraphs.find((p) => p.parentElement === body);
  const filler = articles.flatMap((a) => a.text.split(/\n/).map((line) => line.trim()).filter((line) => wordCount(line) >= 12));
  let words = wordCount(detectArticle(document as unknown as Document, 'https://example.org/article').textContent);
  for (let i = 0; words < WORDS_WANTED; i += 1) {
    const line = filler[i % filler.length] as string;
    const p = document.createElement('p');
    if (model?.className) p.className = model.className;
    p.textContent = line;
    // Source markup has a line break between paragraphs, and so has the article text.
    body.appendChild(document.createTextNode('\n'));
    body.appendChild(p);
    words += wordCount(line);
  }
  return { html: document.toString(), words };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The page's article text and the median time of a Readability parse of it on linkedom. */
export function readabilityInNode(html: string, rounds: number): { text: string; readabilityMs: number } {
  const { document } = parseHTML(html);
  const times: number[] = [];
  let text = '';
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    text = detectArticle(document as unknown as Document, 'https://example.org/article').textContent;
    times.push(performance.now() - started);
  }
  return { text, readabilityMs: median(times) };
}

/**
 * Times of a suggest() on a text, after warm-up runs, as a worker holding only the text would
 * run it. Pass the bundled suggest() to time what the extension ships: loaded through jiti,
 * every call between modules goes through its interop wrapper and costs a quarter more.
 */
export function timeSuggest(text: string, runs: number, warmupRuns = 0, run: (text: string) => unknown = suggest): number[] {
  for (let i = 0; i < warmupRuns; i += 1) run(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run(text);
    times.push(performance.now() - started);
  }
  return times;
}

export { median };

export { loadLabelledArticles };
