import * as v from 'valibot';
import { IdSchema, TimestampSchema } from './primitives';

export const PARTY_KINDS = ['person', 'organization', 'country', 'group', 'other'] as const;
export const PartyKindSchema = v.picklist(PARTY_KINDS);
export type PartyKind = v.InferOutput<typeof PartyKindSchema>;

/** Someone a claim comes from or is about: a person, an organisation, a country, a group. */
export const PartySchema = v.object({
  id: IdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1)),
  kind: PartyKindSchema,
  aliases: v.optional(v.array(v.string()), []),
  description: v.optional(v.string(), ''),
  created: TimestampSchema,
  updated: TimestampSchema,
});
export type Party = v.InferOutput<typeof PartySchema>;
