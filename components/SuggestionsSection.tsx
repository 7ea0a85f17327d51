import { useMemo, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { useSuggestions } from './hooks/use-suggestions';
import { SuggestionActions } from './suggestion-actions';

export interface SuggestionsSectionProps {
  repo: Repository;
  tabId: number | null | undefined;
  /** Lets the page repaint once accepted suggestions are saved. */
  onChange: () => void;
}

/** Parties and attributed claims found in the article, each to accept with one click or dismiss. */
export function SuggestionsSection({ repo, tabId, onChange }: SuggestionsSectionProps) {
  const { state, drop } = useSuggestions(tabId);
  const [error, setError] = useState('');
  const actions = useMemo(
    () => (state.status === 'ready' ? new SuggestionActions(repo, state.suggestions.article, onChange) : null),
    [repo, state, onChange],
  );
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return null;
  const { parties, claims } = state.suggestions;
  if (parties.length === 0 && claims.length === 0) return null;

  const run = (keys: string[], work: () => Promise<void>) => async () => {
    setError('');
    try {
      await work();
      drop(keys);
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggestions</h2>
      <p class="muted">Found in the article. Nothing is saved until you accept it.</p>
      {parties.length > 0 && (
        <>
          <div class="suggestion-head">
            <h3>Parties</h3>
            <button
              type="button"
              onClick={run(
                parties.map((p) => p.key),
                async () => {
                  for (const party of parties) await actions!.acceptParty(party);
                },
              )}
            >
              Accept all parties
            </button>
          </div>
          <ul class="suggestion-items">
            {parties.map((party) => (
              <li key={party.key} class="suggestion">
                <span>
                  <strong>{party.name}</strong>{' '}
                  <span class="muted">
                    {party.kind}
                    {party.partyId ? ', in your parties' : ''} · {party.targets.length}{' '}
                    {party.targets.length === 1 ? 'mention' : 'mentions'}
                  </span>
                </span>
                <span class="suggestion-actions">
                  <button
                    type="button"
                    aria-label={`Accept party ${party.name}`}
                    onClick={run([party.key], () => actions!.acceptParty(party))}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    aria-label={`Dismiss party ${party.name}`}
                    onClick={run([party.key], () => actions!.dismiss(party.key))}
                  >
                    Dismiss
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {claims.length > 0 && (
        <>
          <h3>Claims</h3>
          <ul class="suggestion-items">
            {claims.map((claim, i) => (
              <li key={claim.key} class="suggestion">
                <span>
                  <q>{claim.quote}</q>
                  <span class="muted">
                    {' '}
                    — {claim.claimant ?? 'unnamed source'}
                    {claim.about.length > 0 ? `, about ${claim.about.join(', ')}` : ''}
                  </span>
                </span>
                <span class="suggestion-actions">
                  <button
                    type="button"
                    aria-label={`Accept claim ${i + 1}${claim.claimant ? ` by ${claim.claimant}` : ''}`}
                    onClick={run([claim.key], () => actions!.acceptClaim(claim, parties))}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    aria-label={`Dismiss claim ${i + 1}${claim.claimant ? ` by ${claim.claimant}` : ''}`}
                    onClick={run([claim.key], () => actions!.dismiss(claim.key))}
                  >
                    Dismiss
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
