import type { Annotation, Article, Party } from '../../core/model';
import { articleTitle, KIND_NAMES, partyName } from './format';

export interface AnnotationRowProps {
  annotation: Annotation;
  article: Article | undefined;
  parties: ReadonlyMap<string, Party>;
  onSelect: (annotation: Annotation) => void;
}

/** One annotation in the library's list: its quote, who said it and the verdict, and its article. */
export function AnnotationRow({ annotation: a, article, parties, onSelect }: AnnotationRowProps) {
  const claimant = partyName(parties, a.claim?.claimantId);
  const mentioned = partyName(parties, a.partyId);
  return (
    <div class={`library-row kind-${a.kind}`}>
      <button type="button" class="row-main" onClick={() => onSelect(a)}>
        <span class="row-title quote">“{a.target.quote.exact}”</span>
        <span class="row-meta">
          <span class="kind-badge">{KIND_NAMES[a.kind]}</span>
          {a.kind === 'claim' && ` · ${claimant || 'no claimant'} · ${a.claim?.verdict ?? 'Unrated'}`}
          {mentioned && ` · ${mentioned}`}
          {a.anchor?.state === 'orphan' && <span class="not-found"> · not found on the page</span>}
        </span>
        <span class="row-meta">{articleTitle(article, a.articleId)}</span>
      </button>
    </div>
  );
}
