import * as v from 'valibot';

/** Record ids are made by the client (UUIDs), so a retried write lands on the same record. */
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(2048));

/** Times are ISO 8601 strings in UTC: they sort as text and export as they are. */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp());

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}
