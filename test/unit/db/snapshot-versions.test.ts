// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deleteSnapshotsOf,
  packVersion,
  recordSnapshot,
  restoreSnapshots,
  snapshotsByArticle,
  snapshotsOf,
  snapshotStorage,
  unpackSnapshot,
  unpackVersion,
} from '../../../core/db/snapshots';
import { freshRepository } from '../support/database';
import { articleMetadata } from '../support/records';

const STORY = 'https://news.example.org/story';
const OTHER = 'https://news.example.org/other';

async function save(
  db: ReturnType<typeof freshRepository>['db'],
  articleId: string,
  text: string,
  at: string,
  title = 'A story',
) {
  await recordSnapshot(db, {
    articleId,
    metadata: articleMetadata({ title }),
    content: { html: `<p>${text}</p>`, text },
    pageHash: 'a'.repeat(64),
    pageBytes: 10_000,
    at,
  });
}

describe('snapshots by article', () => {
  it('sums each article’s versions and bytes, titled by its latest, most recently seen first', async () => {
    const { db } = freshRepository();
    await save(db, STORY, 'One.', '2024-05-01T10:00:00.000Z', 'Old title');
    await save(db, STORY, 'Two.', '2024-05-03T10:00:00.000Z', 'New title');
    await save(db, OTHER, 'Else.', '2024-05-02T10:00:00.000Z', 'Other story');
    const stored = await snapshotsOf(db, STORY);
    expect(await snapshotsByArticle(db)).toEqual([
      {
        articleId: STORY,
        title: 'New title',
        versions: 2,
        bytes: stored[0]!.storedBytes + stored[1]!.storedBytes,
        lastSeen: '2024-05-03T10:00:00.000Z',
      },
      {
        articleId: OTHER,
        title: 'Other story',
        versions: 1,
        bytes: (await snapshotsOf(db, OTHER))[0]!.storedBytes,
        lastSeen: '2024-05-02T10:00:00.000Z',
      },
    ]);
  });

  it('deletes all of an article’s versions, and puts them back as they were', async () => {
    const { db } = freshRepository();
    await save(db, STORY, 'One.', '2024-05-01T10:00:00.000Z');
    await save(db, STORY, 'Two.', '2024-05-03T10:00:00.000Z');
    await save(db, OTHER, 'Else.', '2024-05-02T10:00:00.000Z');
    const before = await snapshotsOf(db, STORY);
    const deleted = await deleteSnapshotsOf(db, STORY);
    expect(deleted).toEqual(before);
    expect(await snapshotsOf(db, STORY)).toEqual([]);
    expect((await snapshotStorage(db)).count).toBe(1);
    await restoreSnapshots(db, deleted);
    expect(await snapshotsOf(db, STORY)).toEqual(before);
  });
});

describe('versions unpacked for export and packed again', () => {
  it('carry every detail but the stored size and page hashes, and pack back to the same content', async () => {
    const { db } = freshRepository();
    await save(db, STORY, 'Ünïcode text — ستنخفض.', '2024-05-01T10:00:00.000Z');
    const [stored] = await snapshotsOf(db, STORY);
    const version = await unpackVersion(stored!);
    expect(version).not.toHaveProperty('content');
    expect(version).not.toHaveProperty('pageHashes');
    expect(version).not.toHaveProperty('storedBytes');
    expect(version).toMatchObject({
      id: stored!.id,
      hash: stored!.hash,
      text: 'Ünïcode text — ستنخفض.',
      html: '<p>Ünïcode text — ستنخفض.</p>',
    });
    const packed = await packVersion(version);
    expect(packed.storedBytes).toBe(packed.content.byteLength);
    expect(packed.pageHashes).toEqual([]);
    expect(await unpackSnapshot(packed)).toEqual(await unpackSnapshot(stored!));
    const { content: _a, pageHashes: _b, ...rest } = stored!;
    const { content: _c, pageHashes: _d, ...again } = packed;
    expect(again).toEqual(rest);
  });

  it('the repository reads the whole library with its versions unpacked', async () => {
    const repo = freshRepository();
    await save(repo.db, STORY, 'One.', '2024-05-01T10:00:00.000Z');
    const library = await repo.readLibrary();
    expect(library.versions.map((v) => v.text)).toEqual(['One.']);
    // The automatic backups read it without the saved copies.
    expect((await repo.readLibrary({ versions: false })).versions).toEqual([]);
  });
});
