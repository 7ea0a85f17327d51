import type { Repository } from '../../core/db/repository';
import type { PartyRole } from '../../core/search/filters';
import { PARTY_SORTS } from '../../core/search/sort';
import type { LibrarySorts, LibraryView } from '../hooks/use-library-view';
import { PartiesView } from '../PartiesView';
import { plural } from './format';
import { NoMatches } from './NoMatches';
import { SortControl } from './SortControl';
import { VirtualList } from './VirtualList';

export interface PartiesPanelProps {
  repo: Repository;
  view: LibraryView;
  sort: LibrarySorts['parties'];
  onSort: (sort: LibrarySorts['parties']) => void;
  /** Shows the annotations naming a party in that role. */
  onShowClaims: (partyId: string, role: PartyRole) => void;
  onClearFilter: () => void;
  hasParties: boolean;
}

/** Every party with how often it claims and is claimed about, and the registry to rename, merge or delete them. */
export function PartiesPanel({ repo, view, sort, onSort, onShowClaims, onClearFilter, hasParties }: PartiesPanelProps) {
  return (
    <div class="master-detail">
      <section class="master" aria-label="Parties by claims">
        <SortControl
          id="parties-sort"
          options={PARTY_SORTS}
          value={sort.key}
          direction={sort.direction}
          onChange={(key, direction) => onSort({ key, direction })}
        />
        {!hasParties ? (
          <p class="empty-state">
            No parties yet. Select a name on a page and choose Party, or name a claimant when you mark a claim.
          </p>
        ) : view.parties.length === 0 ? (
          <NoMatches what="parties" onClear={onClearFilter} />
        ) : (
          <VirtualList
            label="Parties"
            items={view.parties}
            itemKey={(p) => p.id}
            renderItem={(party) => {
              const c = view.partyCounts.get(party.id) ?? { claimsBy: 0, claimsAbout: 0, mentions: 0 };
              return (
                <div class="library-row">
                  <button type="button" class="row-main" onClick={() => onShowClaims(party.id, 'any')}>
                    <span class="row-title">{party.name}</span>
                    <span class="row-meta">
                      {party.kind} · {plural(c.claimsBy, 'claim')} by · {plural(c.claimsAbout, 'claim')} about ·{' '}
                      {plural(c.mentions, 'mention')}
                    </span>
                  </button>
                  <div class="row-actions">
                    <button type="button" onClick={() => onShowClaims(party.id, 'claimant')}>
                      Claims by<span class="visually-hidden"> {party.name}</span>
                    </button>
                    <button type="button" onClick={() => onShowClaims(party.id, 'subject')}>
                      About<span class="visually-hidden"> {party.name}</span>
                    </button>
                  </div>
                </div>
              );
            }}
          />
        )}
      </section>
      <section class="detail-slot" aria-labelledby="registry-heading">
        <h2 id="registry-heading">Rename, merge or delete parties</h2>
        <PartiesView repo={repo} />
      </section>
    </div>
  );
}
