/** Seconds each side spent, over the same number of steps. */
export interface PairedSeconds {
  ours: number;
  raw: number;
  steps: number;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Runs step i of both sides back to back, swapping which goes first each step, until
 * `steps` are done or, when `minMs` is given, at least that long has passed (and at least
 * `steps` steps). On a machine shared with other work, load then slows both sides alike
 * instead of whichever ran second.
 */
export async function interleave(
  steps: number,
  ours: (i: number) => Promise<unknown>,
  raw: (i: number) => Promise<unknown>,
  minMs = 0,
): Promise<PairedSeconds> {
  let oursMs = 0;
  let rawMs = 0;
  let i = 0;
  const started = performance.now();
  while (i < steps || performance.now() - started < minMs) {
    if (i % 2 === 0) {
      oursMs += await timed(() => ours(i));
      rawMs += await timed(() => raw(i));
    } else {
      rawMs += await timed(() => raw(i));
      oursMs += await timed(() => ours(i));
    }
    i += 1;
  }
  return { ours: oursMs / 1000, raw: rawMs / 1000, steps: i };
}
