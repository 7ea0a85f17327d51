import type { SnapshotRecord } from '../../db/database';
import { packVersion, type ArticleVersion } from '../../db/snapshots';
import { sha256Hex } from '../../snapshots/hash';
import { ImportError } from './errors';
import type { PreparedVersions } from './plan';

/**
 * Checks each version's text against its hash and compresses it for storing. Both are
 * asynchronous, so they happen before the import's transaction, which must not wait on
 * anything but the database. A text that does not match its hash is refused: the library
 * keeps each distinct text once, under its hash, and a wrong one would break that.
 */
export async function prepareVersions(versions: ArticleVersion[]): Promise<PreparedVersions> {
  const prepared = new Map<string, SnapshotRecord>();
  for (const [i, version] of versions.entries()) {
    if ((await sha256Hex(version.text)) !== version.hash) {
      throw new ImportError("is not the SHA-256 of the version's text", `versions[${i}].hash`);
    }
    prepared.set(version.id, await packVersion(version));
  }
  return prepared;
}
