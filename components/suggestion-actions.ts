import { dismissSuggestion } from '../core/db/dismissals';
import type { Repository } from '../core/db/repository';
import type { PageSuggestions } from '../core/messaging/protocol';
import {
  articleKey,
  newId,
  nowIso,
  type Annotation,
  type ArticleMetadata,
  type Party,
  type PartyKind,
  type Target,
} from '../core/model';
import { matchParties, partyMatchScore } from '../core/parties/match';

export type PartySuggestion = PageSuggestions['parties'][number];
export type ClaimSuggestion = PageSuggestions['claims'][number];

/**
 * Turns accepted suggestions into records, exactly as manual captures would be: the
 * article, the parties (found in the registry by name or alias, else created), and
 * annotations on the places the page showed them.
 */
export class SuggestionActions {
  constructor(
    private readonly repo: Repository,
    private readonly article: ArticleMetadata,
    private readonly onChange: () => void = () => {},
  ) {}

  async acceptParty(suggestion: PartySuggestion): Promise<void> {
    const partyId = suggestion.partyId ?? (await this.partyNamed(suggestion.name, suggestion.kind, suggestion.aliases));
    const articleId = await this.articleId(true);
    for (const target of suggestion.targets) {
      await this.repo.saveAnnotation(this.annotation(articleId, 'party-mention', target, { partyId }));
    }
    this.onChange();
  }

  async acceptClaim(suggestion: ClaimSuggestion, parties: PartySuggestion[]): Promise<void> {
    const resolve = (name: string) => {
      const known = parties.find((p) => p.name === name);
      return known?.partyId ?? this.partyNamed(name, known?.kind ?? 'person', known?.aliases ?? []);
    };
    const claimantId = suggestion.claimant ? await resolve(suggestion.claimant) : undefined;
    const aboutIds: string[] = [];
    for (const name of suggestion.about) aboutIds.push(await resolve(name));
    const articleId = await this.articleId(true);
    const claim = { claimantId, aboutIds: [...new Set(aboutIds)], verdict: 'Unrated', evidence: [] };
    await this.repo.saveAnnotation(this.annotation(articleId, 'claim', suggestion.target, { claim }));
    this.onChange();
  }

  /** Remembers the dismissal for this article; nothing else is saved. */
  async dismiss(key: string): Promise<void> {
    await dismissSuggestion(this.repo.db, await this.articleId(false), key);
  }

  private async articleId(create: boolean): Promise<string> {
    const { url, canonicalUrl } = this.article;
    if (create) return (await this.repo.upsertArticle(this.article, nowIso())).id;
    return (await this.repo.findArticle(url, canonicalUrl))?.id ?? articleKey(url, canonicalUrl);
  }

  /** The registry party with exactly this name or alias, else a new one. */
  private async partyNamed(name: string, kind: PartyKind, aliases: string[]): Promise<string> {
    const existing = matchParties(await this.repo.listParties(), name).find((p) => partyMatchScore(p, name) === 3);
    if (existing) return existing.id;
    const at = nowIso();
    const party: Party = { id: newId(), name, kind, aliases, description: '', created: at, updated: at };
    await this.repo.saveParty(party);
    return party.id;
  }

  private annotation(
    articleId: string,
    kind: Annotation['kind'],
    target: Target,
    fields: Pick<Annotation, 'partyId' | 'claim'>,
  ): Annotation {
    const at = nowIso();
    return { id: newId(), articleId, kind, target, note: '', tags: [], ...fields, created: at, updated: at };
  }
}
