import * as v from 'valibot';
import { IdSchema, TimestampSchema, WebUrlSchema } from './primitives';
import { TargetSchema } from './selectors';

export const ANNOTATION_KINDS = ['highlight', 'claim', 'party-mention'] as const;
export const AnnotationKindSchema = v.picklist(ANNOTATION_KINDS);
export type AnnotationKind = v.InferOutput<typeof AnnotationKindSchema>;

export const EvidenceLinkSchema = v.object({
  url: WebUrlSchema,
  title: v.optional(v.string(), ''),
});
export type EvidenceLink = v.InferOutput<typeof EvidenceLinkSchema>;

/** How an annotation was last found on its page, so views can say so. */
export const ANCHOR_STATES = ['exact', 'moved', 'fuzzy', 'orphan'] as const;
export const AnchorStatusSchema = v.object({
  state: v.picklist(ANCHOR_STATES),
  at: TimestampSchema,
  /** For a fuzzy match: the page's wording now, which differs from the stored quote. */
  text: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
});
export type AnchorStatus = v.InferOutput<typeof AnchorStatusSchema>;

export const ClaimFieldsSchema = v.object({
  claimantId: v.optional(IdSchema),
  aboutIds: v.optional(v.array(IdSchema), []),
  verdict: v.optional(v.string(), 'Unrated'),
  evidence: v.optional(v.array(EvidenceLinkSchema), []),
});
export type ClaimFields = v.InferOutput<typeof ClaimFieldsSchema>;

/** One highlight, claim or party mention on an article. */
export const AnnotationSchema = v.object({
  id: IdSchema,
  articleId: WebUrlSchema,
  kind: AnnotationKindSchema,
  target: TargetSchema,
  note: v.optional(v.string(), ''),
  tags: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), []),
  color: v.optional(v.string()),
  claim: v.optional(ClaimFieldsSchema),
  partyId: v.optional(IdSchema),
  anchor: v.optional(AnchorStatusSchema),
  created: TimestampSchema,
  updated: TimestampSchema,
});
export type Annotation = v.InferOutput<typeof AnnotationSchema>;

/** Every party an annotation refers to: backs the multi-entry index "annotations by party". */
export function partyIdsOf(a: Pick<Annotation, 'claim' | 'partyId'>): string[] {
  const ids = new Set<string>();
  if (a.partyId) ids.add(a.partyId);
  if (a.claim?.claimantId) ids.add(a.claim.claimantId);
  for (const id of a.claim?.aboutIds ?? []) ids.add(id);
  return [...ids];
}
