import type { Party } from '../core/model';
import { PartyPicker, type PartyChoice } from './PartyPicker';

export interface PartyListProps {
  idPrefix: string;
  label: string;
  ids: string[];
  parties: Party[];
  onAdd: (choice: PartyChoice) => void;
  onRemove: (id: string) => void;
}

/** Several parties chosen for one field (the parties a claim is about), each removable. */
export function PartyList({ idPrefix, label, ids, parties, onAdd, onRemove }: PartyListProps) {
  const chosen = ids.map((id) => parties.find((p) => p.id === id) ?? { id, name: 'Unknown party' });
  return (
    <div class="party-list">
      {chosen.length > 0 && (
        <ul class="chips" aria-label={label}>
          {chosen.map((party) => (
            <li key={party.id} class="chip">
              <span>{party.name}</span>
              <button type="button" aria-label={`Remove ${party.name}`} onClick={() => onRemove(party.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <PartyPicker
        idPrefix={idPrefix}
        label={chosen.length ? `Add to “${label}”` : label}
        parties={parties.filter((p) => !ids.includes(p.id))}
        clearOnPick
        onPick={onAdd}
      />
    </div>
  );
}
