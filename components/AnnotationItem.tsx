import type { Annotation } from '../core/model';
import { anchorLabel } from './anchor-labels';

export interface AnnotationItemProps {
  annotation: Annotation;
  /** A short line under the quote: the claimant and verdict, or the party named. */
  detail?: string;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One annotation in a list: its quote and whether it was found on the page. */
export function AnnotationItem({ annotation, detail, selected, onSelect }: AnnotationItemProps) {
  const state = annotation.anchor?.state ?? 'unchecked';
  return (
    <li class={`annotation-item state-${state}`}>
      <button
        type="button"
        class="annotation-select"
        aria-expanded={selected}
        aria-controls={`editor-${annotation.id}`}
        onClick={() => onSelect(annotation.id)}
      >
        <span class="quote-text">{annotation.target.quote.exact}</span>
        {detail && <span class="annotation-detail">{detail}</span>}
        <span class="anchor-state">{anchorLabel(annotation.anchor)}</span>
      </button>
    </li>
  );
}
