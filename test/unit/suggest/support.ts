import type { Suggestions } from '../../../core/suggest/schema';

/** The names of the suggested parties, in the order they are suggested. */
export function names(result: Suggestions): string[] {
  return result.parties.map((p) => p.name);
}

/** The suggested party of this name; fails the test, listing the parties, when there is none. */
export function party(result: Suggestions, name: string) {
  const found = result.parties.find((p) => p.name === name);
  if (!found) throw new Error(`no party "${name}" in ${JSON.stringify(names(result))}`);
  return found;
}

/** The suggested claim whose quote starts with `start`; fails the test, listing the claims, when there is none. */
export function claimOf(result: Suggestions, start: string) {
  const claim = result.claims.find((c) => c.quote.startsWith(start));
  if (!claim) throw new Error(`no claim starting "${start}" in ${JSON.stringify(result.claims.map((c) => c.quote))}`);
  return claim;
}
