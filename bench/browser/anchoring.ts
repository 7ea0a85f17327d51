import { anchorTargets, type AnchorTarget } from '../../core/anchoring/anchor';
import { describeOffsets } from '../../core/anchoring/describe';
import { buildTextIndex } from '../../core/anchoring/text-index';
import { detectArticle } from '../../core/article/detect';
import { median } from '../browser-lib/stats';

export interface AnchoringArgs {
  /** Addresses of real pages whose paragraphs are joined into one long article. */
  pageUrls: string[];
  /** Stop adding paragraphs once the article has this many characters of text. */
  minTextLength: number;
  counts: number[];
  editedShare: number;
  runs: number;
}

export interface AnchoringRow {
  label: string;
  medianMs: number;
  found: number;
  total: number;
}

export interface AnchoringResult {
  textLength: number;
  readabilityMs: number;
  rows: AnchoringRow[];
}

/** A deterministic stand-in for Math.random, so every run picks the same passages. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A long page with real markup: the bodies of real pages (scripts, styles and frames
 * removed) one after another, until the page holds enough text. Readability then works
 * as hard as on a long real page, which a page of bare paragraphs would understate.
 */
async function longArticle(args: AnchoringArgs): Promise<Document> {
  const doc = document.implementation.createHTMLDocument('A long article');
  for (const url of args.pageUrls) {
    const source = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    for (const el of source.querySelectorAll('script, style, noscript, iframe, template')) el.remove();
    const section = doc.createElement('section');
    section.append(...[...source.body.childNodes].map((node) => doc.importNode(node, true)));
    doc.body.append(section);
    if ((doc.body.textContent ?? '').replace(/\s+/g, ' ').length >= args.minTextLength) break;
  }
  return doc;
}

/** Passages a reader might annotate: whole words, 60–200 characters, inside one paragraph. */
function pickTargets(doc: Document, count: number, random: () => number): AnchorTarget[] {
  const index = buildTextIndex(doc.body);
  const paragraphs = [...doc.querySelectorAll('p')];
  const targets: AnchorTarget[] = [];
  while (targets.length < count) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const text = p.textContent ?? '';
    const length = 60 + Math.floor(random() * 140);
    if (p.childNodes.length !== 1 || p.firstChild!.nodeType !== 3 || text.length <= length) continue;
    const from = text.indexOf(' ', Math.floor(random() * (text.length - length))) + 1;
    const to = text.lastIndexOf(' ', from + length);
    if (from <= 0 || to <= from + 30) continue;
    const range = doc.createRange();
    range.setStart(p.firstChild!, from);
    range.setEnd(p.firstChild!, to);
    const offsets = describeOffsets(index, ...offsetsOf(index, range));
    if (offsets) targets.push({ id: `t${targets.length}`, ...offsets });
  }
  return targets;
}

function offsetsOf(index: ReturnType<typeof buildTextIndex>, range: Range): [number, number] {
  const before = range.cloneRange();
  before.setStart(index.root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().replace(/\s+/g, ' ').length;
  const located = index.text.indexOf(range.toString(), Math.max(0, start - 200));
  return [located, located + range.toString().length];
}

/** Changes one word inside each chosen passage, as an outlet's edit would. */
function editPassages(doc: Document, targets: AnchorTarget[]): void {
  for (const target of targets) {
    const words = target.quote.exact.split(' ');
    const middle = Math.floor(words.length / 2);
    const edited = [...words];
    edited[middle] = `${words[middle]!.slice(0, 2)}x${words[middle]!.slice(3)}`;
    for (const p of doc.querySelectorAll('p')) {
      const text = p.textContent ?? '';
      if (text.includes(target.quote.exact)) {
        p.textContent = text.replace(target.quote.exact, edited.join(' '));
        break;
      }
    }
  }
}

function time(runs: number, work: () => number): { medianMs: number; found: number } {
  let found = 0;
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const started = performance.now();
    found = work();
    if (i > 0) times.push(performance.now() - started);
  }
  return { medianMs: median(times), found };
}

const anchorAll = (doc: Document, targets: AnchorTarget[]) => () => {
  const results = anchorTargets(buildTextIndex(doc.body), targets);
  return results.filter((r) => r.state !== 'orphan').length;
};

/**
 * Re-anchoring cost on one long article, each time including building the text index (as
 * a page load does), against one Readability parse of the same document.
 */
export async function run(args: AnchoringArgs): Promise<AnchoringResult> {
  const doc = await longArticle(args);
  const random = seeded(20161001);
  const readability = time(args.runs, () =>
    detectArticle(doc, 'https://example.org/long').metadata.isArticle ? 1 : 0,
  );
  const rows: AnchoringRow[] = [];
  const largest = Math.max(...args.counts);
  const all = pickTargets(doc, largest, random);
  for (const count of args.counts) {
    const targets = all.slice(0, count);
    rows.push({ label: `${count} unedited`, ...time(args.runs, anchorAll(doc, targets)), total: count });
  }
  const edited = doc.cloneNode(true) as Document;
  const editedCount = Math.round(largest * args.editedShare);
  editPassages(edited, all.slice(0, editedCount));
  for (const count of args.counts) {
    const targets = all.slice(0, count);
    const share = Math.round(count * args.editedShare);
    rows.push({
      label: `${count}, ${share} of them edited`,
      ...time(args.runs, anchorAll(edited, targets)),
      total: count,
    });
  }
  const editedOnly = all.slice(0, Math.min(100, editedCount));
  rows.push({
    label: `${editedOnly.length}, every one edited (fuzzy)`,
    ...time(args.runs, anchorAll(edited, editedOnly)),
    total: editedOnly.length,
  });
  return { textLength: buildTextIndex(doc.body).text.length, readabilityMs: readability.medianMs, rows };
}
