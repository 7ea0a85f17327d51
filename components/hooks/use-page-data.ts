import type { Repository } from '../../core/db/repository';
import { getVerdictScale } from '../../core/db/settings';
import type { Annotation, Article, ArticleMetadata, Party } from '../../core/model';
import { useLiveQuery } from './use-live-query';

export interface PageData {
  article: Article | null;
  annotations: Annotation[];
  parties: Party[];
  verdicts: string[];
}

/** Everything a view shows about one page, kept current as the database changes anywhere. */
export function usePageData(repo: Repository, metadata: ArticleMetadata | undefined): PageData | undefined {
  return useLiveQuery(async () => {
    const article = metadata ? ((await repo.findArticle(metadata.url, metadata.canonicalUrl)) ?? null) : null;
    const [annotations, parties, verdicts] = await Promise.all([
      article ? repo.annotationsForArticle(article.id) : Promise.resolve([]),
      repo.listParties(),
      getVerdictScale(repo.db),
    ]);
    return { article, annotations, parties, verdicts };
  }, [repo, metadata]);
}
