import { findClaims, type ClaimDraft } from './claims';
import { findMentions, findRegistryMentions, type KnownNames, type Mention } from './mentions';
import { clusterParties, isShown, isWebAddress, type PartyCluster, type RegistryParty } from './parties';
import type { ExistingAnnotation, SuggestedClaim, SuggestedParty, SuggestedSpan, Suggestions } from './schema';
import { layoutText } from './sentences';
import { collapseSpace, nameKey, tokenize, type Token } from './text';

export interface SuggestOptions {
  /** The registry: parties already known, recognised by name or alias and linked by id. */
  parties?: readonly RegistryParty[];
  /** What the article already has annotated: not suggested again. */
  annotations?: readonly ExistingAnnotation[];
}

function knownNamesOf(registry: readonly RegistryParty[]): KnownNames {
  const known = new Map<string, { id: string; kind: RegistryParty['kind'] }>();
  for (const party of registry) {
    for (const name of [party.name, ...party.aliases]) {
      const key = nameKey(name);
      if (key && !known.has(key)) known.set(key, { id: party.id, kind: party.kind });
    }
  }
  return known;
}

function spanOf(text: string, start: number, end: number): SuggestedSpan {
  return { exact: text.slice(start, end), start, end };
}

function overlaps(a: { start: number; end: number }, b: { start?: number; end?: number }): number {
  if (b.start === undefined || b.end === undefined) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether a claim's text is already annotated (by offsets when given, else by its words). */
function claimIsAnnotated(span: SuggestedSpan, annotations: readonly ExistingAnnotation[]): boolean {
  if (annotations.length === 0) return false;
  const quote = collapseSpace(span.exact);
  return annotations.some((a) => {
    if (a.kind === 'party-mention') return false;
    if (a.start !== undefined && a.end !== undefined) return overlaps(span, a) * 2 >= span.end - span.start;
    const exact = collapseSpace(a.exact);
    return exact.length >= 0.5 * quote.length && (quote.includes(exact) || exact.includes(quote));
  });
}

/** Mentions left once party-mention annotations are taken out (one mention per annotation without offsets). */
function unannotatedMentions(spans: SuggestedSpan[], annotations: readonly ExistingAnnotation[]): SuggestedSpan[] {
  const left = [...spans];
  for (const a of annotations) {
    if (a.kind !== 'party-mention') continue;
    const at =
      a.start !== undefined && a.end !== undefined
        ? left.findIndex((s) => overlaps(s, a) > 0)
        : left.findIndex((s) => nameKey(s.exact) === nameKey(a.exact));
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}

function partyOf(
  text: string,
  cluster: PartyCluster,
  annotations: readonly ExistingAnnotation[],
): SuggestedParty | undefined {
  // An unknown name that speaks is someone, unless it is a web site's address, an acronym
  // ("According to STATIN") or a title with "The" inside a sentence ("reports The Information").
  const body =
    isWebAddress(cluster.name) ||
    /^\p{Lu}{2,}$/u.test(cluster.name) ||
    cluster.mentions.some((m) => /[\p{L},]\s+The\s+$/u.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const kind = cluster.kind !== 'unknown' ? cluster.kind : body ? 'organization' : 'person';
  const nameKeyOf = nameKey(cluster.name);
  const aliases: string[] = [];
  const seen = new Set([nameKeyOf]);
  // "Queen Elizabeth II" is also written with its title, as its readers know it.
  const surfaces = cluster.mentions.flatMap((m) =>
    m.honorific ? [m.surface, `${m.honorific} ${m.surface}`] : [m.surface],
  );
  for (const surface of surfaces) {
    const key = nameKey(surface);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(surface);
  }
  const spans = [...new Map(cluster.mentions.map((m) => [m.start, spanOf(text, m.start, m.end)])).values()].sort(
    (a, b) => a.start - b.start,
  );
  const mentions = unannotatedMentions(spans, annotations);
  if (mentions.length === 0) return undefined;
  return {
    name: cluster.name,
    kind,
    aliases,
    ...(cluster.registryId ? { partyId: cluster.registryId } : {}),
    mentions,
  };
}

function claimOf(text: string, tokens: Token[], draft: ClaimDraft): SuggestedClaim {
  const start = (tokens[draft.first] as Token).start;
  const end = (tokens[draft.last] as Token).end;
  return {
    quote: text.slice(start, end),
    span: spanOf(text, start, end),
    claimant: draft.claimant?.name ?? null,
    about: draft.about.map((c) => c.name),
    cue: draft.cue,
  };
}

/**
 * Suggests the parties an article names and the attributed claims it reports, from the
 * article's text alone (Readability's textContent): a pure function, so it runs as well in
 * a worker or on the command line as on the page.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestions {
  const registry = options.parties ?? [];
  const annotations = options.annotations ?? [];
  const tokens = tokenize(text);
  const layout = layoutText(text, tokens);
  const known = knownNamesOf(registry);
  const found = findMentions(text, tokens, layout, known);
  const mentions: Mention[] =
    known.size > 0 ? [...found, ...findRegistryMentions(text, tokens, layout, known, found)] : found;
  mentions.sort((a, b) => a.start - b.start);
  const index = clusterParties(mentions, registry);
  const drafts = findClaims(tokens, layout, mentions, index);

  const shown = new Set(index.clusters.filter(isShown));
  const parties = [...shown]
    .map((c) => partyOf(text, c, annotations))
    .filter((p): p is SuggestedParty => p !== undefined);
  const claims = drafts
    .map((d) =>
      claimOf(text, tokens, {
        ...d,
        claimant: d.claimant && shown.has(d.claimant) ? d.claimant : null,
        about: d.about.filter((c) => shown.has(c)),
      }),
    )
    .filter((c) => !claimIsAnnotated(c.span, annotations));
  return { parties, claims };
}
