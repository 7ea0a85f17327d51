// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';

describe('suggest: cue words used as nouns or adjectives', () => {
  it('reads a plural after a preposition, an adjective or "most" as a noun, not a speech verb', () => {
    const result = suggest(
      'The census counts shifts of residents between states every ten years. ' +
        'Ada Lund won in the most populous states. The court heard the false claims in May.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([]);
  });

  it('reads "alleged" after a preposition or a gerund as an adjective', () => {
    const result = suggest('The inquiry looked into alleged abuses involving alleged payments to the board.');
    expect(result.claims).toEqual([]);
  });

  it('still reads the verb after a subject, an adverb or an adjective-less noun phrase', () => {
    const result = suggest(
      'The report still says that the pier is safe. Ada Lund alleged fraud at the firm. ' +
        'The new report states that fares will rise.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([
      'The report still says that the pier is safe.',
      'Ada Lund alleged fraud at the firm.',
      'The new report states that fares will rise.',
    ]);
  });

  it('still reads the verb after an adjective that names a person: "the official says"', () => {
    const result = suggest(
      'The official says the pier is safe. A senior executive claims that the ferry is late. ' +
        'The chief says that fares will rise.',
    );
    expect(result.claims).toHaveLength(3);
  });
});
