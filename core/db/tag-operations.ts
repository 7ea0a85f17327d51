import { nowIso } from '../model';
import { emptyChangeSet, type ChangeSet } from './change-set';
import type { MarginaliaDatabase, StoredAnnotation } from './database';

/** Every tag in use, with how many annotations carry it, most used first. */
export async function tagCounts(db: MarginaliaDatabase): Promise<{ tag: string; count: number }[]> {
  const tags = (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
  const counts = await Promise.all(
    tags.map(async (tag) => ({ tag, count: await db.annotations.where('tags').equals(tag).count() })),
  );
  return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

async function retag(db: MarginaliaDatabase, tag: string, change: (tags: string[]) => string[]): Promise<ChangeSet> {
  return db.transaction('rw', db.annotations, async () => {
    const affected: StoredAnnotation[] = await db.annotations.where('tags').equals(tag).toArray();
    const at = nowIso();
    await db.annotations.bulkPut(affected.map((a) => ({ ...a, tags: change(a.tags), updated: at })));
    const undo = emptyChangeSet();
    undo.restore.annotations = affected;
    return undo;
  });
}

/** Renames a tag everywhere; renaming onto an existing tag merges the two. */
export async function renameTag(db: MarginaliaDatabase, from: string, to: string): Promise<ChangeSet> {
  const target = to.trim();
  if (!target) throw new Error('A tag needs a name.');
  return retag(db, from, (tags) => [...new Set(tags.map((t) => (t === from ? target : t)))]);
}

/** Removes a tag from every annotation that has it. */
export function deleteTag(db: MarginaliaDatabase, tag: string): Promise<ChangeSet> {
  return retag(db, tag, (tags) => tags.filter((t) => t !== tag));
}
