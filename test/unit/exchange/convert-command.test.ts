import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, runNode, sampleText, scratchFile } from './support';

// The real command line: bin/marginalia.js, which loads the TypeScript through jiti.
const convert = (...args: string[]) => runNode(['bin/marginalia.js', 'convert', ...args]);

describe('marginalia convert', () => {
  it('writes the chosen format to standard output', async () => {
    const result = await convert(SAMPLE_PATH, '--to', 'csl');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as { title: string }[];
    expect(items.map((i) => i.title)).toContain('Parliament passes budget after all-night session');
  }, 30_000);

  it('writes to a file with --out, and names the ClaimReview reviewer', async () => {
    const out = scratchFile('reviews.jsonld', '');
    const result = await convert(SAMPLE_PATH, '--to', 'claimreview', '--out', out, '--reviewer', 'Example Desk', '--reviewer-kind', 'organization');
    expect(result.code).toBe(0);
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as { '@graph': { author: unknown }[] };
    expect(reviews['@graph'][0]!.author).toEqual({ '@type': 'Organization', name: 'Example Desk' });
  }, 30_000);

  it('explains a bad file and exits 1', async () => {
    const truncated = scratchFile('truncated.json', sampleText().slice(0, 5000));
    const result = await convert(truncated, '--to', 'markdown');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`marginalia convert: ${truncated}: The file ends early`);
    expect(result.stdout).toBe('');
  }, 30_000);

  it('explains a wrong command line and exits 2', async () => {
    const result = await convert(SAMPLE_PATH, '--to', 'docx');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown format "docx"');
    expect(result.stderr).toContain('Usage: marginalia convert');
  }, 30_000);
});
