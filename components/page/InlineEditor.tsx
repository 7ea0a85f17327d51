import type { Party } from '../../core/model';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { PartyPicker, type PartyChoice } from '../PartyPicker';

export interface InlineEditorProps {
  x: number;
  y: number;
  /** "Claim" edits claimant and note; "Note" only the note. */
  mode: 'claim' | 'note';
  quote: string;
  note: string;
  claimantName?: string;
  parties: Party[];
  /** What the reader should know about saving: empty, "Saved", or an error to retry. */
  status: { kind: 'idle' | 'saved' | 'error'; message?: string };
  onClaimant: (choice: PartyChoice) => void;
  onNote: (note: string) => void;
  onClose: () => void;
}

/** The editor that opens next to a new claim or note; every change is saved as it is made. */
export function InlineEditor(props: InlineEditorProps) {
  const { x, y, mode, quote, note, claimantName, parties, status, onClaimant, onNote, onClose } = props;
  const heading = mode === 'claim' ? 'Claim' : 'Note';
  const noteRef = useFocusOnMount<HTMLTextAreaElement>(mode === 'note');
  return (
    <div
      class="panel editor"
      role="dialog"
      aria-label={`Marginalia ${heading.toLowerCase()} editor`}
      style={{ left: `${x}px`, top: `${y}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2>{heading}</h2>
      <p class="quote">“{quote}”</p>
      {mode === 'claim' && (
        <>
          {claimantName && (
            <p>
              <span class="muted">Claimant: </span>
              <strong>{claimantName}</strong>
            </p>
          )}
          <PartyPicker
            idPrefix="claimant"
            label={claimantName ? 'Change claimant' : 'Claimant'}
            parties={parties}
            autoFocus
            clearOnPick
            onPick={onClaimant}
          />
        </>
      )}
      <label for="inline-note">Note</label>
      <textarea id="inline-note" value={note} ref={noteRef} onInput={(event) => onNote(event.currentTarget.value)} />
      <div class="row">
        <span role="status" class={status.kind === 'error' ? 'error' : 'muted'}>
          {status.kind === 'saved' ? 'Saved' : (status.message ?? '')}
        </span>
        <button type="button" class="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
