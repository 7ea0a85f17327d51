import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTargets } from '../../../core/anchoring/anchor';
import { describeRange } from '../../../core/anchoring/describe';
import { buildTextIndex } from '../../../core/anchoring/text-index';
import type { TextPositionSelector, TextQuoteSelector } from '../../../core/model/selectors';

/**
 * Real pages with selectors stored by test/fixtures/anchoring-baselines/generate.ts. Any
 * change to how page text is normalised shows up here as a changed offset or quote; if
 * the change is intended, regenerate the files and review the diff.
 */
const DIR = path.resolve(__dirname, '../../fixtures/anchoring-baselines');

interface Baseline {
  page: string;
  textLength: number;
  selections: {
    id: string;
    note: string;
    quote: TextQuoteSelector;
    position: TextPositionSelector;
  }[];
}

const baselines = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Baseline] as const);

/** Parses the page and moves its body into the test document (where happy-dom's Ranges work). */
function load(baseline: Baseline): HTMLElement {
  const html = readFileSync(path.join(DIR, baseline.page), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const body = document.importNode(parsed.body, true);
  document.documentElement.replaceChild(body, document.body);
  return body;
}

it('has baselines for several pages', () => {
  expect(baselines.length).toBeGreaterThanOrEqual(5);
});

describe.each(baselines)('%s', (_file, baseline) => {
  it('reads the page text with the stored length', () => {
    expect(buildTextIndex(load(baseline)).text.length).toBe(baseline.textLength);
  });

  it("anchors every stored selector 'exact', and describes the found range the same way", () => {
    const index = buildTextIndex(load(baseline));
    const targets = baseline.selections.map((s) => ({ id: s.id, quote: s.quote, position: s.position }));
    const results = anchorTargets(index, targets);
    for (const [i, result] of results.entries()) {
      const stored = baseline.selections[i];
      if (!stored) throw new Error('result without selection');
      expect({ id: result.id, state: result.state }).toEqual({ id: stored.id, state: 'exact' });
      if (result.state === 'orphan') continue;
      expect(index.text.slice(result.start, result.end)).toBe(stored.quote.exact);
      expect(describeRange(index, result.range)).toEqual({
        quote: stored.quote,
        position: stored.position,
      });
    }
  });

  it('finds every quote from its text and context alone, repeated phrases included', () => {
    const index = buildTextIndex(load(baseline));
    for (const s of baseline.selections) {
      const nowhere = { type: 'TextPositionSelector' as const, start: 0, end: s.quote.exact.length };
      const [result] = anchorTargets(index, [{ id: s.id, quote: s.quote, position: nowhere }]);
      expect(result && result.state !== 'orphan' && result.start).toBe(s.position.start);
    }
  });
});
