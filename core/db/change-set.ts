import type { MarginaliaDatabase, SettingRecord, StoredAnnotation, StoredParty } from './database';

/**
 * What it takes to put the database back as it was before an operation: records to
 * write back as they were, and records the operation created, to remove. Every
 * destructive operation returns one, so the reader can undo it.
 */
export interface ChangeSet {
  restore: { annotations: StoredAnnotation[]; parties: StoredParty[]; settings: SettingRecord[] };
  remove: { annotations: string[]; parties: string[] };
}

export function emptyChangeSet(): ChangeSet {
  return { restore: { annotations: [], parties: [], settings: [] }, remove: { annotations: [], parties: [] } };
}

/** Undoes an operation, in one transaction: all of it comes back or none of it. */
export async function applyChangeSet(db: MarginaliaDatabase, change: ChangeSet): Promise<void> {
  await db.transaction('rw', db.annotations, db.parties, db.settings, async () => {
    await db.annotations.bulkDelete(change.remove.annotations);
    await db.parties.bulkDelete(change.remove.parties);
    await db.annotations.bulkPut(change.restore.annotations);
    await db.parties.bulkPut(change.restore.parties);
    await db.settings.bulkPut(change.restore.settings);
  });
}
