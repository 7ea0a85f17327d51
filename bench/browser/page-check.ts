import { median } from '../browser-lib/stats';

export interface PageCheckArgs {
  /** Address of the built page-check.js. */
  scriptUrl: string;
  /** Elements to add to the page first, to see how the page's size affects the script. */
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

function stubExtensionApi(): { sent: () => number } {
  let sent = 0;
  const runtime = {
    sendMessage: () => {
      sent += 1;
      // What the background answers for a page with no annotations.
      return Promise.resolve({ count: 0 });
    },
  };
  Object.defineProperty(globalThis, 'chrome', { value: { runtime }, configurable: true, writable: true });
  return { sent: () => sent };
}

function addElements(count: number): void {
  const main = document.body.appendChild(document.createElement('main'));
  for (let i = 0; i < count; i += 1) {
    const p = main.appendChild(document.createElement(i % 10 === 0 ? 'h2' : 'p'));
    p.textContent = `Paragraph ${i} of a long page without a canonical link.`;
  }
}

/** Milliseconds per run, over `runs` inline-script insertions of `source` timed together. */
function timeBatch(source: string, runs: number): number {
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) {
    const script = document.createElement('script');
    script.text = source;
    document.head.append(script);
    script.remove();
  }
  return (performance.now() - started) / runs;
}

/**
 * Runs the built every-page script as the page's own inline script, as many times as asked,
 * alternating batches with a trivial baseline script so drift hits both the same.
 */
export async function run(args: PageCheckArgs): Promise<PageCheckResult> {
  const source = await (await fetch(args.scriptUrl)).text();
  addElements(args.extraElements);
  const api = stubExtensionApi();
  timeBatch(source, args.runsPerBatch);
  timeBatch(BASELINE_SOURCE, args.runsPerBatch);
  const sentBefore = api.sent();
  const scriptTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let batch = 0; batch < args.batches; batch += 1) {
    scriptTimes.push(timeBatch(source, args.runsPerBatch));
    baselineTimes.push(timeBatch(BASELINE_SOURCE, args.runsPerBatch));
  }
  return {
    scriptMs: median(scriptTimes),
    baselineMs: median(baselineTimes),
    messagesSent: api.sent() - sentBefore,
    runs: args.batches * args.runsPerBatch,
    timerResolutionIsolated: globalThis.crossOriginIsolated,
  };
}
