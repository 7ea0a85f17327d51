import { render } from 'preact';
import { AnnotationGroups } from '../../components/AnnotationGroups';
import { usePageData } from '../../components/hooks/use-page-data';
import { openDatabase } from '../../core/db/database';
import { Repository } from '../../core/db/repository';
import { partyIdsOf, type ArticleMetadata } from '../../core/model';
import { makeRecords } from '../browser-lib/annotation-records';
import { deleteDatabase } from '../browser-lib/raw-idb';
import { median } from '../browser-lib/stats';

export interface PopupListArgs {
  /** Annotations in the library besides the page's own. */
  libraryAnnotations: number;
  pageAnnotations: number;
  runs: number;
}

export interface PopupListResult {
  fullMs: number;
  emptyMs: number;
  drawnRows: number;
}

/** What the popup shows once it knows the page: its annotations read live and drawn in groups. */
function PageList({ repo, metadata }: { repo: Repository; metadata: ArticleMetadata }) {
  const data = usePageData(repo, metadata);
  if (!data) return null;
  if (data.annotations.length === 0) return <p class="empty-state">No annotations yet.</p>;
  return (
    <AnnotationGroups
      annotations={data.annotations}
      parties={data.parties}
      selectedId={null}
      onSelect={() => {}}
      renderEditor={() => null}
    />
  );
}

/** Renders the list and waits until it is drawn: the empty state, or every row. */
async function timeToDrawn(repo: Repository, metadata: ArticleMetadata, rows: number): Promise<number> {
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  render(<PageList repo={repo} metadata={metadata} />, host);
  await new Promise<void>((resolve) => {
    const check = () => {
      const done =
        rows === 0 ? host.querySelector('.empty-state') : host.querySelectorAll('.annotation-item').length === rows;
      if (done) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  const elapsed = performance.now() - started;
  render(null, host);
  host.remove();
  return elapsed;
}

/**
 * The popup's list for a page with some annotations, in a library of many, against the
 * same view for a page with none in an empty library: the same components and queries the
 * popup runs once it knows which article the page is.
 */
export async function run(args: PopupListArgs): Promise<PopupListResult> {
  const fullName = 'bench-popup-full';
  const emptyName = 'bench-popup-empty';
  await deleteDatabase(fullName);
  await deleteDatabase(emptyName);
  const full = new Repository(openDatabase(fullName));
  const empty = new Repository(openDatabase(emptyName));
  const { annotations, articleIds } = makeRecords(args.libraryAnnotations + args.pageAnnotations, 2000, 300);
  const page = articleIds[0]!;
  const onPage = annotations.filter((a) => a.articleId === page).slice(0, args.pageAnnotations);
  const others = annotations.filter((a) => a.articleId !== page).slice(0, args.libraryAnnotations);
  const stored = [...onPage, ...others].map((a) => ({ ...a, partyIds: partyIdsOf(a) }));
  for (let i = 0; i < stored.length; i += 5000) await full.db.annotations.bulkPut(stored.slice(i, i + 5000));
  const at = new Date().toISOString();
  for (const repo of [full, empty]) {
    await repo.db.articles.put({
      id: page,
      url: page,
      urls: [page],
      title: 'Story',
      byline: '',
      siteName: '',
      publishedTime: '',
      language: 'en',
      excerpt: '',
      isArticle: true,
      firstVisit: at,
      lastVisit: at,
    });
  }
  const metadata = {
    url: page,
    title: 'Story',
    byline: '',
    siteName: '',
    publishedTime: '',
    language: 'en',
    excerpt: '',
    isArticle: true,
  };
  const fullTimes: number[] = [];
  const emptyTimes: number[] = [];
  await timeToDrawn(full, metadata, onPage.length);
  await timeToDrawn(empty, metadata, 0);
  for (let i = 0; i < args.runs; i++) {
    // Turns alternate, so load from other processes slows both alike.
    if (i % 2) {
      fullTimes.push(await timeToDrawn(full, metadata, onPage.length));
      emptyTimes.push(await timeToDrawn(empty, metadata, 0));
    } else {
      emptyTimes.push(await timeToDrawn(empty, metadata, 0));
      fullTimes.push(await timeToDrawn(full, metadata, onPage.length));
    }
  }
  full.db.close();
  empty.db.close();
  await deleteDatabase(fullName);
  await deleteDatabase(emptyName);
  return { fullMs: median(fullTimes), emptyMs: median(emptyTimes), drawnRows: onPage.length };
}
