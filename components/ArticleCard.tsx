import type { ArticleMetadata } from '../core/model';
import { formatDate } from './format';

export interface ArticleCardProps {
  metadata: ArticleMetadata;
}

/** The current page as an article: title, site, byline and date, or a plain note that it is not one. */
export function ArticleCard({ metadata }: ArticleCardProps) {
  const { title, siteName, byline, publishedTime, isArticle, url } = metadata;
  const host = new URL(url).host;
  return (
    <section class="article-card" aria-label="This page">
      <h1 class="article-title">{title || host}</h1>
      <p class="article-meta">
        <span class="article-site">{siteName || host}</span>
        {byline && byline !== siteName && <span class="article-byline">{byline}</span>}
        {publishedTime && (
          <time class="article-date" dateTime={publishedTime}>
            {formatDate(publishedTime)}
          </time>
        )}
      </p>
      {!isArticle && (
        <p class="article-note" role="note">
          This page does not look like an article. You can still annotate it; it will be listed under its title and
          address.
        </p>
      )}
    </section>
  );
}
