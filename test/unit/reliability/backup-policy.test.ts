// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BACKUP_INTERVAL_MS,
  backupsToPrune,
  changedSince,
  decideBackup,
  latestOf,
  type BackupSummary,
  type LibraryState,
} from '../../../core/backups/policy';

const DAY = BACKUP_INTERVAL_MS;
const T0 = '2025-03-01T09:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const counts = { articles: 2, annotations: 10, parties: 3 };
const newest: BackupSummary = { id: 'b1', created: T0, counts };
const unchanged: LibraryState = { counts, latestChange: at(-1000) };

describe('decideBackup', () => {
  it('makes the first backup as soon as the library holds anything', () => {
    expect(decideBackup(undefined, unchanged, T0)).toBe('due');
    expect(
      decideBackup(undefined, { counts: { articles: 0, annotations: 0, parties: 0 }, latestChange: undefined }, T0),
    ).toBe('empty');
  });

  it('makes at most one a day, however much changes', () => {
    const busy: LibraryState = { counts: { ...counts, annotations: 500 }, latestChange: at(DAY - 1) };
    expect(decideBackup(newest, busy, at(1))).toBe('not-due');
    expect(decideBackup(newest, busy, at(DAY - 1))).toBe('not-due');
    expect(decideBackup(newest, busy, at(DAY))).toBe('due');
  });

  it('makes none when nothing changed since the newest, however old it is', () => {
    expect(decideBackup(newest, unchanged, at(DAY))).toBe('unchanged');
    expect(decideBackup(newest, unchanged, at(30 * DAY))).toBe('unchanged');
  });

  it('is not held off by a newest backup dated in the future (the clock was set back)', () => {
    const ahead: BackupSummary = { ...newest, created: at(5 * DAY) };
    expect(decideBackup(ahead, { counts: { ...counts, parties: 4 }, latestChange: at(0) }, at(DAY))).toBe('due');
  });
});

describe('changedSince', () => {
  it('sees a write after the backup', () => {
    expect(changedSince(newest, { counts, latestChange: at(1) })).toBe(true);
    expect(changedSince(newest, { counts, latestChange: T0 })).toBe(false);
  });

  it('sees records added or removed without newer times (an import keeps its records’ own times)', () => {
    for (const kind of ['articles', 'annotations', 'parties'] as const) {
      expect(changedSince(newest, { counts: { ...counts, [kind]: counts[kind] + 1 }, latestChange: at(-DAY) })).toBe(
        true,
      );
      expect(changedSince(newest, { counts: { ...counts, [kind]: counts[kind] - 1 }, latestChange: at(-DAY) })).toBe(
        true,
      );
    }
  });
});

describe('changedSince, with collections and dismissals', () => {
  const counted: BackupSummary = { ...newest, counts: { ...counts, collections: 2, dismissals: 5 } };
  const same: LibraryState = { counts: counted.counts, latestChange: at(-DAY) };

  it('sees one made, deleted or dismissed without a newer time', () => {
    expect(changedSince(counted, same)).toBe(false);
    for (const kind of ['collections', 'dismissals'] as const) {
      const more = { ...same, counts: { ...same.counts, [kind]: counted.counts[kind]! + 1 } };
      const fewer = { ...same, counts: { ...same.counts, [kind]: counted.counts[kind]! - 1 } };
      expect(changedSince(counted, more)).toBe(true);
      expect(changedSince(counted, fewer)).toBe(true);
    }
  });

  it('takes a backup made before they were backed up as holding none', () => {
    expect(changedSince(newest, { counts: { ...counts, collections: 0, dismissals: 0 }, latestChange: at(-DAY) })).toBe(
      false,
    );
    expect(changedSince(newest, { counts: { ...counts, collections: 1, dismissals: 0 }, latestChange: at(-DAY) })).toBe(
      true,
    );
  });
});

describe('backupsToPrune', () => {
  const backups = Array.from({ length: 10 }, (_, i) => ({ id: `b${i}`, created: at(i * DAY) }));

  it('keeps the newest seven by default, whatever order they come in', () => {
    const shuffled = [
      backups[4]!,
      backups[9]!,
      backups[0]!,
      backups[7]!,
      backups[2]!,
      ...backups.slice(5, 7),
      backups[1]!,
      backups[3]!,
      backups[8]!,
    ];
    expect(backupsToPrune(shuffled).sort()).toEqual(['b0', 'b1', 'b2']);
  });

  it('prunes nothing while there are no more than it keeps', () => {
    expect(backupsToPrune(backups.slice(0, 7))).toEqual([]);
    expect(backupsToPrune([])).toEqual([]);
  });

  it('keeps the number asked for', () => {
    expect(backupsToPrune(backups, 2).sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
  });
});

describe('latestOf', () => {
  it('is the latest time given, ignoring missing ones', () => {
    expect(latestOf(undefined, at(2), at(5), undefined, at(1))).toBe(at(5));
    expect(latestOf(undefined, undefined)).toBeUndefined();
  });
});
