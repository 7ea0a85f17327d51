import { dismissalId } from '../../db/dismissals';
import { snapshotId } from '../../db/snapshots';
import { partyIdsOf } from '../../model';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from '../backup';
import { ImportError, parseOrExplain } from './errors';

/** Reads a backup file's data: its format and version first, then every record, then their links. */
export function readBackup(data: Record<string, unknown>): Backup {
  if (data.format !== BACKUP_FORMAT) {
    throw new ImportError(
      typeof data.format === 'string'
        ? `this is a “${data.format}” file, not a Marginalia backup`
        : 'not a Marginalia backup: it has no "format": "marginalia-backup"',
      'format',
    );
  }
  if (data.version !== BACKUP_VERSION) {
    const newer = typeof data.version === 'number' && data.version > BACKUP_VERSION;
    throw new ImportError(
      newer
        ? `this backup is version ${data.version}, made by a newer Marginalia; this one reads version ${BACKUP_VERSION}. Update Marginalia, then import it again.`
        : `unknown backup version ${JSON.stringify(data.version)}; this Marginalia reads version ${BACKUP_VERSION}`,
      'version',
    );
  }
  const backup = parseOrExplain(BackupSchema, data);
  rejectDuplicates(backup.articles, (a) => a.id, 'articles');
  rejectDuplicates(backup.annotations, (a) => a.id, 'annotations');
  rejectDuplicates(backup.parties, (p) => p.id, 'parties');
  rejectDuplicates(backup.settings, (s) => s.key, 'settings', 'key');
  rejectDuplicates(backup.collections ?? [], (c) => c.id, 'collections');
  rejectDuplicates(backup.dismissals ?? [], (d) => d.id, 'dismissals');
  rejectDuplicates(backup.versions ?? [], (s) => s.id, 'versions');
  checkReferences(backup);
  checkCollections(backup);
  checkDismissals(backup);
  checkVersions(backup);
  return backup;
}

function rejectDuplicates<T>(records: T[], key: (record: T) => string, list: string, field = 'id'): void {
  const first = new Map<string, number>();
  records.forEach((record, i) => {
    const k = key(record);
    const earlier = first.get(k);
    if (earlier !== undefined) {
      throw new ImportError(
        `${JSON.stringify(k)} appears twice in the file (also ${list}[${earlier}])`,
        `${list}[${i}].${field}`,
      );
    }
    first.set(k, i);
  });
}

/** A backup stands alone: every article and party its annotations name is in it. */
function checkReferences(backup: Backup): void {
  const articles = new Set(backup.articles.map((a) => a.id));
  const parties = new Set(backup.parties.map((p) => p.id));
  backup.annotations.forEach((a, i) => {
    if (!articles.has(a.articleId)) {
      throw new ImportError(`no article with this id is in the file`, `annotations[${i}].articleId`);
    }
    const missing = partyIdsOf(a).find((id) => !parties.has(id));
    if (missing === undefined) return;
    const field =
      a.partyId === missing
        ? 'partyId'
        : a.claim?.claimantId === missing
          ? 'claim.claimantId'
          : `claim.aboutIds[${a.claim!.aboutIds.indexOf(missing)}]`;
    throw new ImportError(`no party with id ${JSON.stringify(missing)} is in the file`, `annotations[${i}].${field}`);
  });
}

/** A collection groups articles of the file, each once. */
function checkCollections(backup: Backup): void {
  const articles = new Set(backup.articles.map((a) => a.id));
  backup.collections?.forEach((collection, i) => {
    const seen = new Set<string>();
    collection.articleIds.forEach((id, j) => {
      if (!articles.has(id)) {
        throw new ImportError('no article with this id is in the file', `collections[${i}].articleIds[${j}]`);
      }
      if (seen.has(id)) {
        throw new ImportError('this article is already in the collection', `collections[${i}].articleIds[${j}]`);
      }
      seen.add(id);
    });
  });
}

/**
 * A dismissal's id is its article's id and the suggestion's key. Its article need not be
 * in the file: dismissing a suggestion on a page saves nothing else about the page.
 */
function checkDismissals(backup: Backup): void {
  backup.dismissals?.forEach((dismissal, i) => {
    const key = dismissal.id.slice(dismissal.articleId.length + 1);
    if (key === '' || dismissal.id !== dismissalId(dismissal.articleId, key)) {
      throw new ImportError(
        'must be the article id and the key of the suggestion, joined by "\\u0000"',
        `dismissals[${i}].id`,
      );
    }
  });
}

/** A version belongs to an article in the file, under the id its hash gives it, seen over a span of time. */
function checkVersions(backup: Backup): void {
  const articles = new Set(backup.articles.map((a) => a.id));
  backup.versions?.forEach((version, i) => {
    if (!articles.has(version.articleId)) {
      throw new ImportError('no article with this id is in the file', `versions[${i}].articleId`);
    }
    if (version.id !== snapshotId(version.articleId, version.hash)) {
      throw new ImportError('must be the article id and the hash, joined by "\\u0000"', `versions[${i}].id`);
    }
    if (version.lastSeen < version.firstSeen) {
      throw new ImportError('is earlier than firstSeen', `versions[${i}].lastSeen`);
    }
  });
}
