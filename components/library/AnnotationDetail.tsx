import type { Annotation, Article } from '../../core/model';
import { articleTitle, KIND_NAMES, partyName, shortDate } from './format';
import type { LibraryState } from './library-store';

export interface AnnotationDetailProps {
  state: LibraryState;
  annotation: Annotation;
  onShowArticle: (article: Article) => void;
}

/** One annotation in full: quote, note, tags, the claim's parties, verdict and evidence, and its article. */
export function AnnotationDetail({ state, annotation: a, onShowArticle }: AnnotationDetailProps) {
  const article = state.articles.get(a.articleId);
  const about = (a.claim?.aboutIds ?? []).map((id) => partyName(state.parties, id)).filter(Boolean);
  return (
    <article class="detail" aria-labelledby="annotation-detail-title">
      <h2 id="annotation-detail-title">{KIND_NAMES[a.kind]}</h2>
      <blockquote class="detail-quote">{a.target.quote.exact}</blockquote>
      {a.anchor?.state === 'orphan' && (
        <p class="not-found">Not found on the page when last looked for ({shortDate(a.anchor.at)}).</p>
      )}
      <dl class="facts">
        {a.kind === 'claim' && (
          <>
            <dt>Claimant</dt>
            <dd>{partyName(state.parties, a.claim?.claimantId) || 'Not named'}</dd>
            <dt>About</dt>
            <dd>{about.length > 0 ? about.join(', ') : 'No one named'}</dd>
            <dt>Verdict</dt>
            <dd>{a.claim?.verdict ?? 'Unrated'}</dd>
          </>
        )}
        {a.partyId && (
          <>
            <dt>Party</dt>
            <dd>{partyName(state.parties, a.partyId) || 'Deleted party'}</dd>
          </>
        )}
        <dt>Tags</dt>
        <dd>{a.tags.length > 0 ? a.tags.join(', ') : 'None'}</dd>
        <dt>Note</dt>
        <dd class="note-text">{a.note || 'None'}</dd>
        <dt>Annotated</dt>
        <dd>{shortDate(a.created)}</dd>
      </dl>
      {(a.claim?.evidence.length ?? 0) > 0 && (
        <>
          <h3>Evidence</h3>
          <ul class="plain-list">
            {a.claim!.evidence.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title || e.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Article</h3>
      <p>
        {article ? (
          <button type="button" class="link-button" onClick={() => onShowArticle(article)}>
            {articleTitle(article)}
          </button>
        ) : (
          a.articleId
        )}
      </p>
      <p>
        <a href={a.target.source} target="_blank" rel="noopener noreferrer">
          Open the page in a new tab
        </a>
      </p>
    </article>
  );
}
