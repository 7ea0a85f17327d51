import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as bibtexParser from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { bibtexText } from '../../../core/exchange/bibtex';
import { peopleInByline } from '../../../core/exchange/byline';
import { bibliographyText } from '../../../core/exchange/citations';
import { publicationDate, toCslItems } from '../../../core/exchange/csl';
import { risText } from '../../../core/exchange/ris';
import type { Article } from '../../../core/model';
import { naughtyStrings, sampleSnapshot, VALIDATORS } from './support';

const snapshot = sampleSnapshot();
const items = toCslItems(snapshot);
const item = (urlStart: string) => items.find((i) => i.URL.startsWith(urlStart))!;

function page(overrides: Partial<Article>): Article {
  return {
    id: 'https://page.example/a',
    url: 'https://page.example/a',
    urls: ['https://page.example/a'],
    title: 'A page',
    byline: '',
    siteName: '',
    publishedTime: '',
    language: '',
    excerpt: '',
    isArticle: true,
    firstVisit: '2024-05-01T10:00:00.000Z',
    lastVisit: '2024-05-02T10:00:00.000Z',
    ...overrides,
  };
}

describe('CSL-JSON', () => {
  it('describes each article: type, title, site, authors from the byline, dates, address, language', () => {
    expect(items).toHaveLength(4);
    expect(item('https://news.example.org')).toEqual({
      id: 'roe2024parliament',
      'citation-key': 'roe2024parliament',
      type: 'article-newspaper',
      title: 'Parliament passes budget after all-night session',
      'container-title': 'Example News',
      author: [
        { given: 'Jane', family: 'Roe' },
        { given: 'John Q.', family: 'Public' },
      ],
      issued: { 'date-parts': [[2024, 5, 1]] },
      accessed: { 'date-parts': [[2024, 5, 6]] },
      URL: 'https://news.example.org/2024/05/budget-vote.html',
      language: 'en',
      abstract: 'Lawmakers approved the spending plan at dawn.',
    });
    expect(item('https://example.org/notes')).toMatchObject({ type: 'webpage', title: 'Reading notes' });
    expect(item('https://example.org/notes')).not.toHaveProperty('issued');
    // A newsroom byline names no one: no author rather than a wrong one.
    expect(item('https://opinion.example.com')).not.toHaveProperty('author');
    // The publisher's calendar date, not shifted to UTC (21:30 at +03:00 is still 2 June there).
    expect(item('https://akhbar.example.net')).toMatchObject({
      issued: { 'date-parts': [[2024, 6, 2]] },
      author: [{ given: 'سارة', family: 'أحمد' }],
      language: 'ar',
    });
  });

  it('is valid against the official csl-data.json schema', () => {
    const ajv = new Ajv({ allowUnionTypes: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(VALIDATORS, 'csl/csl-data.json'), 'utf8')) as object);
    expect(validate(items), ajv.errorsText(validate.errors)).toBe(true);
    // The schema can fail: a made-up type is rejected.
    expect(validate([{ ...items[0], type: 'tweetstorm' }])).toBe(false);
  });

  it('gives every item its own citation key, short enough for RIS', () => {
    const twins = toCslItems({
      articles: [page({ id: 'https://page.example/1', url: 'https://page.example/1' }), page({ id: 'https://page.example/2', url: 'https://page.example/2' })],
    });
    expect(twins.map((i) => i.id)).toEqual(['pageexampage', 'pageexampagea']);
    for (const i of [...items, ...twins]) expect(i.id.length).toBeLessThanOrEqual(20);
  });

  it('reads publication dates at the precision the page gives', () => {
    expect(publicationDate('2024')).toEqual([2024]);
    expect(publicationDate('2024-05')).toEqual([2024, 5]);
    expect(publicationDate('2024-05-01T23:30:00-05:00')).toEqual([2024, 5, 1]);
    expect(publicationDate('July 1, 2024')).toEqual([2024, 7, 1]);
    expect(publicationDate('2024-13-01')).toBeUndefined();
    expect(publicationDate('yesterday')).toBeUndefined();
    expect(publicationDate('')).toBeUndefined();
  });
});

describe('people in a byline', () => {
  it.each([
    ['By Jane Roe and John Q. Public', ['Roe', 'Public']],
    ['Jane Roe, Staff Writer', ['Roe']],
    ['Ludwig van Beethoven & Bashar al-Assad', ['Beethoven', 'al-Assad']],
    ['بقلم سارة أحمد', ['أحمد']],
    ['Reuters Staff', []],
    ['By Associated Press', []],
    ['the editors', []],
    ['Updated 5 May 2024', []],
    ['Madonna', []],
    ['', []],
  ])('%j names %j', (byline, families) => {
    expect(peopleInByline(byline).map((p) => p.family)).toEqual(families);
  });
});

describe('BibTeX', () => {
  const text = bibtexText(snapshot);
  const parsed = bibtexParser.parse(text);

  it('parses back with a third-party parser to the same keys, titles, authors, dates and addresses', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(items.length);
    for (const cslItem of items) {
      const entry = parsed.entries.find((e) => e.key === cslItem['citation-key'])!;
      expect(entry.type).toBe(cslItem.type === 'article-newspaper' ? 'article' : 'misc');
      expect(entry.fields.title).toBe(cslItem.title);
      expect(entry.fields.url).toBe(cslItem.URL);
      const authors = (entry.fields.author ?? []) as { firstName?: string; lastName?: string }[];
      expect(authors.map((a) => [a.firstName, a.lastName])).toEqual((cslItem.author ?? []).map((a) => [a.given, a.family]));
      const issued = cslItem.issued?.['date-parts'][0];
      if (issued) {
        expect(entry.fields.year).toBe(String(issued[0]));
        expect(entry.fields.date).toBe(issued.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-'));
      }
    }
  });

  it('keeps non-Latin letters and escapes LaTeX specials', () => {
    expect(text).toContain('author = {أحمد, سارة}');
    expect(text).toContain('title = {{\\textless{}img src=x onerror=alert(1)\\textgreater{} \\& "quotes"');
  });

  it('survives every naughty string as a title', () => {
    const strings = naughtyStrings().filter((s) => s.trim() !== '');
    const articles = strings.map((title, i) => page({ id: `https://page.example/${i}`, url: `https://page.example/${i}`, title }));
    // Sentence-casing off: the parser would otherwise recase English titles, as Zotero wants.
    const back = bibtexParser.parse(bibtexText({ articles }), { english: false });
    expect(back.errors).toEqual([]);
    expect(back.entries).toHaveLength(strings.length);
    const titles = new Map(toCslItems({ articles }).map((i) => [i['citation-key'], i.title]));
    const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    const mismatched = back.entries.filter((e) => e.fields.title !== oneLine(titles.get(e.key)!));
    // The parser reads TeX as TeX would (ligatures, commands), so this checks the escaping.
    expect(mismatched.map((e) => [e.fields.title, oneLine(titles.get(e.key)!)])).toEqual([]);
  });
});

describe('RIS', () => {
  const text = risText(snapshot);

  it('parses back with a strict third-party parser to the same titles, authors, dates and addresses', () => {
    const records = parseRis(text);
    expect(records).toHaveLength(items.length);
    for (const cslItem of items) {
      const record = records.find((r) => r.id === cslItem['citation-key'])!;
      expect(record.title).toBe(cslItem.title);
      expect(record.URL).toBe(cslItem.URL);
      expect(record.type).toBe(cslItem.type === 'article-newspaper' ? 'article-newspaper' : 'webpage');
      expect((record.author ?? []).map((a: { given?: string; family?: string }) => [a.given, a.family])).toEqual((cslItem.author ?? []).map((a) => [a.given, a.family]));
      const issued = cslItem.issued?.['date-parts'][0];
      if (issued) expect(record.issued?.['date-parts']?.[0]?.map(Number)).toEqual(issued);
      expect(record.accessed?.['date-parts']?.[0]?.map(Number)).toEqual(cslItem.accessed['date-parts'][0]);
    }
  });

  it('writes one line per field, however long or multi-line the value', () => {
    const long = page({ title: `${'word '.repeat(60)}\nsecond line\r\nthird` });
    const [record] = parseRis(risText({ articles: [long] }));
    expect(record!.title).toBe(`${'word '.repeat(60)}second line third`);
    expect(risText({ articles: [long] }).split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
  });

  it('survives every naughty string as a title', () => {
    const strings = naughtyStrings().filter((s) => s.trim() !== '');
    const articles = strings.map((title, i) => page({ id: `https://page.example/${i}`, url: `https://page.example/${i}`, title }));
    const records = parseRis(risText({ articles }));
    expect(records).toHaveLength(strings.length);
  });
});

describe('formatted bibliographies', () => {
  it('APA 7th edition', () => {
    const text = bibliographyText(snapshot, 'apa');
    expect(text).toContain(
      'Roe, J., & Public, J. Q. (2024, May 1). Parliament passes budget after all-night session. Example News. https://news.example.org/2024/05/budget-vote.html',
    );
    expect(text).toContain('Reading notes. (n.d.). Retrieved May 10, 2024, from https://example.org/notes?page=2');
    expect(text.trim().split('\n')).toHaveLength(4);
  });

  it('MLA 9th edition', () => {
    const text = bibliographyText(snapshot, 'mla');
    expect(text).toContain(
      'Roe, Jane, and John Q. Public. “Parliament Passes Budget after All-Night Session.” Example News, 1 May 2024, https://news.example.org/2024/05/budget-vote.html.',
    );
    expect(text).toContain('أحمد, سارة. “الحكومة تعلن خطة جديدة للمياه.” أخبار المثال, 2 June 2024');
  });

  it('Chicago 18th edition', () => {
    const text = bibliographyText(snapshot, 'chicago');
    expect(text).toContain(
      'Roe, Jane, and John Q. Public. “Parliament Passes Budget after All-Night Session.” Example News, May 1, 2024. https://news.example.org/2024/05/budget-vote.html.',
    );
  });

  it('writes text as text: a headline that looks like HTML comes out as it was written', () => {
    const text = bibliographyText(snapshot, 'apa');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).not.toContain('data-csl-entry-id');
    expect(bibliographyText({ articles: [] }, 'apa')).toBe('');
  });
});
