import type { Article } from '../../core/model';
import type { ArticleCounts } from '../../core/search/summaries';
import { articleTitle, plural, shortDate, siteName } from './format';

export interface ArticleRowProps {
  article: Article;
  counts: ArticleCounts | undefined;
  onSelect: (article: Article) => void;
}

/** One article in the library's list: title, site, dates and what was noted on it. */
export function ArticleRow({ article, counts, onSelect }: ArticleRowProps) {
  const c = counts ?? { claims: 0, highlights: 0, mentions: 0, parties: 0, notFound: 0 };
  const published = shortDate(article.publishedTime);
  return (
    <div class="library-row">
      <button type="button" class="row-main" onClick={() => onSelect(article)}>
        <span class="row-title">{articleTitle(article)}</span>
        <span class="row-meta">
          {siteName(article)}
          {published && ` · published ${published}`} · last visit {shortDate(article.lastVisit)}
        </span>
        <span class="row-meta">
          {plural(c.claims, 'claim')} · {plural(c.parties, 'party', 'parties')} · {plural(c.highlights, 'highlight')}
          {c.notFound > 0 && <span class="not-found"> · {c.notFound} not found on the page</span>}
        </span>
      </button>
      <a class="row-link" href={article.url} target="_blank" rel="noopener noreferrer">
        Open page<span class="visually-hidden">: {articleTitle(article)}</span>
      </a>
    </div>
  );
}
