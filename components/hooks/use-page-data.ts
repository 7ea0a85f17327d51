import type { Repository } from '../../core/db/repository';
import { getVerdictScale } from '../../core/db/settings';
import { tagCounts } from '../../core/db/tag-operations';
import type { Annotation, Article, ArticleMetadata, Party } from '../../core/model';
import { useLiveQuery } from './use-live-query';

export interface PageData {
  article: Article | null;
  annotations: Annotation[];
  parties: Party[];
  tags: string[];
  verdicts: string[];
}

/** Everything a view shows about one page, kept current as the database changes anywhere. */
export function usePageData(repo: Repository, metadata: ArticleMetadata | undefined): PageData | undefined {
  return useLiveQuery(async () => {
    const article = metadata ? ((await repo.findArticle(metadata.url, metadata.canonicalUrl)) ?? null) : null;
    const [annotations, parties, tags, verdicts] = await Promise.all([
      article ? repo.annotationsForArticle(article.id) : Promise.resolve([]),
      repo.listParties(),
      tagCounts(repo.db),
      getVerdictScale(repo.db),
    ]);
    return { article, annotations, parties, tags: tags.map((t) => t.tag), verdicts };
  }, [repo, metadata]);
}
