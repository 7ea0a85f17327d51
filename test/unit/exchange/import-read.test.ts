import { describe, expect, it } from 'vitest';
import { backupText, toBackup } from '../../../core/exchange/backup';
import { ImportError } from '../../../core/exchange/import/errors';
import { readImportData, readImportText } from '../../../core/exchange/import/read';
import { EXPORTED_AT, sampleSnapshot, sampleText } from './support';

/** The sample backup as plain data, to break in one place per test. */
function sample(): Record<string, unknown> & { annotations: Record<string, unknown>[] } {
  return JSON.parse(sampleText()) as Record<string, unknown> & { annotations: Record<string, unknown>[] };
}

function failure(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('reading a backup', () => {
  it('reads every record of the sample, unchanged', () => {
    const parsed = readImportText(sampleText());
    expect(parsed.format).toBe('marginalia-backup');
    const raw = sample();
    expect(parsed.articles).toEqual(raw.articles);
    expect(parsed.annotations).toEqual(raw.annotations);
    expect(parsed.parties).toEqual(raw.parties);
    expect(parsed.settings).toEqual(raw.settings);
    expect(parsed.collections).toEqual(raw.collections);
    expect(parsed.dismissals).toEqual(raw.dismissals);
    expect(parsed.collections).toHaveLength(3);
    expect(parsed.dismissals).toHaveLength(4);
  });

  it('writes what it reads: backup text of the sample reads back to the same records', () => {
    const text = backupText(sampleSnapshot(), { exportedAt: EXPORTED_AT });
    const again = readImportText(text);
    expect(toBackup(again, { exportedAt: EXPORTED_AT })).toEqual(
      toBackup(sampleSnapshot(), { exportedAt: EXPORTED_AT }),
    );
    // One record per line: a large backup stays greppable and diffable.
    expect(text.split('\n').filter((line) => line.startsWith('    {'))).toHaveLength(4 + 11 + 6 + 1 + 3 + 4);
    // Collections and dismissals sorted by id, as every list is.
    const written = JSON.parse(text) as { collections: { id: string }[]; dismissals: { id: string }[] };
    for (const list of [written.collections, written.dismissals]) {
      expect(list.map((r) => r.id)).toEqual(list.map((r) => r.id).sort());
    }
  });

  it('ignores a byte-order mark', () => {
    expect(readImportText(`\uFEFF${sampleText()}`).annotations).toHaveLength(11);
  });
});

describe('a bad file gets a clear error and nothing of it is used', () => {
  it('not JSON: says so, and where', () => {
    const error = failure(() => readImportText('{"format": "marginalia-backup",\n  "version": 1,\n  oops\n}'));
    expect(error.message).toMatch(/^The file is not valid JSON \(line 3, column \d+\)/);
  });

  it('a truncated file: says it ends early', () => {
    const text = sampleText();
    const error = failure(() => readImportText(text.slice(0, Math.floor(text.length / 2))));
    expect(error.message).toMatch(/^The file ends early: \d+ opened brackets are never closed/);
  });

  it('an empty file, an empty list, an unrelated JSON file', () => {
    expect(failure(() => readImportText('  \n')).message).toBe('The file is empty.');
    expect(failure(() => readImportText('[]')).message).toMatch(/nothing to import/);
    expect(failure(() => readImportText('{"name": "package", "version": "1.0.0"}')).message).toMatch(
      /^This is not a file Marginalia can import/,
    );
  });

  it('another tool’s "format", or an unknown or newer version', () => {
    expect(failure(() => readImportData({ ...sample(), format: 'zotero-rdf' })).message).toBe(
      'format: this is a “zotero-rdf” file, not a Marginalia backup',
    );
    const newer = failure(() => readImportData({ ...sample(), version: 2 }));
    expect(newer.where).toBe('version');
    expect(newer.message).toMatch(/version 2, made by a newer Marginalia; this one reads version 1/);
    expect(failure(() => readImportData({ ...sample(), version: '1' })).message).toBe(
      'version: unknown backup version "1"; this Marginalia reads version 1',
    );
  });

  it('a wrong type: names the record and the field', () => {
    const data = sample();
    (data.annotations[7]!.target as { quote: { exact: unknown } }).quote.exact = 42;
    const error = failure(() => readImportData(data));
    expect(error.where).toBe('annotations[7].target.quote.exact');
    expect(error.message).toMatch(
      /^annotations\[7\]\.target\.quote\.exact: Invalid type: Expected string but received 42/,
    );
  });

  it('several bad records: names the first', () => {
    const data = sample();
    data.annotations[9]!.kind = 'scribble';
    data.annotations[4]!.created = 'last Tuesday';
    data.annotations[10]!.tags = 'not a list';
    expect(failure(() => readImportData(data)).where).toBe('annotations[4].created');
  });

  it('a missing field and a hostile address', () => {
    const data = sample();
    delete (data.annotations[2] as Record<string, unknown>).target;
    expect(failure(() => readImportData(data)).message).toMatch(/^annotations\[2\]\.target: missing/);
    const hostile = sample();
    (hostile.articles as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
    expect(failure(() => readImportData(hostile)).where).toBe('articles[0].url');
  });

  it('a list that is not a list', () => {
    expect(failure(() => readImportData({ ...sample(), parties: { id: 'p' } })).where).toBe('parties');
  });

  it('duplicate ids in the file', () => {
    const data = sample();
    data.annotations.push({ ...data.annotations[0]!, note: 'a different copy' });
    const error = failure(() => readImportData(data));
    expect(error.where).toBe('annotations[11].id');
    expect(error.message).toContain('appears twice in the file (also annotations[0])');
  });

  it('an annotation whose article or party is not in the file', () => {
    const orphan = sample();
    orphan.annotations[3]!.articleId = 'https://elsewhere.example/';
    expect(failure(() => readImportData(orphan)).where).toBe('annotations[3].articleId');
    const noParty = sample();
    (noParty.annotations[3]!.claim as { aboutIds: string[] }).aboutIds = [
      '8f0c2a61-3b7e-4c9d-9a51-2f6e1d7c4b02',
      'nobody',
    ];
    expect(failure(() => readImportData(noParty)).where).toBe('annotations[3].claim.aboutIds[1]');
  });

  it('a collection: a missing name, an article not in the file or listed twice, an id used twice', () => {
    const collections = () => sample() as ReturnType<typeof sample> & { collections: Record<string, unknown>[] };
    const unnamed = collections();
    unnamed.collections[1]!.name = '   ';
    const noName = failure(() => readImportData(unnamed));
    expect(noName.where).toBe('collections[1].name');
    expect(noName.message).toMatch(/A collection needs a name/);
    const absent = collections();
    (absent.collections[0]!.articleIds as string[]).splice(1, 0, 'https://elsewhere.example/story.html');
    const missing = failure(() => readImportData(absent));
    expect(missing.message).toBe('collections[0].articleIds[1]: no article with this id is in the file');
    const twice = collections();
    (twice.collections[0]!.articleIds as string[]).push('https://news.example.org/2024/05/budget-vote.html');
    expect(failure(() => readImportData(twice)).message).toBe(
      'collections[0].articleIds[2]: this article is already in the collection',
    );
    const hostile = collections();
    hostile.collections[2]!.articleIds = ['javascript:alert(1)'];
    expect(failure(() => readImportData(hostile)).where).toBe('collections[2].articleIds[0]');
    const copied = collections();
    copied.collections.push({ ...copied.collections[0]!, name: 'Another copy' });
    expect(failure(() => readImportData(copied)).message).toMatch(
      /^collections\[3\]\.id: .* appears twice in the file \(also collections\[0\]\)/,
    );
  });

  it('a dismissal: an id that is not its article and a key, a bad time, an id used twice', () => {
    const dismissals = () => sample() as ReturnType<typeof sample> & { dismissals: Record<string, unknown>[] };
    const otherArticle = dismissals();
    otherArticle.dismissals[2]!.articleId = 'https://news.example.org/2024/05/budget-vote.html';
    expect(failure(() => readImportData(otherArticle)).where).toBe('dismissals[2].id');
    const noKey = dismissals();
    noKey.dismissals[0]!.id = `${noKey.dismissals[0]!.articleId as string}\u0000`;
    expect(failure(() => readImportData(noKey)).message).toMatch(
      /^dismissals\[0\]\.id: must be the article id and the key/,
    );
    const undated = dismissals();
    undated.dismissals[3]!.at = 'yesterday';
    expect(failure(() => readImportData(undated)).where).toBe('dismissals[3].at');
    const copied = dismissals();
    copied.dismissals.push({ ...copied.dismissals[1]! });
    expect(failure(() => readImportData(copied)).where).toBe('dismissals[4].id');
  });

  it('a file over the size limit', () => {
    const error = failure(() => readImportText(sampleText(), { maxCharacters: 10_000 }));
    expect(error.message).toMatch(/^The file is too large to import \(.* MB; the limit is .* MB\)/);
  });
});

const NEWS = 'https://news.example.org/story.html';

function w3cAnnotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:6b1f2c4e-1111-4222-8333-944445555666',
    type: 'Annotation',
    created: '2024-05-02T10:00:00Z',
    modified: '2024-05-03T10:00:00Z',
    body: [
      { type: 'TextualBody', value: 'A note', purpose: 'commenting' },
      { type: 'TextualBody', value: 'tag-one', purpose: 'tagging' },
    ],
    target: {
      source: NEWS,
      selector: [
        { type: 'TextQuoteSelector', exact: 'the words', prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: 5, end: 14 },
      ],
    },
    ...overrides,
  };
}

describe('reading W3C Web Annotation files', () => {
  it('takes a single annotation, a list, a page or a collection with its pages embedded', () => {
    const one = w3cAnnotation();
    const two = w3cAnnotation({ id: 'https://annotations.example/a/2' });
    const shapes: unknown[] = [
      one,
      [one, two],
      { type: 'AnnotationPage', items: [one, two] },
      {
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [one], next: { type: 'AnnotationPage', items: [two] } },
      },
    ];
    expect(shapes.map((data) => readImportData(data).annotations.map((a) => a.id))).toEqual([
      ['6b1f2c4e-1111-4222-8333-944445555666'],
      ['6b1f2c4e-1111-4222-8333-944445555666', 'https://annotations.example/a/2'],
      ['6b1f2c4e-1111-4222-8333-944445555666', 'https://annotations.example/a/2'],
      ['6b1f2c4e-1111-4222-8333-944445555666', 'https://annotations.example/a/2'],
    ]);
  });

  it('maps bodies to a highlight with its note and tags, on an article known by its address', () => {
    const parsed = readImportData(w3cAnnotation());
    expect(parsed.format).toBe('w3c');
    expect(parsed.annotations[0]).toEqual({
      id: '6b1f2c4e-1111-4222-8333-944445555666',
      articleId: NEWS,
      kind: 'highlight',
      target: {
        source: NEWS,
        quote: { type: 'TextQuoteSelector', exact: 'the words', prefix: 'before ', suffix: ' after' },
        position: { type: 'TextPositionSelector', start: 5, end: 14 },
      },
      note: 'A note',
      tags: ['tag-one'],
      created: '2024-05-02T10:00:00.000Z',
      updated: '2024-05-03T10:00:00.000Z',
    });
    expect(parsed.articles).toMatchObject([{ id: NEWS, url: NEWS, urls: [NEWS], isArticle: false }]);
  });

  it('reads claims and party mentions as our own export writes them', () => {
    const claim = w3cAnnotation({
      motivation: 'assessing',
      body: [
        { type: 'TextualBody', value: 'False', purpose: 'classifying' },
        { type: 'TextualBody', value: 'Claimant: Jane Doe', purpose: 'describing' },
        { type: 'TextualBody', value: 'About: Acme Corp', purpose: 'describing' },
        { type: 'SpecificResource', purpose: 'linking', source: 'https://evidence.example/1' },
      ],
    });
    const mention = w3cAnnotation({
      id: 'urn:x-marginalia:m-1',
      motivation: 'identifying',
      body: { type: 'TextualBody', value: 'Jane Doe', purpose: 'identifying' },
    });
    const parsed = readImportData([claim, mention]);
    const [c, m] = parsed.annotations;
    expect(c!.kind).toBe('claim');
    expect(c!.claim).toEqual({
      claimantId: 'imported-party:jane doe',
      aboutIds: ['imported-party:acme corp'],
      verdict: 'False',
      evidence: [{ url: 'https://evidence.example/1', title: '' }],
    });
    expect(m).toMatchObject({ id: 'm-1', kind: 'party-mention', partyId: 'imported-party:jane doe' });
    expect(parsed.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Jane Doe', 'other'],
      ['Acme Corp', 'other'],
    ]);
  });

  it('leaves out page notes and annotations on things that are not web pages, and says why', () => {
    const pageNote = w3cAnnotation({ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', target: NEWS });
    const pdf = w3cAnnotation({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      target: { source: 'urn:x-pdf:abc', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    });
    const parsed = readImportData([pageNote, pdf, w3cAnnotation()]);
    expect(parsed.annotations).toHaveLength(1);
    expect(parsed.skipped).toEqual([
      { where: '[0]', reason: 'it quotes no text (a page note)' },
      { where: '[1]', reason: 'its target is not a web page' },
    ]);
  });

  it('finds by quote alone an annotation that has no position, and says how many', () => {
    const parsed = readImportData(
      w3cAnnotation({ target: { source: NEWS, selector: { type: 'TextQuoteSelector', exact: 'the words' } } }),
    );
    expect(parsed.positionsEstimated).toBe(1);
    expect(parsed.annotations[0]!.target.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 9 });
  });

  it('names the bad field of a bad annotation', () => {
    const page = (item: unknown) => ({
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [w3cAnnotation(), item] },
    });
    const cases: [unknown, string][] = [
      [w3cAnnotation({ id: undefined }), 'first.items[1].id'],
      [
        w3cAnnotation({
          id: 'urn:uuid:x',
          target: { source: NEWS, selector: [{ type: 'TextQuoteSelector', exact: '' }] },
        }),
        'first.items[1].target.selector[0].exact',
      ],
      [
        w3cAnnotation({
          id: 'urn:uuid:x',
          target: {
            source: NEWS,
            selector: [
              { type: 'TextQuoteSelector', exact: 'a' },
              { type: 'TextPositionSelector', start: 9, end: 2 },
            ],
          },
        }),
        'first.items[1].target.selector[1].end',
      ],
      [w3cAnnotation({ id: 'urn:uuid:x', created: 'yesterday' }), 'first.items[1].created'],
      [w3cAnnotation({ id: 'urn:uuid:x', body: [42] }), 'first.items[1].body[0]'],
      [w3cAnnotation(), 'first.items[1].id'],
    ];
    for (const [item, where] of cases) expect(failure(() => readImportData(page(item))).where).toBe(where);
  });

  it("says so when a collection's pages are only linked", () => {
    const error = failure(() =>
      readImportData({ type: 'AnnotationCollection', first: 'https://annotations.example/page1' }),
    );
    expect(error.where).toBe('first');
    expect(error.message).toMatch(/pages are only linked/);
  });
});

describe('reading Hypothesis files', () => {
  const row = {
    id: 'Xk3Lq2example',
    created: '2024-05-02T10:00:00.123456+00:00',
    updated: '2024-05-04T08:30:00.654321+00:00',
    user: 'acct:reader@hypothes.is',
    uri: `${NEWS}?utm_source=feed`,
    text: 'Worth checking.',
    tags: ['economy', ' budget '],
    group: '__world__',
    target: [
      {
        source: `${NEWS}?utm_source=feed`,
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[2]',
            startOffset: 0,
            endContainer: '/div[1]/p[2]',
            endOffset: 9,
          },
          { type: 'TextPositionSelector', start: 120, end: 129 },
          { type: 'TextQuoteSelector', exact: 'the words', prefix: 'before ', suffix: ' after' },
        ],
      },
    ],
    document: { title: ['A story'] },
    links: { html: 'https://hypothes.is/a/Xk3Lq2example' },
  };

  it('reads an API search result, an export and a bare list alike', () => {
    for (const data of [{ total: 1, rows: [row] }, { export_date: '2024-06-01', annotations: [row] }, [row], row]) {
      const parsed = readImportData(data);
      expect(parsed.format).toBe('hypothesis');
      expect(parsed.annotations).toEqual([
        {
          id: 'Xk3Lq2example',
          articleId: NEWS,
          kind: 'highlight',
          target: {
            source: `${NEWS}?utm_source=feed`,
            quote: { type: 'TextQuoteSelector', exact: 'the words', prefix: 'before ', suffix: ' after' },
            position: { type: 'TextPositionSelector', start: 120, end: 129 },
          },
          note: 'Worth checking.',
          tags: ['economy', 'budget'],
          created: '2024-05-02T10:00:00.123Z',
          updated: '2024-05-04T08:30:00.654Z',
        },
      ]);
      expect(parsed.articles[0]).toMatchObject({ id: NEWS, title: 'A story', firstVisit: '2024-05-02T10:00:00.123Z' });
    }
  });

  it('names the row of a bad Hypothesis annotation', () => {
    const bad = {
      ...row,
      id: 'other',
      target: [{ source: NEWS, selector: [{ type: 'TextQuoteSelector', exact: 7 }] }],
    };
    expect(failure(() => readImportData({ rows: [row, bad] })).where).toBe('rows[1].target[0].selector[0].exact');
  });
});
