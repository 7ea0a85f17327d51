import * as v from 'valibot';
import { WebUrlSchema } from './primitives';

/** W3C Web Annotation TextQuoteSelector: the quoted text with a little context either side. */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1)),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the page's normalised text. */
export const TextPositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((s) => s.end >= s.start, 'end must not come before start'),
);
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;

/** Where an annotation sits on its page: both selectors are kept, as the W3C model allows. */
export const TargetSchema = v.object({
  source: WebUrlSchema,
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export type Target = v.InferOutput<typeof TargetSchema>;
