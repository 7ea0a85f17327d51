import { nowIso } from '../model';
import type { MarginaliaDatabase } from './database';

/** The one id a dismissal of this suggestion on this article has, so dismissing twice stores it once. */
export function dismissalId(articleId: string, key: string): string {
  return `${articleId}\u0000${key}`;
}

/** Remembers that the reader dismissed a suggestion (see core/suggest/keys.ts) on an article. */
export async function dismissSuggestion(db: MarginaliaDatabase, articleId: string, key: string): Promise<void> {
  await db.dismissals.put({ id: dismissalId(articleId, key), articleId, at: nowIso() });
}

/** The suggestion keys dismissed on an article. */
export async function dismissedOn(db: MarginaliaDatabase, articleId: string): Promise<Set<string>> {
  const records = await db.dismissals.where('articleId').equals(articleId).toArray();
  return new Set(records.map(({ id }) => id.slice(id.indexOf('\u0000') + 1)));
}
