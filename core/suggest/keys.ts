import type { SuggestedClaim, SuggestedParty } from './schema';
import { collapseSpace, nameKey } from './text';

/** What identifies a suggested party across visits, so a dismissal sticks: its name, folded. */
export function partySuggestionKey(party: Pick<SuggestedParty, 'name'>): string {
  return `party:${nameKey(party.name)}`;
}

/** What identifies a suggested claim across visits: its wording, white space folded. */
export function claimSuggestionKey(claim: Pick<SuggestedClaim, 'quote'>): string {
  return `claim:${collapseSpace(claim.quote)}`;
}
