import type { Repository } from '../../core/db/repository';
import type { Annotation, Article } from '../../core/model';
import { useLiveQuery } from './use-live-query';

/** A claim as a party's card lists it: the claim and the article it is on. */
export interface PartyClaim {
  annotation: Annotation;
  article: Article | undefined;
}

export interface PartyDetails {
  claimsBy: PartyClaim[];
  claimsAbout: PartyClaim[];
  mentions: number;
}

/** Everything a party is linked to, across all articles, kept current as the database changes. */
export function usePartyDetails(repo: Repository, partyId: string): PartyDetails | undefined {
  return useLiveQuery(async () => {
    const linked = await repo.annotationsByParty(partyId);
    const articleIds = [...new Set(linked.map((a) => a.articleId))];
    const articles = new Map(
      (await repo.db.articles.bulkGet(articleIds)).filter((a): a is Article => !!a).map((a) => [a.id, a]),
    );
    const row = (annotation: Annotation): PartyClaim => ({ annotation, article: articles.get(annotation.articleId) });
    return {
      claimsBy: linked.filter((a) => a.claim?.claimantId === partyId).map(row),
      claimsAbout: linked.filter((a) => a.claim?.aboutIds.includes(partyId)).map(row),
      mentions: linked.filter((a) => a.partyId === partyId).length,
    };
  }, [repo, partyId]);
}
