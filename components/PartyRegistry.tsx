import { useMemo, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { matchParties } from '../core/parties/match';
import { useLiveQuery } from './hooks/use-live-query';
import { PartyCard } from './PartyCard';
import type { Undoable, ViewActions } from './view-actions';

export interface PartyRegistryProps {
  repo: Repository;
  actions: ViewActions;
  onUndoable: (undoable: Undoable) => void;
}

/** Every party in the library, searchable by name or alias, each opening its card. */
export function PartyRegistry({ repo, actions, onUndoable }: PartyRegistryProps) {
  const parties = useLiveQuery(() => repo.listParties(), [repo]);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const shown = useMemo(
    () => (!parties ? [] : query.trim() ? matchParties(parties, query) : parties),
    [parties, query],
  );
  if (!parties) return <p class="status">&nbsp;</p>;
  const open = parties.find((p) => p.id === openId);
  return (
    <section class="party-registry" aria-label="Parties">
      {parties.length === 0 ? (
        <p class="empty-state">
          No parties yet. Select a name on a page and choose Party, or name a claimant when you mark a claim.
        </p>
      ) : (
        <>
          <label for="party-search">Find a party</label>
          <input
            id="party-search"
            type="search"
            value={query}
            placeholder="Name or alias"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <ul class="party-items">
            {shown.map((party) => (
              <li key={party.id}>
                <button
                  type="button"
                  class="party-select"
                  aria-expanded={party.id === openId}
                  onClick={() => setOpenId((current) => (current === party.id ? null : party.id))}
                >
                  <span>{party.name}</span> <span class="muted">{party.kind}</span>
                </button>
                {party.id === openId && open && (
                  <PartyCard
                    key={party.id}
                    party={open}
                    parties={parties}
                    repo={repo}
                    actions={actions}
                    onUndoable={onUndoable}
                    onGone={() => setOpenId(null)}
                  />
                )}
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p class="muted">No party answers to “{query}”.</p>}
        </>
      )}
    </section>
  );
}
