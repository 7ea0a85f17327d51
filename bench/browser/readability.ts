import { detectArticle } from '../../core/article/detect';
import { median } from '../browser-lib/stats';

export interface ReadabilityArgs {
  /** Address the page's HTML is fetched from. */
  htmlUrl: string;
  /** Address detectArticle is told the page has. */
  pageUrl: string;
  warmupRuns: number;
  runs: number;
}

export interface ReadabilityResult {
  medianMs: number;
  parseMs: number;
  isArticle: boolean;
  textLength: number;
}

/**
 * Times detectArticle on a document parsed with DOMParser: a real Chromium DOM whose
 * scripts never run and whose images never load, so nothing leaves 127.0.0.1.
 */
export async function run(args: ReadabilityArgs): Promise<ReadabilityResult> {
  const html = await (await fetch(args.htmlUrl)).text();
  const parseStarted = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parseMs = performance.now() - parseStarted;
  let last = detectArticle(doc, args.pageUrl);
  for (let i = 1; i < args.warmupRuns; i += 1) detectArticle(doc, args.pageUrl);
  const times: number[] = [];
  for (let i = 0; i < args.runs; i += 1) {
    const started = performance.now();
    last = detectArticle(doc, args.pageUrl);
    times.push(performance.now() - started);
  }
  return {
    medianMs: median(times),
    parseMs,
    isArticle: last.metadata.isArticle,
    textLength: last.textContent.length,
  };
}
