// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Repository } from '../../../core/db/repository';
import { recordSnapshot, snapshotId, snapshotsOf, type ArticleVersion } from '../../../core/db/snapshots';
import { backupText } from '../../../core/exchange/backup';
import { applyImport, previewImport } from '../../../core/exchange/import/apply';
import { ImportError } from '../../../core/exchange/import/errors';
import { REASONS } from '../../../core/exchange/import/plan';
import { readImportData, readImportText } from '../../../core/exchange/import/read';
import { markdownText } from '../../../core/exchange/markdown';
import { narrowSnapshot, partiesById, type LibrarySnapshot } from '../../../core/exchange/snapshot';
import { toW3CAnnotation, toW3CCollection } from '../../../core/exchange/w3c';
import { sha256Hex } from '../../../core/snapshots/hash';
import { freshRepository } from '../support/database';
import { EXPORTED_AT, runNode, runW3CMusts, sampleSnapshot, sampleText, scratchFile } from './support';

const BUDGET = 'https://news.example.org/2024/05/budget-vote.html';
const ARABIC = 'https://akhbar.example.net/2024/06/%D9%85%D9%8A%D8%A7%D9%87';
// The budget article's claims were logged 10:05–10:07 on 2 May; its first copy was saved just after.
const FIRST_SAVED = '2024-05-02T10:08:00.000Z';
const CHANGED = '2024-05-03T09:00:00.000Z';

const counts = (n: Partial<Record<'new' | 'updated' | 'unchanged' | 'skipped' | 'conflicts', number>>) => ({
  new: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  conflicts: 0,
  ...n,
});

async function observe(repo: Repository, articleId: string, text: string, at: string, pageHash = 'c'.repeat(64)) {
  await recordSnapshot(repo.db, {
    articleId,
    metadata: {
      url: articleId,
      title: `Title of ${text.slice(0, 12)}`,
      byline: 'By A. Writer',
      siteName: 'Example',
      publishedTime: '',
      language: 'en',
      excerpt: '',
      isArticle: true,
    },
    content: { html: `<p>${text}</p><p>Ünïcode — ستنخفض</p>`, text: `${text}\nÜnïcode — ستنخفض` },
    pageHash,
    pageBytes: 48_213,
    at,
  });
}

/** The sample library, with two texts of the budget story and one of the Arabic one saved. */
async function libraryWithVersions(): Promise<Repository> {
  const repo = freshRepository();
  await applyImport(repo, readImportText(sampleText()));
  await observe(repo, BUDGET, 'Unemployment has fallen to 4.1%.', FIRST_SAVED);
  await observe(repo, BUDGET, 'Unemployment has fallen to 4.1%.', '2024-05-02T18:00:00.000Z', 'd'.repeat(64));
  await observe(repo, BUDGET, 'Unemployment has fallen to 4.3%.', CHANGED);
  await observe(repo, ARABIC, 'ستنخفض أسعار المياه بنسبة خمسين في المئة', '2024-06-03T12:11:00.000Z');
  return repo;
}

/** What the library page's "Delete everything" does. */
async function wipe(repo: Repository): Promise<void> {
  await repo.wipeLibrary();
}

async function backupOf(repo: Repository): Promise<string> {
  return backupText(await repo.readLibrary(), { exportedAt: EXPORTED_AT });
}

type BackupData = Record<string, unknown> & { versions: Record<string, unknown>[] };

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

async function version(
  articleId: string,
  text: string,
  firstSeen: string,
  lastSeen = firstSeen,
): Promise<ArticleVersion> {
  const hash = await sha256Hex(text);
  return {
    id: snapshotId(articleId, hash),
    articleId,
    hash,
    firstSeen,
    lastSeen,
    title: 'A title',
    byline: '',
    siteName: '',
    publishedTime: '',
    pageBytes: 1000,
    html: `<p>${text}</p>`,
    text,
  };
}

describe('backups with saved versions', () => {
  it('export, wipe, import gives back identical versions, compressed and measured again', async () => {
    const repo = await libraryWithVersions();
    const before = await repo.readLibrary();
    expect(before.versions).toHaveLength(3);
    const exported = await backupOf(repo);
    expect(JSON.parse(exported).versions).toHaveLength(3);
    await wipe(repo);
    expect((await repo.readLibrary()).versions).toEqual([]);
    const plan = await applyImport(repo, readImportText(exported));
    expect(plan.counts.versions).toEqual(counts({ new: 3 }));
    expect(await repo.readLibrary()).toEqual(before);
    expect(await backupOf(repo)).toBe(exported);
    const stored = await snapshotsOf(repo.db, BUDGET);
    expect(stored.map((s) => [s.firstSeen, s.lastSeen])).toEqual([
      [FIRST_SAVED, '2024-05-02T18:00:00.000Z'],
      [CHANGED, CHANGED],
    ]);
    for (const s of stored) {
      expect(s.storedBytes).toBe(s.content.byteLength);
      // Page hashes are this browser's cache of visits: not exported, so the first revisit parses once.
      expect(s.pageHashes).toEqual([]);
    }
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const repo = await libraryWithVersions();
    const exported = await backupOf(repo);
    const before = await repo.readLibrary();
    const second = await applyImport(repo, readImportText(exported));
    expect(second.counts.versions).toEqual(counts({ unchanged: 3 }));
    expect(second.writes.versions).toEqual([]);
    expect(second.writes.versionSpans).toEqual([]);
    expect(await repo.readLibrary()).toEqual(before);
  });

  it('a version the library has keeps its text and page hashes; when it was seen widens', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    await observe(repo, BUDGET, 'Same text.', '2024-05-05T00:00:00.000Z', 'e'.repeat(64));
    const [stored] = await snapshotsOf(repo.db, BUDGET);
    const file = JSON.parse(sampleText()) as BackupData;
    // The same text as stored, seen from 1 May to 9 May in the file, under another title.
    const [unpacked] = (await repo.readLibrary()).versions;
    file.versions = [
      {
        ...unpacked,
        title: 'Another title',
        firstSeen: '2024-05-01T00:00:00.000Z',
        lastSeen: '2024-05-09T00:00:00.000Z',
      },
    ];
    const plan = await applyImport(repo, readImportData(file));
    expect(plan.counts.versions).toEqual(counts({ updated: 1 }));
    expect(plan.reasons).toContainEqual({
      kind: 'versions',
      outcome: 'updated',
      reason: REASONS.versionSpanWidened,
      count: 1,
    });
    const [after] = await snapshotsOf(repo.db, BUDGET);
    expect(after).toEqual({ ...stored, firstSeen: '2024-05-01T00:00:00.000Z', lastSeen: '2024-05-09T00:00:00.000Z' });
    expect(after!.pageHashes).toEqual(['e'.repeat(64)]);

    // A file that saw it over a shorter span changes nothing.
    file.versions = [
      { ...file.versions[0]!, firstSeen: '2024-05-04T00:00:00.000Z', lastSeen: '2024-05-06T00:00:00.000Z' },
    ];
    const narrower = await applyImport(repo, readImportData(file));
    expect(narrower.counts.versions).toEqual(counts({ unchanged: 1 }));
    expect((await snapshotsOf(repo.db, BUDGET))[0]).toEqual(after);
  });

  it('another text of an article the library has is added beside its own', async () => {
    const repo = freshRepository();
    await applyImport(repo, readImportText(sampleText()));
    await observe(repo, BUDGET, 'The library’s text.', FIRST_SAVED);
    const file = JSON.parse(sampleText()) as BackupData;
    file.versions = [{ ...(await version(BUDGET, 'The file’s text.', CHANGED)) }];
    const preview = await previewImport(repo, readImportData(file));
    expect(preview.counts.versions).toEqual(counts({ new: 1 }));
    expect(await snapshotsOf(repo.db, BUDGET)).toHaveLength(1);
    await applyImport(repo, readImportData(file));
    const texts = (await repo.readLibrary()).versions.map((v) => v.text);
    expect(texts.sort()).toEqual(['The file’s text.', 'The library’s text.\nÜnïcode — ستنخفض'].sort());
  });

  it('a file without versions stays version 1 as before; one with them is version 1 too', async () => {
    expect(sampleText()).not.toContain('"versions"');
    const repo = await libraryWithVersions();
    const exported = JSON.parse(await backupOf(repo)) as { version: number };
    expect(exported.version).toBe(1);
  });
});

describe('reading versions from a backup: what is refused, and where', () => {
  async function fileWith(...versions: ArticleVersion[]): Promise<BackupData> {
    return { ...(JSON.parse(sampleText()) as BackupData), versions: versions.map((v) => ({ ...v })) };
  }

  it('a version of an article not in the file', async () => {
    const file = await fileWith(await version('https://elsewhere.example/', 'Text.', CHANGED));
    expect(failure(() => readImportData(file)).where).toBe('versions[0].articleId');
  });

  it('an id that is not the article and the hash', async () => {
    const file = await fileWith(await version(BUDGET, 'Text.', CHANGED));
    file.versions[0]!.id = 'made-up';
    expect(failure(() => readImportData(file)).where).toBe('versions[0].id');
  });

  it('a hash that is not hex, last seen before first seen, and the same version twice', async () => {
    const file = await fileWith(await version(BUDGET, 'Text.', CHANGED));
    expect(failure(() => readImportData({ ...file, versions: [{ ...file.versions[0]!, hash: 'abc' }] })).where).toBe(
      'versions[0].hash',
    );
    const backwards = { ...file.versions[0]!, lastSeen: '2024-01-01T00:00:00.000Z' };
    expect(failure(() => readImportData({ ...file, versions: [backwards] })).where).toBe('versions[0].lastSeen');
    expect(failure(() => readImportData({ ...file, versions: [file.versions[0]!, file.versions[0]!] })).where).toBe(
      'versions[1].id',
    );
  });

  it('a text that does not match its hash: refused before anything is written', async () => {
    const file = await fileWith(await version(BUDGET, 'Text.', CHANGED), await version(BUDGET, 'Other.', CHANGED));
    file.versions[1]!.text = 'Tampered.';
    const parsed = readImportData(file);
    const repo = freshRepository();
    await expect(previewImport(repo, parsed)).rejects.toMatchObject({ where: 'versions[1].hash' });
    await expect(applyImport(repo, parsed)).rejects.toBeInstanceOf(ImportError);
    expect(await repo.readLibrary()).toEqual({
      articles: [],
      annotations: [],
      parties: [],
      settings: [],
      collections: [],
      dismissals: [],
      versions: [],
    });
  });
});

describe('exports that date annotations by saved versions', () => {
  let library: LibrarySnapshot;
  const ready = (async () => {
    const repo = await libraryWithVersions();
    library = await repo.readLibrary();
  })();

  it('narrowing to some articles keeps their versions only', async () => {
    await ready;
    const one = narrowSnapshot(library, [BUDGET]);
    expect(one.versions!.map((v) => v.articleId)).toEqual([BUDGET, BUDGET]);
    expect(narrowSnapshot(sampleSnapshot(), [BUDGET])).not.toHaveProperty('versions');
  });

  it('the Markdown report says when the story changed after a claim was logged', async () => {
    await ready;
    const report = markdownText(library, { exportedAt: EXPORTED_AT });
    expect(report).toContain('- Saved text: 2 versions, first seen on 2024-05-02 and 2024-05-03');
    expect(report).toContain('- Saved text: as it read on 2024-06-03');
    // The budget story's three claims were logged before it changed; the Arabic one never changed.
    expect(report.match(/The story changed on 2024-05-03, after this claim was logged\./g)).toHaveLength(3);
    expect(report.match(/The story changed/g)).toHaveLength(3);
    // A claim logged after the change is not flagged.
    const later = {
      ...library,
      annotations: library.annotations.map((a) =>
        a.kind === 'claim' && a.articleId === BUDGET ? { ...a, created: '2024-05-04T00:00:00.000Z' } : a,
      ),
    };
    expect(markdownText(later, { exportedAt: EXPORTED_AT })).not.toContain('The story changed');
  });

  it('the W3C export gives each target the time of the text it was made on, as a TimeState', async () => {
    await ready;
    const items = new Map(toW3CCollection(library, { exportedAt: EXPORTED_AT }).first.items.map((i) => [i.id, i]));
    // Made before any copy was saved: the first copy is what it was made on.
    expect(items.get('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000004')!.target.state).toEqual({
      type: 'TimeState',
      sourceDate: FIRST_SAVED,
    });
    expect(items.get('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000008')!.target.state).toEqual({
      type: 'TimeState',
      sourceDate: '2024-06-03T12:11:00.000Z',
    });
    // No saved copy, no state.
    expect(items.get('urn:x-marginalia:legacy-note-1')!.target).not.toHaveProperty('state');
    // Made after the text changed: dated by the changed text.
    const budgetClaim = library.annotations.find((a) => a.id.endsWith('000000000004'))!;
    const afterChange = toW3CAnnotation({ ...budgetClaim, created: '2024-05-04T00:00:00.000Z' }, partiesById(library), {
      versions: library
        .versions!.filter((v) => v.articleId === BUDGET)
        .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen)),
    });
    expect(afterChange.target.state).toEqual({ type: 'TimeState', sourceDate: CHANGED });
  });

  it('still passes the web-platform-tests annotation-model "Musts" with a TimeState', async () => {
    await ready;
    const collection = toW3CCollection(library, { exportedAt: EXPORTED_AT });
    const dated = collection.first.items.find((i) => i.target.state)!;
    const [annotationLine, collectionLine] = await Promise.all([
      runW3CMusts('annotation', { '@context': collection['@context'], ...dated }, 'dated-annotation'),
      runW3CMusts('collection', collection, 'dated-collection'),
    ]);
    expect(annotationLine).toMatch(/^\d+ passed, 0 failed/);
    expect(collectionLine).toMatch(/^\d+ passed, 0 failed/);
  }, 60_000);

  it('the command line converts a backup with versions', async () => {
    await ready;
    const file = scratchFile('with-versions.backup.json', backupText(library, { exportedAt: EXPORTED_AT }));
    const markdown = await runNode(['bin/marginalia.js', 'convert', file, '--to', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('after this claim was logged.');
    const out = scratchFile('again.backup.json', '');
    const backup = await runNode(['bin/marginalia.js', 'convert', file, '--to', 'backup', '--out', out]);
    expect(backup.code).toBe(0);
    const again = JSON.parse(readFileSync(out, 'utf8')) as { versions: ArticleVersion[] };
    expect(again.versions).toEqual(JSON.parse(readFileSync(file, 'utf8')).versions);
  }, 60_000);
});
