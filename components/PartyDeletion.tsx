import { useState } from 'preact/hooks';
import type { PartyLinkPolicy, PartyUsage } from '../core/db/party-operations';
import type { Party } from '../core/model';

export interface PartyDeletionProps {
  party: Party;
  usage: PartyUsage;
  /** The parties its links could move to. */
  others: Party[];
  onConfirm: (policy: PartyLinkPolicy) => void;
  onCancel: () => void;
}

/** "no claims", "1 claim", "3 claims". */
function counted(count: number, one: string, many: string): string {
  if (count === 0) return `no ${many}`;
  return `${count} ${count === 1 ? one : many}`;
}

/** Asks what to do with a party's claims and mentions before deleting it. */
export function PartyDeletion({ party, usage, others, onConfirm, onCancel }: PartyDeletionProps) {
  const [choice, setChoice] = useState<PartyLinkPolicy['kind']>('unlink');
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const used = usage.claimsBy + usage.claimsAbout + usage.mentions;
  const name = `delete-${party.id}`;
  return (
    <div class="confirm" role="group" aria-label={`Delete ${party.name}`}>
      {used === 0 ? (
        <p>{party.name} is not used by any annotation.</p>
      ) : (
        <fieldset>
          <legend>
            {party.name} made {counted(usage.claimsBy, 'claim', 'claims')}, is the subject of{' '}
            {counted(usage.claimsAbout, 'claim', 'claims')} and is named by{' '}
            {counted(usage.mentions, 'mention', 'mentions')}. What should happen to them?
          </legend>
          <label class="inline">
            <input type="radio" name={name} checked={choice === 'unlink'} onChange={() => setChoice('unlink')} />
            Keep them, without this party
          </label>
          <label class="inline">
            <input
              type="radio"
              name={name}
              checked={choice === 'reassign'}
              disabled={others.length === 0}
              onChange={() => setChoice('reassign')}
            />
            Move them to another party
          </label>
          {choice === 'reassign' && (
            <select
              aria-label="Party to move them to"
              value={target}
              onChange={(e) => setTarget(e.currentTarget.value)}
            >
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          <label class="inline">
            <input
              type="radio"
              name={name}
              checked={choice === 'delete-mentions'}
              onChange={() => setChoice('delete-mentions')}
            />
            Delete its mentions; keep the claims without it
          </label>
        </fieldset>
      )}
      <div class="row">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => onConfirm(choice === 'reassign' ? { kind: 'reassign', toPartyId: target } : { kind: choice })}
        >
          Delete {party.name}
        </button>
      </div>
    </div>
  );
}
