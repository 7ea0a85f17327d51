// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SuggestionsSchema } from '../../../core/suggest/schema';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: attributed claims', () => {
  it('gives a nested report to the party that reports it, not to the first name', () => {
    const text =
      'Sergei Lavrov spoke to John Kerry on Wednesday. ' +
      "Russia's Foreign Ministry released a statement saying that Lavrov told Kerry that Washington must separate opposition groups from terrorist groups.";
    const claim = claimOf(suggest(text), "Russia's Foreign Ministry");
    expect(claim.claimant).toBe('Russian Foreign Ministry');
    expect(claim.about).toEqual(expect.arrayContaining(['Sergei Lavrov', 'John Kerry', 'United States']));
  });

  it('gives the inner report to its own speaker when nobody reports it', () => {
    const result = suggest(
      'Sergei Lavrov met John Kerry in Geneva. Lavrov told Kerry that Washington must fulfill its obligations.',
    );
    const claim = claimOf(result, 'Lavrov told Kerry');
    expect(claim.claimant).toBe('Sergei Lavrov');
    expect(claim.about).toEqual(['John Kerry', 'United States']);
  });

  it('logs a denial as the denier’s claim, and no claim for a denial that was not made', () => {
    const result = suggest(
      'The Kremlin denied that Russian jets had bombed the convoy. Moscow also denied reports of civilian deaths. The company has not denied that it shared the data.',
    );
    expect(claimOf(result, 'The Kremlin denied').claimant).toBe('Kremlin');
    expect(claimOf(result, 'Moscow also denied')).toMatchObject({ claimant: 'Russia', cue: 'deny' });
    expect(result.claims.some((c) => c.quote.startsWith('The company'))).toBe(false);
  });

  it('keeps a quotation over several paragraphs as one claim of its speaker', () => {
    const text = [
      '"We will not back down," the minister, Ana Lopez, said at a news conference.',
      '"The sanctions are illegal. They will fail.',
      '"History will judge those who imposed them," she added.',
    ].join('\n');
    const result = suggest(text);
    expect(result.claims).toHaveLength(2);
    const continued = claimOf(result, '"The sanctions');
    expect(continued.quote).toBe(
      '"The sanctions are illegal. They will fail.\n"History will judge those who imposed them," she added.',
    );
    expect(continued.claimant).toBe('Ana Lopez');
  });

  it('reads a capital as its government only where it acts, and a surname as the person', () => {
    const result = suggest(
      'In Washington, officials said the talks had failed. Washington said it would respond. Denzel Washington said the film was his best work.',
    );
    expect(claimOf(result, 'In Washington').claimant).toBeNull();
    expect(claimOf(result, 'In Washington').about).toEqual([]);
    expect(claimOf(result, 'Washington said').claimant).toBe('United States');
    expect(claimOf(result, 'Denzel Washington').claimant).toBe('Denzel Washington');
    expect(party(result, 'United States')?.aliases).toEqual(['Washington']);
  });

  it('finds the speaker after an inverted verb and through an appositive', () => {
    const result = suggest(
      '"There is no reason to believe them," said Mr. Eric Reeves, a senior fellow at Harvard University. ' +
        "Kerry's spokesman, John Kirby, said Washington was preparing to suspend talks. " +
        'Eric Reeves, one of the leading voices on Sudan, said he was appalled.',
    );
    expect(claimOf(result, '"There is no reason').claimant).toBe('Eric Reeves');
    expect(claimOf(result, "Kerry's spokesman").claimant).toBe('John Kirby');
    expect(claimOf(result, 'Eric Reeves, one of').claimant).toBe('Eric Reeves');
  });

  it('resolves "according to", pronouns and a demonym that qualifies unnamed officials', () => {
    const result = suggest(
      'The Food Standards Agency (FSA) warned people to stay away from the pills. "They are deadly," it said. ' +
        'Tourism fell by a third, according to the World Travel and Tourism Council. ' +
        'American officials said Sudan had made progress. Analysts said the deal could fail.',
    );
    expect(claimOf(result, '"They are deadly').claimant).toBe('Food Standards Agency');
    expect(party(result, 'Food Standards Agency')?.aliases).toEqual(['FSA']);
    expect(claimOf(result, 'Tourism fell').claimant).toBe('World Travel and Tourism Council');
    expect(claimOf(result, 'American officials').claimant).toBe('United States');
    expect(claimOf(result, 'Analysts said').claimant).toBeNull();
  });

  it('joins a statement announced with a colon to the quotation under it', () => {
    const result = suggest(
      'In the midst of the fear, Uber tweeted this announcement:\n“We are all concerned. Fares have increased.”\nRiders were angry.',
    );
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]).toMatchObject({ claimant: 'Uber', cue: 'tweet' });
    expect(result.claims[0]?.quote).toContain('Fares have increased.”');
  });

  it('reads text that keeps its source’s hard line wraps', () => {
    const wrapped = [
      'Horror stories about the taxi service Uber have been commonplace in recent',
      'months, but much can be learned from its handling of the hostage drama in the',
      'city. The company recently hired the White House veteran David',
      'Plouffe to lead its policy team, and it has been criticised by Rebecca',
      'Solnit, the author, for its prices. Prosecutors in San Francisco say',
      'the firm misled its riders about the checks it makes on drivers.',
      'Lessons',
      'The first lesson is simple.',
    ].join('\n');
    const result = suggest(wrapped);
    expect(result.parties.map((p) => p.name)).toEqual(expect.arrayContaining(['David Plouffe', 'Rebecca Solnit']));
    const claim = claimOf(result, 'Prosecutors in San Francisco say');
    expect(claim.quote).toBe(
      'Prosecutors in San Francisco say\nthe firm misled its riders about the checks it makes on drivers.',
    );
    expect(claim.claimant).toBeNull();
  });

  it('does not take the writer, a generic "you" or an infinitive for a report', () => {
    const result = suggest(
      'I agree, and I would never say that about other headsets. "I’m Batman," you will say. The button makes your browser tell Facebook about you.',
    );
    expect(result.claims).toEqual([]);
  });
});

describe('suggest: parties', () => {
  it('merges surnames, possessives, titles and capitals into their parties', () => {
    const result = suggest(
      'U.S. Secretary of State John Kerry threatened to end cooperation with Russia. ' +
        "Kerry's spokesman said Washington was ready. Syrian President Bashar al-Assad did not reply, and Assad's government has labeled them terrorists. " +
        'Мoscow’s targeting decisions are informed by Syria.',
    );
    expect(party(result, 'John Kerry')).toMatchObject({ kind: 'person', aliases: ['Kerry'] });
    expect(party(result, 'United States')).toMatchObject({ kind: 'country', aliases: ['U.S.', 'Washington'] });
    // The Cyrillic "М" in "Мoscow" does not hide the capital.
    expect(party(result, 'Russia')?.aliases).toEqual(['Moscow']);
    expect(party(result, 'Syria')?.aliases).toEqual(["Assad's government"]);
    expect(party(result, 'Bashar al-Assad')).toMatchObject({ kind: 'person', aliases: [] });
  });

  it('gives every mention as the exact text at its offsets', () => {
    const text = 'Reporting by AP.\nJohn Kerry met Sergei Lavrov.   Kerry’s aides said   Lavrov was late.';
    const result = suggest(text);
    expect(() => v.parse(SuggestionsSchema, result)).not.toThrow();
    for (const p of result.parties) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
    for (const c of result.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(party(result, 'John Kerry')?.mentions.map((m) => m.exact)).toEqual(['John Kerry', 'Kerry']);
  });

  it('does not take photo credits for parties', () => {
    const result = suggest(
      'Workers remove a sign in Prague in 1989. (John Minchillo / AP)\nThe Moulin Rouge in Paris Benoit Tessier/Reuters\nJohn Kerry said nothing.',
    );
    expect(result.parties.map((p) => p.name)).toEqual(['John Kerry']);
  });

  it('does not take products, titles of works, places or headings for parties', () => {
    const result = suggest(
      'Apple sells the Apple Vision Pro and takes Apple Pay. Players of “Job Simulator” love the Oculus Rift. ' +
        'The dress was stolen in Los Angeles on Thursday.\nBrendan Eich Steps Down As Chief Executive Of Mozilla',
    );
    expect(result.parties.map((p) => p.name)).toEqual(['Apple']);
  });
});

describe('suggest: known parties and existing annotations', () => {
  const registry = [
    { id: 'p-kerry', name: 'John Kerry', kind: 'person' as const, aliases: ['Secretary Kerry'] },
    { id: 'p-ngo', name: 'Médecins Sans Frontières', kind: 'organization' as const, aliases: ['MSF', 'the aid group'] },
  ];

  it('links parties found in the text to the registry and recognises registry names', () => {
    const result = suggest('Kerry said the talks failed. MSF said the hospital was hit, and the aid group left.', {
      parties: registry,
    });
    expect(party(result, 'John Kerry')?.partyId).toBe('p-kerry');
    expect(party(result, 'Médecins Sans Frontières')).toMatchObject({ partyId: 'p-ngo', kind: 'organization' });
    expect(claimOf(result, 'MSF said').claimant).toBe('Médecins Sans Frontières');
  });

  it('does not suggest again what is annotated, by offsets or by quote', () => {
    const text = 'Kerry said the talks failed. Lavrov said they would go on. Kerry left.';
    const byQuote = suggest(text, { annotations: [{ kind: 'claim', exact: 'Kerry said the talks failed.' }] });
    expect(byQuote.claims.map((c) => c.quote)).toEqual(['Lavrov said they would go on.']);
    const byOffsets = suggest(text, {
      annotations: [
        { kind: 'claim', exact: 'Lavrov said they would go on.', start: 29, end: 58 },
        { kind: 'party-mention', exact: 'Kerry', start: 0, end: 5 },
      ],
    });
    expect(byOffsets.claims.map((c) => c.quote)).toEqual(['Kerry said the talks failed.']);
    const kerry = byOffsets.parties.find((p) => p.name === 'Kerry');
    expect(kerry?.mentions.map((m) => m.start)).toEqual([59]);
  });
});

describe('suggest: any text', () => {
  it('returns valid suggestions whose offsets hold for hostile strings', async () => {
    const { readFile } = await import('node:fs/promises');
    const { fileURLToPath } = await import('node:url');
    const file = fileURLToPath(new URL('../../fixtures/naughty-strings.json', import.meta.url));
    const strings = JSON.parse(await readFile(file, 'utf8')) as string[];
    for (const text of strings) {
      const result = v.parse(SuggestionsSchema, suggest(text));
      for (const p of result.parties) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
      for (const c of result.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
  });
});

describe('suggest: names that are not parties', () => {
  it('reads a country after a city as where the city is', () => {
    const result = suggest('Jane Porter, a doctor at a hospital in Perth, Australia, said the trial worked.');
    expect(names(result)).toEqual(['Jane Porter']);
  });

  it('keeps a lone name the text uses as a place a place', () => {
    const result = suggest(
      'The siege in downtown Sydney ended at dawn. The lessons of Sydney are plain, Tom Reed said.',
    );
    expect(result.parties.map((p) => p.name)).toEqual(['Tom Reed']);
  });

  it('reads a name joined by an ampersand as one organisation', () => {
    const result = suggest('Procter & Gamble said on Monday that sales fell.');
    expect(party(result, 'Procter & Gamble')).toMatchObject({ kind: 'organization' });
  });

  it('does not take a month for a speaker', () => {
    const result = suggest(
      "Furthermore, as Wired's March story explains, the recently-released tool now reports that users are safe.",
    );
    expect(names(result)).not.toContain('March');
  });
});
