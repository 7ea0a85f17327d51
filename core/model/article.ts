import * as v from 'valibot';
import { TimestampSchema, WebUrlSchema } from './primitives';

/** What a page says about itself: from Readability when it is an article, else title and URL. */
export const ArticleMetadataSchema = v.object({
  url: WebUrlSchema,
  canonicalUrl: v.optional(WebUrlSchema),
  title: v.optional(v.string(), ''),
  byline: v.optional(v.string(), ''),
  siteName: v.optional(v.string(), ''),
  publishedTime: v.optional(v.string(), ''),
  language: v.optional(v.string(), ''),
  excerpt: v.optional(v.string(), ''),
  isArticle: v.optional(v.boolean(), false),
});
export type ArticleMetadata = v.InferOutput<typeof ArticleMetadataSchema>;

/**
 * An annotated page. Its id is the article key (see url.ts): deterministic, so two tabs
 * that first annotate the same story at once still end up with one record.
 */
export const ArticleSchema = v.object({
  ...ArticleMetadataSchema.entries,
  id: WebUrlSchema,
  urls: v.array(WebUrlSchema),
  firstVisit: TimestampSchema,
  lastVisit: TimestampSchema,
});
export type Article = v.InferOutput<typeof ArticleSchema>;
