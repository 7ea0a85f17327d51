import type { CollectionRecord, DismissalRecord, SettingRecord } from '../db/database';
import type { ArticleVersion } from '../db/snapshots';
import { partyIdsOf, type Annotation, type Article, type Party } from '../model';

/**
 * What an export is made from: the records of the whole library or of a part of it. Every
 * format takes one already narrowed to the scope the reader chose (library, filter, article),
 * so no format knows about scopes.
 */
export interface LibrarySnapshot {
  articles: Article[];
  annotations: Annotation[];
  parties: Party[];
  settings: SettingRecord[];
  /** The reader's collections; files from other tools have none. */
  collections?: CollectionRecord[];
  /** The suggestions the reader dismissed, per article; files from other tools have none. */
  dismissals?: DismissalRecord[];
  /** The stored versions of the articles' text; files from other tools have none. */
  versions?: ArticleVersion[];
}

/**
 * The part of a library about some articles: those articles, their annotations, saved
 * versions and dismissed suggestions, and the parties those annotations name. Settings
 * belong to the library, not to articles: they stay, so a backup of one article still
 * restores with the reader's rating scale. A collection comes along only when all its
 * articles do (an empty one never), so exporting a collection carries it whole, and never
 * a cut-down copy that would read, once imported, as the reader's collection.
 */
export function narrowSnapshot(snapshot: LibrarySnapshot, articleIds: Iterable<string>): LibrarySnapshot {
  const wanted = new Set(articleIds);
  const annotations = snapshot.annotations.filter((a) => wanted.has(a.articleId));
  const named = new Set(annotations.flatMap(partyIdsOf));
  return {
    articles: snapshot.articles.filter((a) => wanted.has(a.id)),
    annotations,
    parties: snapshot.parties.filter((p) => named.has(p.id)),
    settings: snapshot.settings,
    ...(snapshot.collections && {
      collections: snapshot.collections.filter(
        (c) => c.articleIds.length > 0 && c.articleIds.every((id) => wanted.has(id)),
      ),
    }),
    ...(snapshot.dismissals && { dismissals: snapshot.dismissals.filter((d) => wanted.has(d.articleId)) }),
    ...(snapshot.versions && { versions: snapshot.versions.filter((v) => wanted.has(v.articleId)) }),
  };
}

/**
 * Each article's versions, oldest first (by when each text was first seen), for formats
 * that date what an annotation was made on.
 */
export function versionsByArticle(snapshot: Pick<LibrarySnapshot, 'versions'>): Map<string, ArticleVersion[]> {
  const grouped = new Map<string, ArticleVersion[]>();
  for (const version of snapshot.versions ?? []) {
    const list = grouped.get(version.articleId);
    if (list) list.push(version);
    else grouped.set(version.articleId, [version]);
  }
  for (const list of grouped.values())
    list.sort((x, y) => (x.firstSeen < y.firstSeen ? -1 : x.firstSeen > y.firstSeen ? 1 : 0));
  return grouped;
}

/** The parties of a snapshot by id, for formats that name a claimant or a subject. */
export function partiesById(snapshot: Pick<LibrarySnapshot, 'parties'>): Map<string, Party> {
  return new Map(snapshot.parties.map((p) => [p.id, p]));
}

/** Each article's annotations in reading order (position on the page, then creation). */
export function annotationsByArticle(snapshot: Pick<LibrarySnapshot, 'annotations'>): Map<string, Annotation[]> {
  const grouped = new Map<string, Annotation[]>();
  for (const a of snapshot.annotations) {
    const list = grouped.get(a.articleId);
    if (list) list.push(a);
    else grouped.set(a.articleId, [a]);
  }
  for (const list of grouped.values()) {
    list.sort(
      (x, y) =>
        x.target.position.start - y.target.position.start ||
        (x.created < y.created ? -1 : x.created > y.created ? 1 : 0),
    );
  }
  return grouped;
}
