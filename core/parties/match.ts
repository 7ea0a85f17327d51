import type { Party } from '../model';

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How well a party answers to a piece of text: 3 when a name or alias is the text,
 * 2 when one starts with it, 1 when it contains it as whole words ("Kerry" in "John
 * Kerry"), 0 otherwise. Case, accents, punctuation and possessives do not count.
 */
export function partyMatchScore(party: Pick<Party, 'name' | 'aliases'>, text: string): number {
  const query = fold(text);
  if (!query) return 0;
  let best = 0;
  for (const candidate of [party.name, ...party.aliases]) {
    const name = fold(candidate);
    if (!name) continue;
    if (name === query) return 3;
    if (name.startsWith(query)) best = Math.max(best, 2);
    else if (` ${name} `.includes(` ${query} `) || ` ${query} `.includes(` ${name} `)) best = Math.max(best, 1);
  }
  return best;
}

/** Parties that answer to the text, best first, then by name. */
export function matchParties<P extends Pick<Party, 'name' | 'aliases'>>(parties: P[], text: string): P[] {
  return parties
    .map((party) => ({ party, score: partyMatchScore(party, text) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.party.name.localeCompare(b.party.name))
    .map((m) => m.party);
}
