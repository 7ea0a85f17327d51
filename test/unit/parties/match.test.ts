import { describe, expect, it } from 'vitest';
import { matchParties, partyMatchScore } from '../../../core/parties/match';

const kerry = { name: 'John Kerry', aliases: ['Kerry', 'U.S. Secretary of State John Kerry'] };
const russia = { name: 'Russia', aliases: ['Moscow'] };
const ministry = { name: 'Russian Foreign Ministry', aliases: ["Russia's Foreign Ministry"] };
const cafe = { name: 'Café Société', aliases: [] };

describe('partyMatchScore', () => {
  it('ranks a name or alias equal to the text highest', () => {
    expect(partyMatchScore(kerry, 'Kerry')).toBe(3);
    expect(partyMatchScore(russia, 'moscow')).toBe(3);
  });

  it('ignores case, accents, punctuation and possessives', () => {
    expect(partyMatchScore(kerry, "KERRY'S")).toBe(3);
    expect(partyMatchScore(kerry, 'Kerry’s')).toBe(3);
    expect(partyMatchScore(cafe, 'cafe societe')).toBe(3);
  });

  it('finds a surname inside a full name, and a name typed from its start', () => {
    expect(partyMatchScore({ name: 'John Kerry', aliases: [] }, 'Kerry')).toBe(1);
    expect(partyMatchScore(ministry, 'Russian For')).toBe(2);
  });

  it('does not match parts of words or unrelated names', () => {
    expect(partyMatchScore(russia, 'Russ ia')).toBe(0);
    expect(partyMatchScore({ name: 'Kerry', aliases: [] }, 'Kerr')).toBe(2);
    expect(partyMatchScore({ name: 'John Kerry', aliases: [] }, 'err')).toBe(0);
    expect(partyMatchScore(kerry, '   ')).toBe(0);
  });
});

describe('matchParties', () => {
  it('returns matches best first, then by name', () => {
    const parties = [ministry, russia, kerry, { name: 'Russian Army', aliases: [] }];
    expect(matchParties(parties, 'Russia').map((p) => p.name)).toEqual([
      'Russia',
      'Russian Army',
      'Russian Foreign Ministry',
    ]);
  });

  it('returns nothing for a text no party answers to', () => {
    expect(matchParties([kerry, russia], 'Lavrov')).toEqual([]);
  });
});
