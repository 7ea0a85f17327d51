import type { CollectionRecord, DismissalRecord, SettingRecord, SnapshotRecord } from '../../db/database';
import type { VersionSpan } from '../../db/repository';
import type { Annotation, Article, Party } from '../../model';
import type { ParsedImport } from './read';
import { partyNameKey } from './read-foreign';

/** The library's records an import may touch, read before planning. */
export interface LibraryState {
  /** Articles stored under an incoming article's id or one of its addresses. */
  articles: Article[];
  /** Annotations stored under an incoming annotation's id. */
  annotations: Annotation[];
  /** Every party: another tool's file names parties, and names are matched with all of them. */
  parties: Party[];
  /** Settings stored under an incoming setting's key. */
  settings: SettingRecord[];
  /** Collections and dismissals stored under an incoming one's id. */
  collections?: CollectionRecord[];
  dismissals?: DismissalRecord[];
  /** Versions stored under an incoming version's id: when each was seen is all a plan compares. */
  versions?: VersionSpan[];
}

export type RecordKind = 'articles' | 'annotations' | 'parties' | 'settings' | 'collections' | 'dismissals';
/** What a plan counts: the records, and the saved versions of articles. */
export type CountedKind = RecordKind | 'versions';

export interface RecordCounts {
  /** Not in the library: added. */
  new: number;
  /** In the library and changed by the import (the file's copy is newer, or merged in). */
  updated: number;
  /** In the library exactly as in the file. */
  unchanged: number;
  /** In the file but not imported: the library's copy is newer, or the record cannot be used. */
  skipped: number;
  /** Same id, different content, in both: settled by the newer `updated` time. */
  conflicts: number;
}

export interface ImportPlan {
  format: ParsedImport['format'];
  counts: Record<CountedKind, RecordCounts>;
  /** Why records were left unchanged, updated or skipped, with how many each time. */
  reasons: { kind: CountedKind; outcome: 'updated' | 'unchanged' | 'skipped'; reason: string; count: number }[];
  /**
   * What the import writes; nothing else in the library changes. New versions come
   * compressed; versions the library has only see their first and last sighting widened.
   */
  writes: {
    articles: Article[];
    annotations: Annotation[];
    parties: Party[];
    settings: SettingRecord[];
    collections: CollectionRecord[];
    dismissals: DismissalRecord[];
    versions: SnapshotRecord[];
    versionSpans: VersionSpan[];
  };
}

/** Incoming versions compressed for storing, by id (core/exchange/import/versions.ts). */
export type PreparedVersions = ReadonlyMap<string, SnapshotRecord>;

export const REASONS = {
  identical: 'already in the library, identical',
  incomingNewer: "newer than the library's copy",
  libraryNewer: "the library's copy is newer",
  sameTime: "changed at the same time as the library's copy, which is kept",
  undated: "the file gives no time to compare with the library's copy, which is kept",
  articleMerged: "merged with the library's copy (addresses, visit times, details it lacked)",
  settingKept: "the library's own setting is kept",
  alreadyDismissed: 'already dismissed in the library, which keeps its own time of dismissal',
  partyMatched: 'matched by name with a party in the library',
  versionSpanWidened: "seen earlier or later than the library's copy says: first and last seen merged",
  versionNotPrepared: 'its text was not compressed for storing before the import',
} as const;

/**
 * Decides, record by record, what an import does to the library. Pure: the same file and
 * the same library give the same plan, so the preview shown is what gets written, and
 * importing a file twice writes nothing the second time. A new version is written from
 * its `prepared` (compressed) copy: compressing is asynchronous, so it is done before.
 */
export function planImport(incoming: ParsedImport, library: LibraryState, prepared?: PreparedVersions): ImportPlan {
  const plan = new PlanBuilder(incoming.format);
  for (const { reason } of incoming.skipped) plan.count('annotations', 'skipped', reason);
  const { articleIds, partyIds } = incoming.matchByAddressAndName
    ? matchWithLibrary(incoming, library, plan)
    : { articleIds: new Map<string, string>(), partyIds: new Map<string, string>() };

  const storedArticles = new Map(library.articles.map((a) => [a.id, a]));
  for (const article of incoming.articles) {
    const id = articleIds.get(article.id) ?? article.id;
    const existing = storedArticles.get(id);
    if (!existing) {
      plan.write('articles', { ...article, id, urls: [...new Set([id, ...article.urls])] }, 'new');
      continue;
    }
    const merged = mergeArticles(existing, article);
    if (sameRecord(existing, merged)) plan.count('articles', 'unchanged', REASONS.identical);
    else plan.write('articles', merged, 'updated', REASONS.articleMerged);
  }

  const storedParties = new Map(library.parties.map((p) => [p.id, p]));
  for (const party of incoming.parties) {
    if (partyIds.has(party.id)) continue;
    decideByTime(plan, 'parties', party, storedParties.get(party.id), false);
  }

  const storedAnnotations = new Map(library.annotations.map((a) => [a.id, a]));
  for (const annotation of incoming.annotations) {
    const linked = relink(annotation, articleIds, partyIds);
    const existing = storedAnnotations.get(linked.id);
    // Where an annotation was last found is the library's knowledge of the page: a file
    // that does not say keeps it.
    const candidate = !linked.anchor && existing?.anchor ? { ...linked, anchor: existing.anchor } : linked;
    decideByTime(plan, 'annotations', candidate, existing, incoming.undated.has(annotation.id));
  }

  const storedSettings = new Map(library.settings.map((s) => [s.key, s]));
  for (const setting of incoming.settings) {
    const existing = storedSettings.get(setting.key);
    if (!existing) plan.write('settings', setting, 'new');
    else if (sameRecord(existing, setting)) plan.count('settings', 'unchanged', REASONS.identical);
    else plan.count('settings', 'skipped', REASONS.settingKept);
  }

  const storedCollections = new Map((library.collections ?? []).map((c) => [c.id, c]));
  for (const collection of incoming.collections) {
    decideByTime(plan, 'collections', collection, storedCollections.get(collection.id), false);
  }

  // The same id is the same suggestion on the same article: dismissed once is dismissed.
  const storedDismissals = new Map((library.dismissals ?? []).map((d) => [d.id, d]));
  for (const dismissal of incoming.dismissals) {
    const existing = storedDismissals.get(dismissal.id);
    if (!existing) {
      plan.write('dismissals', dismissal, 'new');
      continue;
    }
    const reason = sameRecord(existing, dismissal) ? REASONS.identical : REASONS.alreadyDismissed;
    plan.count('dismissals', 'unchanged', reason);
  }

  const storedVersions = new Map((library.versions ?? []).map((s) => [s.id, s]));
  for (const version of incoming.versions) {
    const existing = storedVersions.get(version.id);
    if (!existing) {
      const packed = prepared?.get(version.id);
      if (packed) plan.write('versions', packed, 'new');
      else plan.count('versions', 'skipped', REASONS.versionNotPrepared);
      continue;
    }
    // The same id is the same text of the same article: only when it was seen can differ.
    const firstSeen = version.firstSeen < existing.firstSeen ? version.firstSeen : existing.firstSeen;
    const lastSeen = version.lastSeen > existing.lastSeen ? version.lastSeen : existing.lastSeen;
    if (firstSeen === existing.firstSeen && lastSeen === existing.lastSeen) {
      plan.count('versions', 'unchanged', REASONS.identical);
    } else plan.widen({ id: existing.id, firstSeen, lastSeen });
  }
  return plan.result();
}

/** Ties another tool's pages and party names to the library's articles and parties. */
function matchWithLibrary(incoming: ParsedImport, library: LibraryState, plan: PlanBuilder) {
  const byAddress = new Map<string, Article>();
  for (const article of library.articles) for (const url of article.urls) byAddress.set(url, article);
  for (const article of library.articles) byAddress.set(article.id, article);
  const articleIds = new Map<string, string>();
  for (const article of incoming.articles) {
    const stored = [article.id, ...article.urls].map((url) => byAddress.get(url)).find(Boolean);
    if (stored) articleIds.set(article.id, stored.id);
  }
  const byName = new Map<string, Party>();
  for (const party of library.parties) {
    for (const name of [...party.aliases, party.name]) byName.set(partyNameKey(name), party);
  }
  const partyIds = new Map<string, string>();
  for (const party of incoming.parties) {
    const stored = byName.get(partyNameKey(party.name));
    if (!stored) continue;
    partyIds.set(party.id, stored.id);
    plan.count('parties', 'unchanged', REASONS.partyMatched);
  }
  return { articleIds, partyIds };
}

function relink(a: Annotation, articleIds: Map<string, string>, partyIds: Map<string, string>): Annotation {
  if (articleIds.size === 0 && partyIds.size === 0) return a;
  const party = (id: string) => partyIds.get(id) ?? id;
  return {
    ...a,
    articleId: articleIds.get(a.articleId) ?? a.articleId,
    ...(a.partyId && { partyId: party(a.partyId) }),
    ...(a.claim && {
      claim: {
        ...a.claim,
        ...(a.claim.claimantId && { claimantId: party(a.claim.claimantId) }),
        aboutIds: [...new Set(a.claim.aboutIds.map(party))],
      },
    }),
  };
}

/** The records settled by their `updated` time. */
interface DatedRecords {
  annotations: Annotation;
  parties: Party;
  collections: CollectionRecord;
}

/** Newer `updated` wins; a tie or a record without a known time keeps the library's copy. */
function decideByTime<K extends keyof DatedRecords>(
  plan: PlanBuilder,
  kind: K,
  incoming: DatedRecords[K],
  existing: DatedRecords[K] | undefined,
  undated: boolean,
): void {
  if (!existing) {
    plan.write(kind, incoming, 'new');
    return;
  }
  const comparable = undated ? { ...incoming, created: existing.created, updated: existing.updated } : incoming;
  if (sameRecord(existing, comparable)) {
    plan.count(kind, 'unchanged', REASONS.identical);
    return;
  }
  plan.conflict(kind);
  if (undated) plan.count(kind, 'skipped', REASONS.undated);
  else if (incoming.updated > existing.updated) plan.write(kind, incoming, 'updated', REASONS.incomingNewer);
  else plan.count(kind, 'skipped', incoming.updated === existing.updated ? REASONS.sameTime : REASONS.libraryNewer);
}

/**
 * One article from two copies: every address either knows, the widest visit span, and the
 * details of the copy visited last, falling back on the other's where it has none.
 */
function mergeArticles(stored: Article, incoming: Article): Article {
  const [older, newer] = incoming.lastVisit > stored.lastVisit ? [stored, incoming] : [incoming, stored];
  const details = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof Article, unknown][]) {
    if (value !== '' && value !== undefined) (details as Record<string, unknown>)[key] = value;
  }
  return {
    ...details,
    id: stored.id,
    urls: [...new Set([...stored.urls, ...incoming.urls])],
    isArticle: stored.isArticle || incoming.isArticle,
    firstVisit: stored.firstVisit < incoming.firstVisit ? stored.firstVisit : incoming.firstVisit,
    lastVisit: stored.lastVisit > incoming.lastVisit ? stored.lastVisit : incoming.lastVisit,
  };
}

class PlanBuilder {
  private readonly counts: Record<CountedKind, RecordCounts> = {
    articles: emptyCounts(),
    annotations: emptyCounts(),
    parties: emptyCounts(),
    settings: emptyCounts(),
    collections: emptyCounts(),
    dismissals: emptyCounts(),
    versions: emptyCounts(),
  };
  private readonly reasons = new Map<string, ImportPlan['reasons'][number]>();
  private readonly writes: ImportPlan['writes'] = {
    articles: [],
    annotations: [],
    parties: [],
    settings: [],
    collections: [],
    dismissals: [],
    versions: [],
    versionSpans: [],
  };

  constructor(private readonly format: ImportPlan['format']) {}

  write<K extends keyof ImportPlan['writes'] & CountedKind>(
    kind: K,
    record: ImportPlan['writes'][K][number],
    outcome: 'new' | 'updated',
    reason?: string,
  ): void {
    (this.writes[kind] as unknown[]).push(record);
    if (outcome === 'new') this.counts[kind].new++;
    else this.count(kind, 'updated', reason ?? REASONS.incomingNewer);
  }

  widen(span: VersionSpan): void {
    this.writes.versionSpans.push(span);
    this.count('versions', 'updated', REASONS.versionSpanWidened);
  }

  count(kind: CountedKind, outcome: 'updated' | 'unchanged' | 'skipped', reason: string): void {
    this.counts[kind][outcome]++;
    const key = `${kind}\u0000${outcome}\u0000${reason}`;
    const known = this.reasons.get(key);
    if (known) known.count++;
    else this.reasons.set(key, { kind, outcome, reason, count: 1 });
  }

  conflict(kind: CountedKind): void {
    this.counts[kind].conflicts++;
  }

  result(): ImportPlan {
    return { format: this.format, counts: this.counts, reasons: [...this.reasons.values()], writes: this.writes };
  }
}

function emptyCounts(): RecordCounts {
  return { new: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0 };
}

/** Equal as data, whatever the order of keys (records change shape as they are edited). */
export function sameRecord(a: unknown, b: unknown): boolean {
  return sortedJson(a) === sortedJson(b);
}

function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : field,
  );
}
