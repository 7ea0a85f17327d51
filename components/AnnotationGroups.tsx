import { Fragment, type ComponentChildren } from 'preact';
import type { Annotation, AnnotationKind, Party } from '../core/model';
import { AnnotationItem } from './AnnotationItem';

export interface AnnotationGroupsProps {
  annotations: Annotation[];
  parties: Party[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The editor shown under the selected annotation. */
  renderEditor: (annotation: Annotation) => ComponentChildren;
}

const GROUPS: { kind: AnnotationKind; title: string }[] = [
  { kind: 'claim', title: 'Claims' },
  { kind: 'party-mention', title: 'Parties' },
  { kind: 'highlight', title: 'Highlights' },
];

function detailOf(annotation: Annotation, parties: Party[]): string | undefined {
  const name = (id: string | undefined) => parties.find((p) => p.id === id)?.name;
  if (annotation.kind === 'claim') {
    const claimant = name(annotation.claim?.claimantId);
    return [claimant ? `Claimant: ${claimant}` : 'No claimant yet', annotation.claim?.verdict ?? 'Unrated'].join(' · ');
  }
  if (annotation.kind === 'party-mention') return name(annotation.partyId) ?? 'No party chosen';
  return annotation.note ? annotation.note : undefined;
}

/** A page's annotations in three groups, Claims, Parties and Highlights, with the selected one open for editing. */
export function AnnotationGroups({ annotations, parties, selectedId, onSelect, renderEditor }: AnnotationGroupsProps) {
  return (
    <>
      {GROUPS.map(({ kind, title }) => {
        const items = annotations.filter((a) => a.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} class="annotation-group" aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>
              {title} <span class="count">({items.length})</span>
            </h2>
            <ul class="annotation-items">
              {items.map((annotation) => (
                <Fragment key={annotation.id}>
                  <AnnotationItem
                    annotation={annotation}
                    detail={detailOf(annotation, parties)}
                    selected={annotation.id === selectedId}
                    onSelect={onSelect}
                  />
                  {annotation.id === selectedId && <li class="editor-slot">{renderEditor(annotation)}</li>}
                </Fragment>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
