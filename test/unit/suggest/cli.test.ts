// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../cli/commands/suggest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demo = path.join(root, 'test', 'fixtures', 'articles', 'rferl-aleppo.html');

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('marginalia suggest', () => {
  it('prints the parties and claims of an article as JSON', async () => {
    const { out } = captured();
    expect(await command.run([demo, '--url', 'https://www.rferl.org/a/aleppo.html'])).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(Object.keys(result)).toEqual(['parties', 'claims']);
    expect(result.parties).toContainEqual({ name: 'John Kerry', kind: 'person', aliases: ['Kerry'] });
    expect(result.claims).toContainEqual({
      quote:
        "Russia's Foreign Ministry, meanwhile, released a statement saying that Lavrov told Kerry that Washington must fulfill its obligations to separate opposition groups from terrorist groups.",
      claimant: 'Russian Foreign Ministry',
      about: ['Sergei Lavrov', 'John Kerry', 'United States'],
    });
  });

  it('links known parties given with --parties and gives offsets with --full', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-suggest-'));
    const partiesFile = path.join(dir, 'parties.json');
    await writeFile(
      partiesFile,
      JSON.stringify([{ id: 'p1', name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov'] }]),
    );
    const { out } = captured();
    expect(await command.run([demo, '--parties', partiesFile, '--full'])).toBe(0);
    const result = JSON.parse(out.join('\n'));
    const lavrov = result.parties.find((p: { name: string }) => p.name === 'Sergei Lavrov');
    expect(lavrov.partyId).toBe('p1');
    expect(lavrov.mentions[0]).toMatchObject({ exact: 'Sergei Lavrov' });
  });

  it('explains itself with --help and refuses wrong arguments', async () => {
    const { out, err } = captured();
    expect(await command.run(['--help'])).toBe(0);
    expect(out.join('\n')).toContain('marginalia suggest <file.html>');
    expect(await command.run([])).toBe(2);
    expect(await command.run([demo, '--bogus'])).toBe(2);
    expect(err.join('\n')).toContain('unknown option --bogus');
    expect(await command.run([path.join(root, 'no-such-file.html')])).toBe(1);
  });

  it('reads a page saved as a fragment, without an <html> element, as a browser would', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-suggest-'));
    const fragment = path.join(dir, 'fragment.html');
    const paragraph =
      '<p>The council met on Tuesday to discuss the budget for the coming year, the state of the roads and bridges of the county, and the plans for a new library on the square.</p>';
    await writeFile(
      fragment,
      `${paragraph.repeat(5)}<p>"The bridge will be closed for a month," Mayor Ellen Hartley said on Monday.</p>`,
    );
    const { out } = captured();
    expect(await command.run([fragment])).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.parties.map((p: { name: string }) => p.name)).toContain('Ellen Hartley');
    expect(result.claims.map((c: { claimant: string }) => c.claimant)).toContain('Ellen Hartley');
  });

  it('runs from the command line through bin/marginalia.js', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [path.join(root, 'bin', 'marginalia.js'), 'suggest', demo],
        { cwd: root },
        (error, out) => (error ? reject(error) : resolve(out)),
      ),
    );
    const result = JSON.parse(stdout);
    expect(result.parties.map((p: { name: string }) => p.name)).toContain('Russia');
    expect(result.claims.length).toBeGreaterThan(0);
  }, 60_000);
});
