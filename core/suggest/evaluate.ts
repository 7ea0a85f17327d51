import * as v from 'valibot';
import { PartyKindSchema } from '../model';
import { nameKey } from './text';

/**
 * Scores suggestions against hand-made labels (test/fixtures/labels/*.json).
 *
 * Parties: a suggested party finds a labelled one when any of their names or aliases are
 * the same name (case, accents, punctuation, possessives and a leading "the" aside). Each labelled party
 * is found at most once; a second suggestion for it counts against precision.
 *
 * Claims: a suggested claim finds a labelled one when their quotes overlap by at least
 * 80%: the words (letters and digits, case aside) they share, counted with repeats,
 * divided by the word count of the longer quote. So a suggestion that adds or drops more
 * than a fifth of the words misses. Pairs are made best overlap first, one to one.
 *
 * Claimants: of the suggested claims that found a labelled one, the share whose claimant
 * is the labelled claimant (through the parties' names and aliases), or both none.
 *
 * Labels marked optional neither count when missed nor when suggested.
 */

export const CLAIM_OVERLAP_THRESHOLD = 0.8;

const LabelledPartySchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  kind: PartyKindSchema,
  aliases: v.array(v.string()),
  optional: v.optional(v.boolean(), false),
});
const LabelledClaimSchema = v.object({
  quote: v.pipe(v.string(), v.minLength(1)),
  claimant: v.nullable(v.string()),
  about: v.array(v.string()),
  optional: v.optional(v.boolean(), false),
});
export const LabelsSchema = v.object({
  article: v.string(),
  about: v.string(),
  set: v.optional(v.picklist(['tuned', 'held-out']), 'tuned'),
  parties: v.array(LabelledPartySchema),
  claims: v.array(LabelledClaimSchema),
});
export type Labels = v.InferOutput<typeof LabelsSchema>;
export type LabelledParty = v.InferOutput<typeof LabelledPartySchema>;
export type LabelledClaim = v.InferOutput<typeof LabelledClaimSchema>;

/** The part of a suggestion the scores look at. */
export interface ScoredSuggestions {
  parties: { name: string; kind: string; aliases: string[] }[];
  claims: { quote: string; claimant: string | null; about: string[] }[];
}

export interface Counts {
  /** Suggestions that count (those that found an optional label are left out). */
  suggested: number;
  /** Labels that count (optional ones left out). */
  labelled: number;
  /** Suggestions that found a labelled item that counts. */
  found: number;
}

export interface Evaluation {
  parties: Counts & { kindRight: number };
  claims: Counts & { claimantRight: number };
  missedParties: string[];
  extraParties: string[];
  missedClaims: LabelledClaim[];
  extraClaims: string[];
  wrongClaimants: { quote: string; expected: string | null; got: string | null }[];
}

export function precision(c: Counts): number {
  return c.suggested === 0 ? 1 : c.found / c.suggested;
}

export function recall(c: Counts): number {
  return c.labelled === 0 ? 1 : c.found / c.labelled;
}

export function claimantAccuracy(c: Evaluation['claims']): number {
  return c.found === 0 ? 1 : c.claimantRight / c.found;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shared words (with repeats) over the word count of the longer text; 1 for the same words. */
export function quoteOverlap(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const longer = Math.max(wa.length, wb.length);
  if (longer === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return shared / longer;
}

/** A party's names as compared: see nameKey; a leading "the" does not count either. */
function namesOf(party: { name: string; aliases: string[] }): Set<string> {
  return new Set([party.name, ...party.aliases].map((n) => nameKey(n).replace(/^the /, '')).filter(Boolean));
}

function sharesName(a: Set<string>, b: Set<string>): boolean {
  for (const n of a) if (b.has(n)) return true;
  return false;
}

function matchParties(suggested: ScoredSuggestions['parties'], labels: LabelledParty[]) {
  const labelNames = labels.map(namesOf);
  const taken = new Set<number>();
  const pairs: { suggestion: number; label: number }[] = [];
  const unmatched: number[] = [];
  suggested.forEach((party, s) => {
    const names = namesOf(party);
    const candidates = labels
      .map((_, l) => l)
      .filter((l) => !taken.has(l) && sharesName(names, labelNames[l] as Set<string>));
    // A name shared with the label's own name wins over one shared through an alias.
    const best =
      candidates.find((l) => names.has(nameKey((labels[l] as LabelledParty).name).replace(/^the /, ''))) ??
      candidates[0];
    if (best === undefined) unmatched.push(s);
    else {
      taken.add(best);
      pairs.push({ suggestion: s, label: best });
    }
  });
  return { pairs, unmatched, taken };
}

function matchClaims(suggested: ScoredSuggestions['claims'], labels: LabelledClaim[]) {
  const candidates: { suggestion: number; label: number; overlap: number }[] = [];
  suggested.forEach((claim, s) => {
    labels.forEach((label, l) => {
      const overlap = quoteOverlap(claim.quote, label.quote);
      if (overlap >= CLAIM_OVERLAP_THRESHOLD) candidates.push({ suggestion: s, label: l, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedSuggestions = new Set<number>();
  const usedLabels = new Set<number>();
  const pairs: { suggestion: number; label: number }[] = [];
  for (const c of candidates) {
    if (usedSuggestions.has(c.suggestion) || usedLabels.has(c.label)) continue;
    usedSuggestions.add(c.suggestion);
    usedLabels.add(c.label);
    pairs.push(c);
  }
  return { pairs, usedSuggestions, usedLabels };
}

/** Whether a suggested claimant is the labelled one, through both sides' party names. */
function sameClaimant(
  got: string | null,
  expected: string | null,
  suggestions: ScoredSuggestions,
  labels: Labels,
): boolean {
  if (got === null || expected === null) return got === expected;
  const gotParty = suggestions.parties.find((p) => p.name === got);
  const gotNames = gotParty ? namesOf(gotParty) : new Set([nameKey(got)]);
  const expectedParty = labels.parties.find((p) => p.name === expected);
  const expectedNames = expectedParty ? namesOf(expectedParty) : new Set([nameKey(expected)]);
  return sharesName(gotNames, expectedNames);
}

/** Scores one article's suggestions against its labels. */
export function evaluate(suggestions: ScoredSuggestions, labels: Labels): Evaluation {
  const parties = matchParties(suggestions.parties, labels.parties);
  const requiredParties = labels.parties.filter((p) => !p.optional).length;
  const partyPairsRequired = parties.pairs.filter((p) => !(labels.parties[p.label] as LabelledParty).optional);
  const partyPairsOptional = parties.pairs.length - partyPairsRequired.length;

  const claims = matchClaims(suggestions.claims, labels.claims);
  const claimPairsRequired = claims.pairs.filter((p) => !(labels.claims[p.label] as LabelledClaim).optional);
  const claimPairsOptional = claims.pairs.length - claimPairsRequired.length;
  const wrongClaimants: Evaluation['wrongClaimants'] = [];
  let claimantRight = 0;
  for (const pair of claimPairsRequired) {
    const got = (suggestions.claims[pair.suggestion] as ScoredSuggestions['claims'][number]).claimant;
    const label = labels.claims[pair.label] as LabelledClaim;
    if (sameClaimant(got, label.claimant, suggestions, labels)) claimantRight += 1;
    else wrongClaimants.push({ quote: label.quote, expected: label.claimant, got });
  }

  return {
    parties: {
      suggested: suggestions.parties.length - partyPairsOptional,
      labelled: requiredParties,
      found: partyPairsRequired.length,
      kindRight: partyPairsRequired.filter(
        (p) => suggestions.parties[p.suggestion]?.kind === labels.parties[p.label]?.kind,
      ).length,
    },
    claims: {
      suggested: suggestions.claims.length - claimPairsOptional,
      labelled: labels.claims.filter((c) => !c.optional).length,
      found: claimPairsRequired.length,
      claimantRight,
    },
    missedParties: labels.parties.filter((p, l) => !p.optional && !parties.taken.has(l)).map((p) => p.name),
    extraParties: parties.unmatched.map((s) => (suggestions.parties[s] as ScoredSuggestions['parties'][number]).name),
    missedClaims: labels.claims.filter((c, l) => !c.optional && !claims.usedLabels.has(l)),
    extraClaims: suggestions.claims.filter((_, s) => !claims.usedSuggestions.has(s)).map((c) => c.quote),
    wrongClaimants,
  };
}

/** Adds up articles' counts, so rates over a set weigh every party and claim alike. */
export function total(evaluations: Evaluation[]): Pick<Evaluation, 'parties' | 'claims'> {
  const sum = <K extends string>(pick: (e: Evaluation) => Record<K, number>, keys: K[]) =>
    Object.fromEntries(keys.map((k) => [k, evaluations.reduce((acc, e) => acc + pick(e)[k], 0)])) as Record<K, number>;
  return {
    parties: sum((e) => e.parties, ['suggested', 'labelled', 'found', 'kindRight']),
    claims: sum((e) => e.claims, ['suggested', 'labelled', 'found', 'claimantRight']),
  };
}
