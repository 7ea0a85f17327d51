import type { AnnotationKind } from '../../core/model';

export interface AnnotationCardProps {
  x: number;
  y: number;
  kind: AnnotationKind;
  tags: string[];
  claimantName?: string;
  partyName?: string;
  verdict?: string;
  note: string;
}

const KIND_LABELS: Record<AnnotationKind, string> = {
  highlight: 'Highlight',
  claim: 'Claim',
  'party-mention': 'Party',
};

/** What is known of a highlight under the pointer: kind, party or claimant, verdict, tags, note. */
export function AnnotationCard({ x, y, kind, tags, claimantName, partyName, verdict, note }: AnnotationCardProps) {
  return (
    <div class="panel card" role="tooltip" style={{ left: `${x}px`, top: `${y}px` }}>
      <h2>{KIND_LABELS[kind]}</h2>
      <dl>
        {partyName && (
          <>
            <dt>Party</dt>
            <dd>{partyName}</dd>
          </>
        )}
        {kind === 'claim' && (
          <>
            <dt>Claimant</dt>
            <dd>{claimantName ?? 'not set'}</dd>
            <dt>Verdict</dt>
            <dd>{verdict ?? 'Unrated'}</dd>
          </>
        )}
        {tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{tags.join(', ')}</dd>
          </>
        )}
        {note && (
          <>
            <dt>Note</dt>
            <dd>{note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
