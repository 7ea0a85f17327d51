import type { Party } from '../../core/model';
import { PartyPicker, type PartyChoice } from '../PartyPicker';

export interface PartyChooserProps {
  x: number;
  y: number;
  text: string;
  parties: Party[];
  onPick: (choice: PartyChoice) => void;
  onClose: () => void;
}

/** Asks which party a just-tagged mention names, offering the parties whose name or alias fits. */
export function PartyChooser({ x, y, text, parties, onPick, onClose }: PartyChooserProps) {
  return (
    <div
      class="panel editor"
      role="dialog"
      aria-label="Which party is this?"
      style={{ left: `${x}px`, top: `${y}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2>Which party is this?</h2>
      <p class="quote">“{text}”</p>
      <PartyPicker idPrefix="mention" label="Party" parties={parties} initialText={text} autoFocus onPick={onPick} />
      <div class="row">
        <button type="button" onClick={onClose}>
          Later
        </button>
      </div>
    </div>
  );
}
