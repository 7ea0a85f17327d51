import type { LibrarySorts, LibraryView } from '../hooks/use-library-view';
import { plural } from './format';
import { NoMatches } from './NoMatches';
import { SortControl } from './SortControl';
import { TagSettings } from './TagSettings';
import { VirtualList } from './VirtualList';
import type { Undoable } from '../view-actions';
import type { Repository } from '../../core/db/repository';

export interface TagsPanelProps {
  repo: Repository;
  view: LibraryView;
  sort: LibrarySorts['tags'];
  onSort: (sort: LibrarySorts['tags']) => void;
  onShowTag: (tag: string) => void;
  onClearFilter: () => void;
  onUndoable: (undoable: Undoable) => void;
  hasTags: boolean;
}

/** Every tag with how many annotations carry it; choosing one lists them. */
export function TagsPanel({ repo, view, sort, onSort, onShowTag, onClearFilter, onUndoable, hasTags }: TagsPanelProps) {
  return (
    <div class="master-detail">
      <section class="master" aria-label="Tags">
        <SortControl
          id="tags-sort"
          options={{ count: 'Most used', name: 'Name' }}
          value={sort.key}
          direction={sort.direction}
          onChange={(key, direction) => onSort({ key, direction })}
        />
        {!hasTags ? (
          <p class="empty-state">No tags yet. Open an annotation on a page and type a tag in its Tags field.</p>
        ) : view.tags.length === 0 ? (
          <NoMatches what="tags" onClear={onClearFilter} />
        ) : (
          <VirtualList
            label="Tags"
            items={view.tags}
            itemKey={(t) => t.tag}
            renderItem={({ tag, count }) => (
              <div class="library-row">
                <button type="button" class="row-main" onClick={() => onShowTag(tag)}>
                  <span class="row-title">{tag}</span>
                  <span class="row-meta">{plural(count, 'annotation')}</span>
                </button>
              </div>
            )}
          />
        )}
      </section>
      <section class="detail-slot" aria-labelledby="tag-settings-heading">
        <h2 id="tag-settings-heading">Rename or delete tags</h2>
        <TagSettings repo={repo} tags={view.tags} onUndoable={onUndoable} />
      </section>
    </div>
  );
}
