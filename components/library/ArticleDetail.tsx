import { useMemo } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import type { Annotation, Article, Party } from '../../core/model';
import { CollectionMembership } from './CollectionMembership';
import { ExportControls } from './ExportControls';
import type { ExportScope } from './export-scope';
import { articleTitle, KIND_NAMES, partyName, plural, shortDate, siteName } from './format';
import type { LibraryState } from './library-store';

export interface ArticleDetailProps {
  repo: Repository;
  state: LibraryState;
  article: Article;
  onShowAnnotation: (annotation: Annotation) => void;
}

/** One article: what it is, what was noted on it, the collections it is in, and its export. */
export function ArticleDetail({ repo, state, article, onShowAnnotation }: ArticleDetailProps) {
  const annotations = useMemo(
    () =>
      [...state.annotations.values()]
        .filter((a) => a.articleId === article.id)
        .sort((a, b) => a.target.position.start - b.target.position.start),
    [state.version, article.id],
  );
  const scope = useMemo<ExportScope>(
    () => ({ kind: 'articles', articleIds: [article.id], label: articleTitle(article) }),
    [article],
  );
  const title = articleTitle(article);
  return (
    <article class="detail" aria-labelledby="article-detail-title">
      <h2 id="article-detail-title">{title}</h2>
      <p class="muted">
        {siteName(article)}
        {article.byline && ` · ${article.byline}`}
        {shortDate(article.publishedTime) && ` · published ${shortDate(article.publishedTime)}`}
      </p>
      <p class="muted">
        First visit {shortDate(article.firstVisit)} · last visit {shortDate(article.lastVisit)}
      </p>
      <p>
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          Open the page in a new tab
        </a>
        <span class="muted">
          {' '}
          (its notes are painted there when Marginalia may read all sites; otherwise open Marginalia on it)
        </span>
      </p>
      <h3>{plural(annotations.length, 'annotation')}</h3>
      {annotations.length === 0 ? (
        <p class="muted">Nothing noted on this article.</p>
      ) : (
        <ul class="plain-list">
          {annotations.map((a) => (
            <li key={a.id}>
              <button type="button" class="link-button" onClick={() => onShowAnnotation(a)}>
                {KIND_NAMES[a.kind]}: “{a.target.quote.exact}”
              </button>
              {a.kind === 'claim' && <span class="muted"> {describeClaim(a, state.parties)}</span>}
            </li>
          ))}
        </ul>
      )}
      <CollectionMembership repo={repo} state={state} article={article} />
      <h3>Export this article</h3>
      <ExportControls scope={scope} idPrefix="article-export" what="this article" />
    </article>
  );
}

function describeClaim(a: Annotation, parties: ReadonlyMap<string, Party>): string {
  const claimant = partyName(parties, a.claim?.claimantId);
  return `— ${claimant || 'no claimant'}, ${a.claim?.verdict ?? 'Unrated'}`;
}
