import type { ArticleMetadata } from '../model';
import { gunzipJson, gzipJson } from '../snapshots/compress';
import { sha256Hex } from '../snapshots/hash';
import type { MarginaliaDatabase, SnapshotRecord } from './database';

/** What a snapshot holds once unpacked. */
export interface SnapshotContent {
  /** Readability's article, sanitised. */
  html: string;
  /** The article's text, a paragraph a line. */
  text: string;
}

/** What one observation of an article did to its stored versions. */
export type SnapshotOutcome = 'first' | 'unchanged' | 'changed';

const SNAPSHOTS_ENABLED = 'snapshots.enabled';

export function snapshotId(articleId: string, hash: string): string {
  return `${articleId}\u0000${hash}`;
}

export async function snapshotsEnabled(db: MarginaliaDatabase): Promise<boolean> {
  return (await db.settings.get(SNAPSHOTS_ENABLED))?.value !== false;
}

export async function setSnapshotsEnabled(db: MarginaliaDatabase, enabled: boolean): Promise<void> {
  await db.settings.put({ key: SNAPSHOTS_ENABLED, value: enabled });
}

/** An article's versions, oldest first (without unpacking their content). */
export function snapshotsOf(db: MarginaliaDatabase, articleId: string): Promise<SnapshotRecord[]> {
  return db.snapshots.where('[articleId+firstSeen]').between([articleId, ''], [articleId, '\uffff']).toArray();
}

export async function latestSnapshot(db: MarginaliaDatabase, articleId: string): Promise<SnapshotRecord | undefined> {
  const all = await snapshotsOf(db, articleId);
  return all.sort((a, b) => a.lastSeen.localeCompare(b.lastSeen)).at(-1);
}

export function unpackSnapshot(record: Pick<SnapshotRecord, 'content'>): Promise<SnapshotContent> {
  return gunzipJson<SnapshotContent>(record.content);
}

/**
 * The cheap check on a revisit: when this exact page text was seen before as the latest
 * version, the article is unchanged and only its "last seen" moves; no Readability run is
 * needed. Returns whether it was known.
 */
export async function notePageSeen(
  db: MarginaliaDatabase,
  articleId: string,
  pageHash: string,
  at: string,
): Promise<boolean> {
  return db.transaction('rw', db.snapshots, async () => {
    const latest = await latestSnapshot(db, articleId);
    if (!latest || !latest.pageHashes.includes(pageHash)) return false;
    if (latest.lastSeen < at) await db.snapshots.update(latest.id, { lastSeen: at });
    return true;
  });
}

export interface Observation {
  articleId: string;
  metadata: ArticleMetadata;
  content: SnapshotContent;
  /** Hash of the whole page's text this observation was made on (see notePageSeen). */
  pageHash: string;
  pageBytes: number;
  at: string;
}

const MAX_PAGE_HASHES = 20;

/**
 * Records what an article says now: the first snapshot, another sighting of a known text
 * (its dates and page fingerprints updated), or a new version. Each distinct text is kept
 * once, however often it is seen.
 */
export async function recordSnapshot(db: MarginaliaDatabase, observation: Observation): Promise<SnapshotOutcome> {
  const { articleId, metadata, content, pageHash, pageBytes, at } = observation;
  const hash = await sha256Hex(content.text);
  const packed = await gzipJson(content);
  return db.transaction('rw', db.snapshots, async () => {
    const versions = await snapshotsOf(db, articleId);
    const id = snapshotId(articleId, hash);
    const same = versions.find((v) => v.id === id);
    const latest = versions.sort((a, b) => a.lastSeen.localeCompare(b.lastSeen)).at(-1);
    if (same) {
      const pageHashes = [pageHash, ...same.pageHashes.filter((h) => h !== pageHash)].slice(0, MAX_PAGE_HASHES);
      await db.snapshots.update(id, { lastSeen: same.lastSeen > at ? same.lastSeen : at, pageHashes });
      return latest?.id === id || !latest ? 'unchanged' : 'changed';
    }
    await db.snapshots.put({
      id,
      articleId,
      hash,
      firstSeen: at,
      lastSeen: at,
      title: metadata.title,
      byline: metadata.byline,
      siteName: metadata.siteName,
      publishedTime: metadata.publishedTime,
      pageBytes,
      storedBytes: packed.byteLength,
      pageHashes: [pageHash],
      content: packed,
    });
    return versions.length === 0 ? 'first' : 'changed';
  });
}

export async function deleteSnapshot(db: MarginaliaDatabase, id: string): Promise<void> {
  await db.snapshots.delete(id);
}

/** Deletes every version of an article and returns them, so the reader can take it back. */
export function deleteSnapshotsOf(db: MarginaliaDatabase, articleId: string): Promise<SnapshotRecord[]> {
  return db.transaction('rw', db.snapshots, async () => {
    const versions = await snapshotsOf(db, articleId);
    await db.snapshots.bulkDelete(versions.map((v) => v.id));
    return versions;
  });
}

/** Puts back versions deleteSnapshotsOf removed. */
export async function restoreSnapshots(db: MarginaliaDatabase, versions: SnapshotRecord[]): Promise<void> {
  await db.snapshots.bulkPut(versions);
}

/** One article's stored versions, summed up for the settings list. */
export interface ArticleSnapshots {
  articleId: string;
  /** The title of its latest version. */
  title: string;
  versions: number;
  bytes: number;
  lastSeen: string;
}

/**
 * Every article with stored versions, most recently seen first. Reads records without
 * unpacking them; the content is loaded with them all the same (IndexedDB has no
 * projection), which a settings page opened now and then can afford.
 */
export async function snapshotsByArticle(db: MarginaliaDatabase): Promise<ArticleSnapshots[]> {
  const byArticle = new Map<string, ArticleSnapshots>();
  await db.snapshots.each((s) => {
    const known = byArticle.get(s.articleId);
    if (!known) {
      byArticle.set(s.articleId, {
        articleId: s.articleId,
        title: s.title,
        versions: 1,
        bytes: s.storedBytes,
        lastSeen: s.lastSeen,
      });
      return;
    }
    known.versions += 1;
    known.bytes += s.storedBytes;
    if (s.lastSeen > known.lastSeen) {
      known.lastSeen = s.lastSeen;
      known.title = s.title;
    }
  });
  return [...byArticle.values()].sort((a, b) => (a.lastSeen > b.lastSeen ? -1 : a.lastSeen < b.lastSeen ? 1 : 0));
}

/**
 * A version as exports carry it: its record's details with its content unpacked. What is
 * left out is derived (stored size) or a cache of this browser's visits (page hashes).
 */
export type ArticleVersion = Omit<SnapshotRecord, 'storedBytes' | 'pageHashes' | 'content'> & SnapshotContent;

export async function unpackVersion({
  storedBytes: _storedBytes,
  pageHashes: _pageHashes,
  content,
  ...details
}: SnapshotRecord): Promise<ArticleVersion> {
  const { html, text } = await unpackSnapshot({ content });
  return { ...details, html, text };
}

/**
 * A version to store again: compressed, its stored size measured anew. It comes with no
 * page hashes, so the first revisit of its page runs Readability once and records one.
 */
export async function packVersion({ html, text, ...details }: ArticleVersion): Promise<SnapshotRecord> {
  const content = await gzipJson({ html, text } satisfies SnapshotContent);
  return { ...details, storedBytes: content.byteLength, pageHashes: [], content };
}

/** Bytes the stored snapshots take, and how many there are. */
export async function snapshotStorage(db: MarginaliaDatabase): Promise<{ count: number; bytes: number }> {
  let bytes = 0;
  let count = 0;
  await db.snapshots.each((s) => {
    bytes += s.storedBytes;
    count += 1;
  });
  return { count, bytes };
}
