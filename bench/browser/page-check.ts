import { median } from '../browser-lib/stats';

export interface PageCheckArgs {
  /** Address of the built page-check.js. */
  scriptUrl: string;
  /** Elements each test page gets, to see how the page's size affects the script. */
  extraElements: number;
  batches: number;
  runsPerBatch: number;
}

export interface PageCheckResult {
  scriptMs: number;
  baselineMs: number;
  messagesSent: number;
  runs: number;
  timerResolutionIsolated: boolean;
}

// Not empty: the HTML spec skips an inline script with no text entirely, and the baseline
// should pay for compiling and running a script like the one it is compared with.
const BASELINE_SOURCE = 'void 0;';

interface Counter {
  sent: number;
}

function paragraphs(count: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i += 1) {
    const p = fragment.appendChild(document.createElement(i % 10 === 0 ? 'h2' : 'p'));
    p.textContent = `Paragraph ${i} of a long page without a canonical link.`;
  }
  return fragment;
}

/**
 * A fresh same-origin frame to run scripts in: the script under test leaves event
 * listeners on its window, and thousands of runs in one window would make each new
 * addEventListener slower than it is on a real page.
 */
async function freshFrame(content: DocumentFragment, counter: Counter): Promise<{ win: Window; remove(): void }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow!;
  win.document.body.append(win.document.importNode(content, true));
  const runtime = {
    sendMessage: () => {
      counter.sent += 1;
      // What the background answers for a page with no annotations.
      return Promise.resolve({ count: 0 });
    },
  };
  Object.defineProperty(win, 'chrome', { value: { runtime }, configurable: true, writable: true });
  return { win, remove: () => frame.remove() };
}

/** Milliseconds per run, over `runs` inline-script insertions of `source` timed together. */
function timeBatch(win: Window, source: string, runs: number): number {
  const doc = win.document;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) {
    const script = doc.createElement('script');
    script.text = source;
    doc.head.append(script);
    script.remove();
  }
  return (performance.now() - started) / runs;
}

/**
 * Runs the built every-page script as a page's own inline script, batch after batch, each
 * batch in a new frame next to a batch of a trivial baseline script (which goes first
 * alternates), and reports the median per-run time of each.
 */
export async function run(args: PageCheckArgs): Promise<PageCheckResult> {
  const source = await (await fetch(args.scriptUrl)).text();
  const content = paragraphs(args.extraElements);
  const counter: Counter = { sent: 0 };
  const scriptTimes: number[] = [];
  const baselineTimes: number[] = [];
  // The first batch warms up the compile cache and is not counted.
  for (let batch = -1; batch < args.batches; batch += 1) {
    const frame = await freshFrame(content, counter);
    const scriptFirst = batch % 2 === 0;
    const baselineBefore = scriptFirst ? undefined : timeBatch(frame.win, BASELINE_SOURCE, args.runsPerBatch);
    const script = timeBatch(frame.win, source, args.runsPerBatch);
    const baseline = baselineBefore ?? timeBatch(frame.win, BASELINE_SOURCE, args.runsPerBatch);
    frame.remove();
    if (batch < 0) continue;
    scriptTimes.push(script);
    baselineTimes.push(baseline);
  }
  return {
    scriptMs: median(scriptTimes),
    baselineMs: median(baselineTimes),
    messagesSent: counter.sent - args.runsPerBatch,
    runs: args.batches * args.runsPerBatch,
    timerResolutionIsolated: globalThis.crossOriginIsolated,
  };
}
