import type { Annotation, Party } from '../../core/model';
import type { OverlayState } from './overlay-state';
import { AnnotationCard } from './AnnotationCard';
import { InlineEditor } from './InlineEditor';
import { NoticeBar } from './NoticeBar';
import { PartyChooser } from './PartyChooser';
import type { PartyChoice } from '../PartyPicker';

export interface PageOverlayProps {
  state: OverlayState;
  annotations: ReadonlyMap<string, Annotation>;
  parties: Party[];
  onClaimant: (annotationId: string, choice: PartyChoice) => void;
  onMentionParty: (annotationId: string, choice: PartyChoice) => void;
  onNote: (annotationId: string, note: string) => void;
  onCloseEditor: () => void;
  onCloseChooser: () => void;
  onDismissNotice: () => void;
}

/** The panels Marginalia draws on a page (editors, cards, notices), inside its closed shadow root. */
export function PageOverlay(props: PageOverlayProps) {
  const { state, annotations, parties } = props;
  const partyName = (id: string | undefined) => (id ? parties.find((p) => p.id === id)?.name : undefined);
  const editing = state.editor && annotations.get(state.editor.annotationId);
  const carded = state.card && annotations.get(state.card.annotationId);
  return (
    <div class="layer">
      {state.editor && editing && (
        <InlineEditor
          x={state.editor.x}
          y={state.editor.y}
          mode={state.editor.mode}
          quote={editing.target.quote.exact}
          note={editing.note}
          claimantName={partyName(editing.claim?.claimantId)}
          parties={parties}
          status={state.saveStatus}
          onClaimant={(choice) => props.onClaimant(editing.id, choice)}
          onNote={(note) => props.onNote(editing.id, note)}
          onClose={props.onCloseEditor}
        />
      )}
      {state.chooser && (
        <PartyChooser
          x={state.chooser.x}
          y={state.chooser.y}
          text={state.chooser.text}
          parties={parties}
          onPick={(choice) => props.onMentionParty(state.chooser!.annotationId, choice)}
          onClose={props.onCloseChooser}
        />
      )}
      {state.card && carded && !state.editor && (
        <AnnotationCard
          x={state.card.x}
          y={state.card.y}
          kind={carded.kind}
          tags={carded.tags}
          claimantName={partyName(carded.claim?.claimantId)}
          partyName={partyName(carded.partyId)}
          verdict={carded.claim?.verdict}
          note={carded.note}
        />
      )}
      {state.notice && (
        <NoticeBar message={state.notice.message} onRetry={state.notice.retry} onDismiss={props.onDismissNotice} />
      )}
    </div>
  );
}
