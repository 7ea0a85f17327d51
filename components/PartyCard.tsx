import { useState } from 'preact/hooks';
import { deleteParty, mergeParties, partyUsage, renameParty, type PartyUsage } from '../core/db/party-operations';
import type { Repository } from '../core/db/repository';
import { PARTY_KINDS, type Party, type PartyKind } from '../core/model';
import { ClaimRows } from './ClaimRows';
import { useDraft } from './hooks/use-draft';
import { usePartyDetails } from './hooks/use-party-details';
import { PartyDeletion } from './PartyDeletion';
import { PartyPicker } from './PartyPicker';
import type { Undoable, ViewActions } from './view-actions';

export interface PartyCardProps {
  party: Party;
  parties: Party[];
  repo: Repository;
  actions: ViewActions;
  /** Reports an undoable change (merge, delete) to the view's undo bar. */
  onUndoable: (undoable: Undoable) => void;
  /** Called once the party is gone (merged or deleted). */
  onGone: () => void;
}

/** One party: its name, kind, aliases and description, everything it claimed and everything claimed about it. */
export function PartyCard({ party, parties, repo, actions, onUndoable, onGone }: PartyCardProps) {
  const details = usePartyDetails(repo, party.id);
  const [deleting, setDeleting] = useState<PartyUsage | null>(null);
  const [error, setError] = useState('');
  const id = `party-${party.id}`;
  const name = useDraft(party.name, async (value) => {
    if (!value.trim()) return;
    await renameParty(repo.db, party.id, value);
  });
  const description = useDraft(party.description, (value) => actions.editParty(party, { description: value }));
  const kind = useDraft<PartyKind>(party.kind, (value) => actions.editParty(party, { kind: value }));
  const [alias, setAlias] = useState('');
  const others = parties.filter((p) => p.id !== party.id);

  const run = async (work: () => Promise<void>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <article class="party-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{party.name}</h2>
      <label for={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        type="text"
        value={name.value}
        aria-invalid={!name.value.trim() || undefined}
        onInput={(e) => name.onInput(e.currentTarget.value)}
        onBlur={name.flush}
      />
      <label for={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={kind.value}
        onChange={(e) => kind.onInput(e.currentTarget.value as PartyKind)}
        onBlur={kind.flush}
      >
        {PARTY_KINDS.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
      <label for={`${id}-alias`}>Aliases</label>
      {party.aliases.length > 0 && (
        <ul class="chips" aria-label="Aliases">
          {party.aliases.map((a) => (
            <li key={a} class="chip">
              <span>{a}</span>
              <button
                type="button"
                aria-label={`Remove alias ${a}`}
                onClick={() => actions.editParty(party, { aliases: party.aliases.filter((x) => x !== a) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-alias`}
        type="text"
        placeholder="Add an alias and press Enter"
        value={alias}
        onInput={(e) => setAlias(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const value = alias.trim();
          setAlias('');
          if (value && !party.aliases.includes(value) && value !== party.name)
            void actions.editParty(party, { aliases: [...party.aliases, value] });
        }}
      />
      <label for={`${id}-description`}>Description</label>
      <textarea
        id={`${id}-description`}
        value={description.value}
        onInput={(e) => description.onInput(e.currentTarget.value)}
        onBlur={description.flush}
      />
      {details && (
        <>
          <ClaimRows title="Claims by this party" claims={details.claimsBy} empty="No claims attributed to it yet." />
          <ClaimRows title="Claims about this party" claims={details.claimsAbout} empty="No claims about it yet." />
          <p class="muted">
            Named by {details.mentions} {details.mentions === 1 ? 'mention' : 'mentions'}.
          </p>
        </>
      )}
      {others.length > 0 && (
        <PartyPicker
          idPrefix={`${id}-merge`}
          label={`Merge ${party.name} into…`}
          parties={others}
          clearOnPick
          allowCreate={false}
          onPick={(choice) =>
            run(async () => {
              if (!('partyId' in choice)) return;
              const keep = others.find((p) => p.id === choice.partyId);
              const undoable = await actions.undoable(
                `Merged ${party.name} into ${keep?.name ?? 'another party'}.`,
                () => mergeParties(repo.db, choice.partyId, party.id),
              );
              onUndoable(undoable);
              onGone();
            })
          }
        />
      )}
      {deleting ? (
        <PartyDeletion
          party={party}
          usage={deleting}
          others={others}
          onCancel={() => setDeleting(null)}
          onConfirm={(policy) =>
            run(async () => {
              onUndoable(
                await actions.undoable(`Deleted ${party.name}.`, () => deleteParty(repo.db, party.id, policy)),
              );
              onGone();
            })
          }
        />
      ) : (
        <div class="row">
          <button
            type="button"
            class="danger"
            onClick={() => run(async () => setDeleting(await partyUsage(repo.db, party.id)))}
          >
            Delete party…
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
