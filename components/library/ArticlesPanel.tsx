import type { Repository } from '../../core/db/repository';
import type { Annotation, Article } from '../../core/model';
import { ARTICLE_SORTS } from '../../core/search/sort';
import type { LibrarySorts, LibraryView } from '../hooks/use-library-view';
import { ArticleDetail } from './ArticleDetail';
import { ArticleRow } from './ArticleRow';
import type { LibraryState } from './library-store';
import { NoMatches } from './NoMatches';
import { SortControl } from './SortControl';
import { VirtualList } from './VirtualList';

export interface ArticlesPanelProps {
  repo: Repository;
  state: LibraryState;
  view: LibraryView;
  sort: LibrarySorts['articles'];
  onSort: (sort: LibrarySorts['articles']) => void;
  selected: Article | undefined;
  onSelect: (article: Article) => void;
  onShowAnnotation: (annotation: Annotation) => void;
  onClearFilter: () => void;
}

/** The articles the filter keeps, in a sortable list, and the chosen one in full beside it. */
export function ArticlesPanel(props: ArticlesPanelProps) {
  const { repo, state, view, sort, onSort, selected, onSelect, onShowAnnotation, onClearFilter } = props;
  const options = view.hits ? { relevance: 'Best match', ...ARTICLE_SORTS } : ARTICLE_SORTS;
  return (
    <div class="master-detail">
      <section class="master" aria-label="Articles">
        <SortControl
          id="articles-sort"
          options={options as Record<LibrarySorts['articles']['key'], string>}
          value={sort.key}
          direction={sort.direction}
          onChange={(key, direction) => onSort({ key, direction })}
        />
        {view.articles.length === 0 ? (
          <NoMatches what="articles" onClear={onClearFilter} />
        ) : (
          <VirtualList
            label="Articles"
            items={view.articles}
            itemKey={(a) => a.id}
            currentKey={selected?.id ?? null}
            renderItem={(article) => (
              <ArticleRow article={article} counts={view.articleCounts.get(article.id)} onSelect={onSelect} />
            )}
          />
        )}
      </section>
      <div class="detail-slot">
        {selected ? (
          <ArticleDetail repo={repo} state={state} article={selected} onShowAnnotation={onShowAnnotation} />
        ) : (
          <p class="muted detail-hint">Choose an article to see its notes, its collections and its export.</p>
        )}
      </div>
    </div>
  );
}
