import type { Annotation, Article } from '../../core/model';
import { ANNOTATION_SORTS } from '../../core/search/sort';
import type { LibrarySorts, LibraryView } from '../hooks/use-library-view';
import { AnnotationDetail } from './AnnotationDetail';
import { AnnotationRow } from './AnnotationRow';
import type { LibraryState } from './library-store';
import { NoMatches } from './NoMatches';
import { SortControl } from './SortControl';
import { VirtualList } from './VirtualList';

export interface AnnotationsPanelProps {
  state: LibraryState;
  view: LibraryView;
  sort: LibrarySorts['annotations'];
  onSort: (sort: LibrarySorts['annotations']) => void;
  selected: Annotation | undefined;
  onSelect: (annotation: Annotation) => void;
  onShowArticle: (article: Article) => void;
  onClearFilter: () => void;
}

/** Claims, highlights and mentions the filter keeps, in a sortable list, and the chosen one in full. */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { state, view, sort, onSort, selected, onSelect, onShowArticle, onClearFilter } = props;
  const options = view.hits ? { relevance: 'Best match', ...ANNOTATION_SORTS } : ANNOTATION_SORTS;
  return (
    <div class="master-detail">
      <section class="master" aria-label="Annotations">
        <SortControl
          id="annotations-sort"
          options={options as Record<LibrarySorts['annotations']['key'], string>}
          value={sort.key}
          direction={sort.direction}
          onChange={(key, direction) => onSort({ key, direction })}
        />
        {view.annotations.length === 0 ? (
          <NoMatches what="annotations" onClear={onClearFilter} />
        ) : (
          <VirtualList
            label="Annotations"
            items={view.annotations}
            itemKey={(a) => a.id}
            currentKey={selected?.id ?? null}
            renderItem={(a) => (
              <AnnotationRow
                annotation={a}
                article={state.articles.get(a.articleId)}
                parties={state.parties}
                onSelect={onSelect}
              />
            )}
          />
        )}
      </section>
      <div class="detail-slot">
        {selected ? (
          <AnnotationDetail state={state} annotation={selected} onShowArticle={onShowArticle} />
        ) : (
          <p class="muted detail-hint">Choose an annotation to read it in full.</p>
        )}
      </div>
    </div>
  );
}
