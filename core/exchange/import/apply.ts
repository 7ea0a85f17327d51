import type { ImportKeys, Repository } from '../../db/repository';
import { planImport, type ImportPlan, type PreparedVersions } from './plan';
import type { ParsedImport } from './read';
import { prepareVersions } from './versions';

/** Where the library may hold a file's records: what to read before planning. */
export function importKeysOf(incoming: ParsedImport): ImportKeys {
  return {
    articleIds: incoming.articles.map((a) => a.id),
    articleUrls: incoming.matchByAddressAndName ? [...new Set(incoming.articles.flatMap((a) => a.urls))] : [],
    annotationIds: incoming.annotations.map((a) => a.id),
    settingKeys: incoming.settings.map((s) => s.key),
    collectionIds: incoming.collections.map((c) => c.id),
    dismissalIds: incoming.dismissals.map((d) => d.id),
    versionIds: incoming.versions.map((v) => v.id),
  };
}

// A file is previewed, then imported: its versions are checked and compressed once.
const preparedFor = new WeakMap<ParsedImport, Promise<PreparedVersions>>();

function prepared(incoming: ParsedImport): Promise<PreparedVersions> {
  let pending = preparedFor.get(incoming);
  if (!pending) {
    pending = prepareVersions(incoming.versions);
    preparedFor.set(incoming, pending);
  }
  return pending;
}

/** What importing the file would do, for the reader to confirm. Writes nothing. */
export async function previewImport(repo: Repository, incoming: ParsedImport): Promise<ImportPlan> {
  const versions = await prepared(incoming);
  return planImport(incoming, await repo.readForImport(importKeysOf(incoming)), versions);
}

/**
 * Imports the file in one transaction: the plan is made again inside it, against the
 * library as it is at that moment (a tab may have saved an annotation since the preview),
 * and either all of it is written or, on any failure, none of it. Returns that plan.
 */
export async function applyImport(repo: Repository, incoming: ParsedImport): Promise<ImportPlan> {
  const versions = await prepared(incoming);
  return repo.inOneTransaction(async () => {
    const plan = planImport(incoming, await repo.readForImport(importKeysOf(incoming)), versions);
    await repo.writeImported(plan.writes);
    return plan;
  });
}
