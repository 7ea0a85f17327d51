import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import type { Annotation, Article } from '../../core/model';
import { EMPTY_FILTER, isFilterEmpty, type LibraryFilter, type PartyRole } from '../../core/search/filters';
import { useLibraryStore } from '../hooks/use-library-store';
import { DEFAULT_SORTS, useLibraryView, type LibrarySorts } from '../hooks/use-library-view';
import { useSettledText } from '../hooks/use-library-settled-text';
import { useUndo } from '../hooks/use-undo';
import { Tabs } from '../Tabs';
import { UndoToast } from '../UndoToast';
import { BackupSettings } from '../settings/BackupSettings';
import { StorageAlert } from '../settings/StorageAlert';
import { StorageSettings } from '../settings/StorageSettings';
import { SnapshotSettings } from '../snapshots/SnapshotSettings';
import { AccessSettings } from './AccessSettings';
import { AnnotationsPanel } from './AnnotationsPanel';
import { ArticlesPanel } from './ArticlesPanel';
import { CollectionsPanel } from './CollectionsPanel';
import { EmptyLibrary } from './EmptyLibrary';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { filterLabel } from './filter-label';
import { plural } from './format';
import { ImportPanel } from './ImportPanel';
import { PartiesPanel } from './PartiesPanel';
import { TagSettings } from './TagSettings';
import { TagsPanel } from './TagsPanel';
import { VerdictScaleEditor } from './VerdictScaleEditor';
import { WipePanel } from './WipePanel';

export interface LibraryAppProps {
  repo: Repository;
}

const TABS = [
  { key: 'articles', title: 'Articles' },
  { key: 'annotations', title: 'Annotations' },
  { key: 'parties', title: 'Parties' },
  { key: 'tags', title: 'Tags' },
  { key: 'collections', title: 'Collections' },
  { key: 'data', title: 'Export & import' },
  { key: 'settings', title: 'Settings' },
] as const;
type LibraryTab = (typeof TABS)[number]['key'];

/** Annotations above which the search waits for a pause in typing. */
const LARGE_LIBRARY = 20_000;
const TYPING_PAUSE_MS = 120;

function tabFromHash(): LibraryTab {
  const wanted = location.hash.slice(1);
  return TABS.find((t) => t.key === wanted)?.key ?? 'articles';
}

/** The library: every article, annotation, party and tag, searchable and filterable, with collections, export, import and settings. */
export function LibraryApp({ repo }: LibraryAppProps) {
  const state = useLibraryStore(repo);
  const [tab, setTab] = useState<LibraryTab>(tabFromHash);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [sorts, setSorts] = useState<LibrarySorts>(DEFAULT_SORTS);
  const [articleId, setArticleId] = useState<string | null>(null);
  const [annotationId, setAnnotationId] = useState<string | null>(null);
  const { pending, offer, undo, dismiss } = useUndo();
  // In a large library each query walks tens of thousands of hits: while the reader is
  // typing fast, only the words they pause on are searched.
  const settledText = useSettledText(filter.text, state.annotations.size > LARGE_LIBRARY ? TYPING_PAUSE_MS : 0);
  const viewFilter = useMemo(() => ({ ...filter, text: settledText }), [filter, settledText]);
  const view = useLibraryView(state, viewFilter, sorts);

  useEffect(() => {
    history.replaceState(null, '', `#${tab}`);
  }, [tab]);

  const searching = filter.text.trim() !== '';
  useEffect(() => {
    // A query ranks by best match until the reader picks another order; clearing it goes back.
    setSorts((s) => ({
      ...s,
      articles: searching ? { key: 'relevance', direction: 'descending' } : DEFAULT_SORTS.articles,
      annotations: searching ? { key: 'relevance', direction: 'descending' } : DEFAULT_SORTS.annotations,
    }));
  }, [searching]);

  const showArticle = (article: Article) => {
    setArticleId(article.id);
    setTab('articles');
  };
  const showAnnotation = (annotation: Annotation) => {
    setAnnotationId(annotation.id);
    setTab('annotations');
  };
  const showWith = (change: Partial<LibraryFilter>, next: LibraryTab) => {
    setFilter({ ...EMPTY_FILTER, ...change });
    setTab(next);
  };
  const clearFilter = () => setFilter(EMPTY_FILTER);
  const label = useMemo(() => filterLabel(filter, state), [filter, state.version]);
  const tagNames = useMemo(() => view.allTags.map((t) => t.tag), [view.allTags]);
  const empty = state.ready && state.articles.size === 0 && state.annotations.size === 0;
  const listTab = tab === 'articles' || tab === 'annotations';

  return (
    <div class="library-app">
      <header class="library-header">
        <h1>Marginalia library</h1>
        <StorageAlert db={repo.db} />
        <div class="library-search">
          <label for="library-search">Search the library</label>
          <input
            id="library-search"
            type="search"
            placeholder="Quotes, notes, titles, parties, tags"
            value={filter.text}
            onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
          />
        </div>
        <p class="library-summary" aria-live="polite">
          {!state.ready
            ? `Reading your library… ${state.progress.total > 0 ? `${plural(state.progress.done, 'annotation')} of ${state.progress.total.toLocaleString()}` : ''}`
            : isFilterEmpty(filter)
              ? `${plural(state.annotations.size, 'annotation')} in ${plural(state.articles.size, 'article')}`
              : `Showing ${plural(view.annotations.length, 'annotation')} in ${plural(view.articles.length, 'article')}${state.indexed.done < state.indexed.total ? ` (still indexing for search: ${state.indexed.done.toLocaleString()} of ${state.indexed.total.toLocaleString()})` : ''}`}
        </p>
      </header>
      <Tabs label="Library" tabs={[...TABS]} selected={tab} onSelect={setTab}>
        {listTab && !empty && <FilterBar state={state} filter={filter} tags={tagNames} onChange={setFilter} />}
        {!state.ready && tab !== 'data' && tab !== 'settings' ? (
          <div class="library-loading">
            <progress
              aria-label="Reading the library"
              max={state.progress.total || undefined}
              value={state.progress.total ? state.progress.done : undefined}
            />
          </div>
        ) : empty && tab !== 'data' && tab !== 'settings' && tab !== 'collections' ? (
          <EmptyLibrary onImport={() => setTab('data')} />
        ) : tab === 'articles' ? (
          <ArticlesPanel
            repo={repo}
            state={state}
            view={view}
            sort={sorts.articles}
            onSort={(articles) => setSorts({ ...sorts, articles })}
            selected={articleId ? state.articles.get(articleId) : undefined}
            onSelect={(a) => setArticleId(a.id)}
            onShowAnnotation={showAnnotation}
            onClearFilter={clearFilter}
          />
        ) : tab === 'annotations' ? (
          <AnnotationsPanel
            state={state}
            view={view}
            sort={sorts.annotations}
            onSort={(annotations) => setSorts({ ...sorts, annotations })}
            selected={annotationId ? state.annotations.get(annotationId) : undefined}
            onSelect={(a) => setAnnotationId(a.id)}
            onShowArticle={showArticle}
            onClearFilter={clearFilter}
          />
        ) : tab === 'parties' ? (
          <PartiesPanel
            repo={repo}
            view={view}
            sort={sorts.parties}
            onSort={(parties) => setSorts({ ...sorts, parties })}
            onShowClaims={(partyId: string, partyRole: PartyRole) => showWith({ partyId, partyRole }, 'annotations')}
            onClearFilter={clearFilter}
            hasParties={state.parties.size > 0}
          />
        ) : tab === 'tags' ? (
          <TagsPanel
            repo={repo}
            view={view}
            sort={sorts.tags}
            onSort={(tags) => setSorts({ ...sorts, tags })}
            onShowTag={(tag) => showWith({ tag }, 'annotations')}
            onClearFilter={clearFilter}
            onUndoable={offer}
            hasTags={view.allTags.length > 0}
          />
        ) : tab === 'collections' ? (
          <CollectionsPanel
            repo={repo}
            state={state}
            onShowCollection={(collectionId) => showWith({ collectionId }, 'articles')}
            onUndoable={offer}
          />
        ) : tab === 'data' ? (
          <div class="data-panel">
            <ExportPanel state={state} view={view} filterActive={!isFilterEmpty(filter)} filterLabel={label} />
            <ImportPanel repo={repo} />
            <WipePanel repo={repo} state={state} onUndoable={offer} />
          </div>
        ) : (
          <div class="settings-panel">
            <VerdictScaleEditor repo={repo} state={state} onUndoable={offer} />
            <section class="settings-section" aria-labelledby="settings-tags-heading">
              <h2 id="settings-tags-heading">Tags</h2>
              <TagSettings repo={repo} tags={view.allTags} onUndoable={offer} />
            </section>
            <AccessSettings />
            <SnapshotSettings repo={repo} />
            <StorageSettings repo={repo} />
            <BackupSettings repo={repo} />
            <p class="muted">Parties are renamed, merged and deleted in the Parties tab.</p>
          </div>
        )}
      </Tabs>
      <UndoToast pending={pending} onUndo={() => void undo()} onDismiss={dismiss} />
    </div>
  );
}
