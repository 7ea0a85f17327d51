import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../core/exchange/file-name';
import { EXPORT_FORMATS, FORMAT_INFO, renderExport } from '../../../core/exchange/formats';
import { toBackup } from '../../../core/exchange/backup';
import { narrowSnapshot } from '../../../core/exchange/snapshot';
import { readImportText } from '../../../core/exchange/import/read';
import { EXPORTED_AT, sampleSnapshot } from './support';

const snapshot = sampleSnapshot();
const BUDGET = 'https://news.example.org/2024/05/budget-vote.html';
const NOTES = 'https://example.org/notes?page=2';
const ARABIC = 'https://akhbar.example.net/2024/06/%D9%85%D9%8A%D8%A7%D9%87';
const ESSAY = '5e1ec7ed-0001-4c0a-8b1e-000000000001';

describe('narrowing a snapshot to some articles', () => {
  it('keeps those articles, their annotations and the parties they name, and the settings', () => {
    const one = narrowSnapshot(snapshot, [BUDGET]);
    expect(one.articles.map((a) => a.id)).toEqual([BUDGET]);
    expect(one.annotations).toHaveLength(7);
    expect(one.parties.map((p) => p.name).sort()).toEqual([
      'Example Statistics Office',
      'Maria Example',
      'Ministry of Finance',
    ]);
    expect(one.settings).toEqual(snapshot.settings);
  });

  it('leaves out parties only other articles name, and unknown ids', () => {
    const notes = narrowSnapshot(snapshot, [NOTES, 'https://unknown.example/']);
    expect(notes.articles.map((a) => a.id)).toEqual([NOTES]);
    expect(notes.annotations.map((a) => a.id)).toEqual(['legacy-note-1']);
    expect(notes.parties).toEqual([]);
  });

  it('gives a backup that stands alone: it imports without missing references', async () => {
    const { text } = await renderExport('backup', narrowSnapshot(snapshot, [BUDGET]), { exportedAt: EXPORTED_AT });
    expect(readImportText(text).annotations).toHaveLength(7);
  });

  it('keeps a collection only when all its articles come along, and the dismissals on those articles', () => {
    const one = narrowSnapshot(snapshot, [BUDGET]);
    // "Essay sources" also holds the Arabic article: a cut-down copy would pass for the reader's collection.
    expect(one.collections).toEqual([]);
    expect(one.dismissals!.map((d) => d.articleId)).toEqual([BUDGET, BUDGET]);
    const both = narrowSnapshot(snapshot, [ARABIC, BUDGET, NOTES]);
    expect(both.collections!.map((c) => c.name)).toEqual(['Essay sources']);
    expect(both.dismissals!.map((d) => d.articleId).sort()).toEqual([ARABIC, BUDGET, BUDGET]);
  });

  it('exports a collection with the collection itself: imported, it is the same collection', async () => {
    const essay = snapshot.collections!.find((c) => c.id === ESSAY)!;
    const { text } = await renderExport('backup', narrowSnapshot(snapshot, essay.articleIds), {
      exportedAt: EXPORTED_AT,
      scopeLabel: essay.name,
    });
    const parsed = readImportText(text);
    expect(parsed.collections).toEqual([essay]);
    expect(parsed.articles.map((a) => a.id).sort()).toEqual([...essay.articleIds].sort());
    expect(parsed.annotations).toHaveLength(9);
  });
});

describe('a backup of collections', () => {
  it('lists in a collection only the articles it holds, so it always imports', () => {
    const dangling = {
      ...snapshot,
      collections: [{ ...snapshot.collections![0]!, articleIds: ['https://gone.example/story.html', BUDGET] }],
    };
    const backup = toBackup(dangling, { exportedAt: EXPORTED_AT });
    expect(backup.collections![0]!.articleIds).toEqual([BUDGET]);
    expect(readImportText(JSON.stringify(backup)).collections).toHaveLength(1);
  });
});

describe('export file names', () => {
  const when = new Date(2026, 10, 25, 12, 0, 0);

  it('name the date and the format', () => {
    expect(exportFileName('w3c.jsonld', when)).toBe('marginalia-2026-11-25.w3c.jsonld');
    expect(EXPORT_FORMATS.map((f) => exportFileName(FORMAT_INFO[f].extension, when))).toEqual([
      'marginalia-2026-11-25.backup.json',
      'marginalia-2026-11-25.w3c.jsonld',
      'marginalia-2026-11-25.claimreview.jsonld',
      'marginalia-2026-11-25.csl.json',
      'marginalia-2026-11-25.bib',
      'marginalia-2026-11-25.ris',
      'marginalia-2026-11-25.csv',
      'marginalia-2026-11-25.md',
      'marginalia-2026-11-25.apa.txt',
      'marginalia-2026-11-25.mla.txt',
      'marginalia-2026-11-25.chicago.txt',
    ]);
  });

  it('name the scope with letters and digits only, of any script', () => {
    expect(exportFileName('md', when, 'Parliament passes budget after all-night session')).toBe(
      'marginalia-parliament-passes-budget-after-all-night-session-2026-11-25.md',
    );
    expect(exportFileName('md', when, 'الحكومة تعلن خطة')).toBe('marginalia-الحكومة-تعلن-خطة-2026-11-25.md');
    expect(exportFileName('md', when, 'Café « naïve »')).toBe('marginalia-cafe-naive-2026-11-25.md');
  });

  it('never let a hostile label leave the folder, hide the type or grow without end', () => {
    for (const label of [
      '../../etc/passwd',
      '..\\..\\windows',
      'a/b:c*d?e"f<g>h|i',
      '\u202egpj.exe',
      'x\u0000y',
      '.hidden',
      'CON',
    ]) {
      const name = exportFileName('csv', when, label);
      expect(name).toMatch(/^marginalia-([\p{L}\p{N}]+-)*2026-11-25\.csv$/u);
    }
    expect([...exportFileName('csv', when, 'word '.repeat(100))].length).toBeLessThan(80);
    expect(exportFileName('csv', when, '   ')).toBe('marginalia-2026-11-25.csv');
  });
});

describe('renderExport', () => {
  it('renders every format with its file name and type', async () => {
    for (const format of EXPORT_FORMATS) {
      const file = await renderExport(format, snapshot, { exportedAt: EXPORTED_AT, scopeLabel: 'Budget' });
      expect(file.fileName).toMatch(
        new RegExp(`^marginalia-budget-\\d{4}-\\d{2}-\\d{2}\\.${FORMAT_INFO[format].extension.replace('.', '\\.')}$`),
      );
      expect(file.mimeType).toBe(FORMAT_INFO[format].mimeType);
      expect(file.text.length).toBeGreaterThan(100);
    }
  }, 30_000);
});
