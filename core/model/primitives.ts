import * as v from 'valibot';
import { isAnnotatableUrl } from './url';

/** Record ids are made by the client (UUIDs), so a retried write lands on the same record. */
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(2048));

/**
 * Times are ISO 8601 strings in UTC: they sort as text and export as they are. Any ISO
 * form is accepted and stored as `Date#toISOString()` gives it, because "…:00Z" sorts
 * after "…:00.500Z" and an offset time sorts by its local clock: newer-wins checks
 * compare these strings.
 */
export const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((time) => new Date(time).toISOString()),
);

/**
 * A web address (http or https). Pages, article keys and evidence links are all web
 * addresses; anything else (javascript:, data:, file:) must never become a link or a key.
 */
export const WebUrlSchema = v.pipe(v.string(), v.url(), v.check(isAnnotatableUrl, 'Must be an http or https address'));

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}
