import { buildTextIndex } from '../../core/anchoring/text-index';
import { detectArticle } from '../../core/article/detect';
import { gzipJson } from '../../core/snapshots/compress';
import { sha256Hex } from '../../core/snapshots/hash';
import { articlePlainText } from '../../core/snapshots/plain-text';
import { sanitizeArticleHtml } from '../../core/snapshots/sanitize';
import { median } from '../browser-lib/stats';

export interface SnapshotsArgs {
  pages: { name: string; url: string }[];
  /** Timed samples per page and measure; the median is kept. */
  samples: number;
  /**
   * Runs per sample of the cheap measures: a hash takes well under a millisecond, and
   * performance.now() in a page that is not cross-origin isolated ticks in 0.1 ms steps.
   */
  batch: number;
}

export interface PageSnapshot {
  name: string;
  /** Bytes of the page's HTML as the annotator measures it (the document's outerHTML). */
  pageBytes: number;
  /** Bytes of the sanitised article HTML and its text, before compression. */
  contentBytes: number;
  storedBytes: number;
  readabilityMs: number;
  hashMs: number;
  indexAndHashMs: number;
}

export interface SnapshotsResult {
  pages: PageSnapshot[];
  /** Pages Readability did not take for articles: the annotator saves nothing for them. */
  notArticles: string[];
}

async function timeAsync(samples: number, batch: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const started = performance.now();
    for (let i = 0; i < batch; i += 1) await work();
    times.push((performance.now() - started) / batch);
  }
  return median(times);
}

function timeSync(samples: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * What the annotator does with each page: the first time, Readability, the sanitiser,
 * the plain text and gzip (sizes measured); on a revisit, a SHA-256 of the page's text
 * (timed alone, with the text index built first, and against one Readability parse).
 */
export async function run(args: SnapshotsArgs): Promise<SnapshotsResult> {
  const pages: PageSnapshot[] = [];
  const notArticles: string[] = [];
  const encoder = new TextEncoder();
  for (const { name, url } of args.pages) {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    const pageUrl = `https://example.org/${name}`;
    const { content } = detectArticle(doc, pageUrl);
    if (!content) {
      notArticles.push(name);
      continue;
    }
    const html = sanitizeArticleHtml(content, window);
    const text = articlePlainText(new DOMParser().parseFromString(html, 'text/html').body);
    const stored = await gzipJson({ html, text });
    const pageText = buildTextIndex(doc.body).text;
    pages.push({
      name,
      pageBytes: encoder.encode(doc.documentElement.outerHTML).byteLength,
      contentBytes: encoder.encode(JSON.stringify({ html, text })).byteLength,
      storedBytes: stored.byteLength,
      readabilityMs: timeSync(args.samples, () => detectArticle(doc, pageUrl)),
      hashMs: await timeAsync(args.samples, args.batch, () => sha256Hex(pageText)),
      indexAndHashMs: await timeAsync(args.samples, args.batch, () => sha256Hex(buildTextIndex(doc.body).text)),
    });
  }
  return { pages, notArticles };
}
