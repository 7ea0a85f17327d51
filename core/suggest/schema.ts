import * as v from 'valibot';
import { IdSchema, PartyKindSchema } from '../model';

/**
 * Where a suggestion sits in the article text that suggestions were made from (Readability's
 * textContent): `exact` is that text's own characters from `start` to `end`, so a
 * TextQuoteSelector (with prefix and suffix taken around the offsets) anchors it on the page.
 */
export const SuggestedSpanSchema = v.pipe(
  v.object({
    exact: v.pipe(v.string(), v.minLength(1)),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((s) => s.end - s.start === s.exact.length, 'exact must be the text from start to end'),
);
export type SuggestedSpan = v.InferOutput<typeof SuggestedSpanSchema>;

/** A party the article names: people, organisations, countries, groups. */
export const SuggestedPartySchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  kind: PartyKindSchema,
  /** Other names the article gives it ("Kerry", "Washington"), spelled as a party shows them. */
  aliases: v.array(v.string()),
  /** The registry party it is, when it is one already. */
  partyId: v.optional(IdSchema),
  /** Every place the article names it, not yet annotated. */
  mentions: v.array(SuggestedSpanSchema),
});
export type SuggestedParty = v.InferOutput<typeof SuggestedPartySchema>;

/** A sentence (or quotation) in which a party states, claims, denies, threatens or reports something. */
export const SuggestedClaimSchema = v.object({
  /** The claim as the article text has it (white space included). */
  quote: v.pipe(v.string(), v.minLength(1)),
  span: SuggestedSpanSchema,
  /** Name of the suggested party who makes the claim, or null when the source is unnamed. */
  claimant: v.nullable(v.string()),
  /** Names of the suggested parties the claim is about. */
  about: v.array(v.string()),
  /** What marks the attribution: a verb ("say", "deny"), "according to", "quotation", … */
  cue: v.string(),
});
export type SuggestedClaim = v.InferOutput<typeof SuggestedClaimSchema>;

export const SuggestionsSchema = v.object({
  parties: v.array(SuggestedPartySchema),
  claims: v.array(SuggestedClaimSchema),
});
export type Suggestions = v.InferOutput<typeof SuggestionsSchema>;

/**
 * What is already annotated on the article, so it is not suggested again: its quote, and
 * its offsets when they are offsets into the same text the suggestions are made from.
 */
export const ExistingAnnotationSchema = v.object({
  kind: v.picklist(['highlight', 'claim', 'party-mention']),
  exact: v.pipe(v.string(), v.minLength(1)),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  end: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type ExistingAnnotation = v.InferOutput<typeof ExistingAnnotationSchema>;
