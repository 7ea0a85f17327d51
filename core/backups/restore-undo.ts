import type { LibraryRecords } from '../db/repository';
import type { LibraryState, ImportPlan } from '../exchange/import/plan';

/**
 * What it takes to put the library back as it was before a restore: the records the
 * restore added, to remove, and the earlier copies of those it replaced, to write back.
 */
export interface RestoreUndo {
  remove: Record<keyof RestoredRecords, string[]>;
  restore: RestoredRecords;
}

/** The kinds of record a restore writes: all the library holds but the saved versions of articles. */
type RestoredRecords = Omit<LibraryRecords, 'versions'>;

/** The undo of writing `writes` over a library whose affected records were `before`. */
export function undoOfWrites(writes: ImportPlan['writes'], before: LibraryState): RestoreUndo {
  const split = <T>(written: T[], previous: T[], key: (record: T) => string) => {
    const earlier = new Map(previous.map((record) => [key(record), record]));
    const remove: string[] = [];
    const restore: T[] = [];
    for (const record of written) {
      const old = earlier.get(key(record));
      if (old) restore.push(old);
      else remove.push(key(record));
    }
    return { remove, restore };
  };
  const articles = split(writes.articles, before.articles, (a) => a.id);
  const annotations = split(writes.annotations, before.annotations, (a) => a.id);
  const parties = split(writes.parties, before.parties, (p) => p.id);
  const settings = split(writes.settings, before.settings, (s) => s.key);
  const collections = split(writes.collections, before.collections ?? [], (c) => c.id);
  const dismissals = split(writes.dismissals, before.dismissals ?? [], (d) => d.id);
  return {
    remove: {
      articles: articles.remove,
      annotations: annotations.remove,
      parties: parties.remove,
      settings: settings.remove,
      collections: collections.remove,
      dismissals: dismissals.remove,
    },
    restore: {
      articles: articles.restore,
      annotations: annotations.restore,
      parties: parties.restore,
      settings: settings.restore,
      collections: collections.restore,
      dismissals: dismissals.restore,
    },
  };
}
