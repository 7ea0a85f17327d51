import * as v from 'valibot';
import { IdSchema, TimestampSchema, WebUrlSchema } from '../model';

/**
 * Schemas of the stored records that belong to the reader but not to the annotation
 * model: collections and dismissed suggestions. Kept apart from database.ts so that code
 * checking a backup file (the command line too) does not load Dexie.
 */

/** A reader's named group of articles ("Essay sources"), in the order they were added. */
export const CollectionSchema = v.object({
  id: IdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A collection needs a name')),
  /** Article ids (the articles' keys), each once. */
  articleIds: v.array(WebUrlSchema),
  created: TimestampSchema,
  updated: TimestampSchema,
});
export type CollectionRecord = v.InferOutput<typeof CollectionSchema>;

/**
 * A suggestion the reader dismissed on an article, so it is not offered again. Its id is
 * the article id and the suggestion's key (core/suggest/keys.ts), joined by U+0000
 * (dismissals.ts dismissalId); the article need not be stored, since dismissing saves
 * nothing else.
 */
export const DismissalSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  articleId: WebUrlSchema,
  at: TimestampSchema,
});
export type DismissalRecord = v.InferOutput<typeof DismissalSchema>;
