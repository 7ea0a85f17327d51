import { useEffect, useState } from 'preact/hooks';
import type { SnapshotRecord } from '../../core/db/database';
import type { Repository } from '../../core/db/repository';
import { snapshotsOf, unpackSnapshot, type SnapshotContent } from '../../core/db/snapshots';
import { formatDate } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { SnapshotArticle } from './SnapshotArticle';
import { VersionDiff } from './VersionDiff';

export interface ReaderAppProps {
  repo: Repository;
  /** `article`, and optionally `version` (shown) and `compare` (diffed against). */
  params: URLSearchParams;
}

function useContent(record: SnapshotRecord | undefined): SnapshotContent | undefined {
  const [content, setContent] = useState<SnapshotContent | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setContent(undefined);
    if (record) void unpackSnapshot(record).then((c) => live && setContent(c));
    return () => {
      live = false;
    };
  }, [record?.id]);
  return content;
}

const versionLabel = (v: SnapshotRecord) => `the version of ${formatDate(v.firstSeen)}`;

/** The reader view: a saved copy of an article with its annotations, and what changed between versions. */
export function ReaderApp({ repo, params }: ReaderAppProps) {
  const articleId = params.get('article') ?? '';
  const data = useLiveQuery(async () => {
    const [article, versions, annotations] = await Promise.all([
      repo.getArticle(articleId),
      snapshotsOf(repo.db, articleId),
      repo.annotationsForArticle(articleId),
    ]);
    return { article, versions, annotations };
  }, [repo, articleId]);
  const [versionId, setVersionId] = useState(params.get('version'));
  const [compareId, setCompareId] = useState(params.get('compare'));
  const [found, setFound] = useState<Set<string> | null>(null);
  const versions = data?.versions ?? [];
  const shown = versions.find((v) => v.id === versionId) ?? versions.at(-1);
  const compared = versions.find((v) => v.id === compareId && v.id !== shown?.id);
  const content = useContent(shown);
  const comparedContent = useContent(compared);

  useEffect(() => {
    if (data?.article) document.title = `${data.article.title || 'Saved article'} — Marginalia`;
  }, [data?.article]);

  if (!data) return <main class="reader" aria-busy="true" />;
  if (!data.article || !shown) {
    return (
      <main class="reader">
        <p role="alert">No saved copy of this article. Marginalia saves one when you first annotate an article.</p>
      </main>
    );
  }
  const { article, annotations } = data;
  const missing = found ? annotations.filter((a) => !found.has(a.id)) : [];
  return (
    <main class="reader">
      <header class="reader-header">
        <p class="muted">
          Saved copy · {article.siteName || new URL(article.url).host} ·{' '}
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            live page
          </a>
        </p>
        <h1>{shown.title || article.title}</h1>
        {(shown.byline || shown.publishedTime) && (
          <p class="muted">
            {shown.byline}
            {shown.byline && shown.publishedTime ? ' · ' : ''}
            {shown.publishedTime && formatDate(shown.publishedTime)}
          </p>
        )}
        <div class="version-controls">
          <label for="version">Version</label>
          <select id="version" value={shown.id} onChange={(e) => setVersionId(e.currentTarget.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`Seen ${formatDate(v.firstSeen)}${v.lastSeen !== v.firstSeen ? ` to ${formatDate(v.lastSeen)}` : ''}`}
              </option>
            ))}
          </select>
          {versions.length > 1 && (
            <>
              <label for="compare">Compare with</label>
              <select
                id="compare"
                value={compared?.id ?? ''}
                onChange={(e) => setCompareId(e.currentTarget.value || null)}
              >
                <option value="">(no comparison)</option>
                {versions
                  .filter((v) => v.id !== shown.id)
                  .map((v) => (
                    <option key={v.id} value={v.id}>
                      {`Seen ${formatDate(v.firstSeen)}`}
                    </option>
                  ))}
              </select>
            </>
          )}
        </div>
      </header>
      {compared && comparedContent && content && (
        <VersionDiff
          before={{ text: comparedContent.text, label: versionLabel(compared) }}
          after={{ text: content.text, label: versionLabel(shown) }}
          claims={annotations.filter((a) => a.kind === 'claim')}
        />
      )}
      {content ? (
        <SnapshotArticle html={content.html} annotations={annotations} onAnchored={setFound} />
      ) : (
        <p class="muted" aria-busy="true">
          Opening the saved copy…
        </p>
      )}
      {missing.length > 0 && (
        <section class="reader-missing" aria-label="Annotations not in this version">
          <h2>Not in this version</h2>
          <ul>
            {missing.map((a) => (
              <li key={a.id}>
                <q>{a.target.quote.exact}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
