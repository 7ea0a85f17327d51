// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deleteSnapshot,
  latestSnapshot,
  notePageSeen,
  recordSnapshot,
  setSnapshotsEnabled,
  snapshotsEnabled,
  snapshotsOf,
  snapshotStorage,
  unpackSnapshot,
  type Observation,
} from '../../../core/db/snapshots';
import { freshRepository } from '../support/database';
import { articleMetadata } from '../support/records';

const ARTICLE = 'https://news.example.org/story';

function observation(text: string, at: string, pageHash = 'a'.repeat(64)): Observation {
  return {
    articleId: ARTICLE,
    metadata: articleMetadata(),
    content: { html: `<p>${text}</p>`, text },
    pageHash,
    pageBytes: 50_000,
    at,
  };
}

describe('snapshots', () => {
  it('keeps each distinct text once, with when it was first and last seen', async () => {
    const { db } = freshRepository();
    expect(await recordSnapshot(db, observation('Version one.', '2024-05-01T10:00:00.000Z'))).toBe('first');
    expect(await recordSnapshot(db, observation('Version one.', '2024-05-02T10:00:00.000Z', 'b'.repeat(64)))).toBe(
      'unchanged',
    );
    expect(await recordSnapshot(db, observation('Version two.', '2024-05-03T10:00:00.000Z'))).toBe('changed');
    const versions = await snapshotsOf(db, ARTICLE);
    expect(versions.map((v) => [v.firstSeen, v.lastSeen])).toEqual([
      ['2024-05-01T10:00:00.000Z', '2024-05-02T10:00:00.000Z'],
      ['2024-05-03T10:00:00.000Z', '2024-05-03T10:00:00.000Z'],
    ]);
    expect((await unpackSnapshot(versions[1]!)).text).toBe('Version two.');
    expect((await latestSnapshot(db, ARTICLE))?.id).toBe(versions[1]!.id);
  });

  it('recognises a revisit of a known page text without a new snapshot', async () => {
    const { db } = freshRepository();
    await recordSnapshot(db, observation('Same story.', '2024-05-01T10:00:00.000Z', 'c'.repeat(64)));
    expect(await notePageSeen(db, ARTICLE, 'c'.repeat(64), '2024-06-01T10:00:00.000Z')).toBe(true);
    expect(await notePageSeen(db, ARTICLE, 'd'.repeat(64), '2024-06-02T10:00:00.000Z')).toBe(false);
    expect((await latestSnapshot(db, ARTICLE))?.lastSeen).toBe('2024-06-01T10:00:00.000Z');
    expect(await notePageSeen(db, 'https://other.example/', 'c'.repeat(64), '2024-06-01T10:00:00.000Z')).toBe(false);
  });

  it('can be switched off, deleted one by one, and reports what it stores', async () => {
    const { db } = freshRepository();
    expect(await snapshotsEnabled(db)).toBe(true);
    await setSnapshotsEnabled(db, false);
    expect(await snapshotsEnabled(db)).toBe(false);
    await recordSnapshot(db, observation('Text.', '2024-05-01T10:00:00.000Z'));
    const [only] = await snapshotsOf(db, ARTICLE);
    expect(await snapshotStorage(db)).toEqual({ count: 1, bytes: only!.storedBytes });
    await deleteSnapshot(db, only!.id);
    expect(await snapshotStorage(db)).toEqual({ count: 0, bytes: 0 });
  });
});
