// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: speakers of claims', () => {
  it('gives "she said" to the last woman named, not to the last man who spoke', () => {
    const result = suggest(
      '“The budget is far too small,” said Peter Holm, the city treasurer. ' +
        'Maria Santos, who chairs the council, has read every page of it. ' +
        '“We found money for roads before, and we will find it again,” she said.',
    );
    expect(claimOf(result, '“We found money').claimant).toBe('Maria Santos');
  });

  it('gives "he said" to a man after a woman spoke', () => {
    const result = suggest(
      'Tom Becker has run the ferry for thirty years. ' +
        '“The service will close in May,” said Helen Ward, a spokeswoman for the port. ' +
        '“Nobody asked the people who use it,” he said.',
    );
    expect(claimOf(result, '“The service').claimant).toBe('Helen Ward');
    expect(claimOf(result, '“Nobody asked').claimant).toBe('Tom Becker');
  });

  it('keeps a subject through the sentences that go on with "he" before "he said"', () => {
    const result = suggest(
      '“The bridge will close in June,” said Peter Holm, the city engineer. ' +
        'Tom Becker made the case for a new ferry. He used last winter as an example. ' +
        'He said that the boats had carried everyone then.',
    );
    expect(claimOf(result, 'He said that the boats').claimant).toBe('Tom Becker');
  });

  it('does not keep a subject through a "he" that means the last speaker', () => {
    const result = suggest(
      'Tom Becker runs the ferry. “The bridge will close in June,” said Peter Holm, the city engineer. ' +
        'He used last winter as an example. He stood by the pier. He said that the boats had carried everyone then.',
    );
    expect(claimOf(result, 'He said that the boats').claimant).toBe('Peter Holm');
  });

  it('keeps the last speaker for a pronoun when the name says nothing of gender', () => {
    const result = suggest('“We will appeal,” said Kim Dorsey, the club’s lawyer. “The fine is unfair,” she said.');
    expect(claimOf(result, '“The fine').claimant).toBe('Kim Dorsey');
  });

  it('keeps a question or an exclamation with the speaker named after it', () => {
    const result = suggest(
      'The repairs will take a year. “Who is going to pay for all of this?” Linda Park asked the council on Monday. ' +
        '“This is a disgrace!” Tom Riley told reporters. The council did not answer.',
    );
    expect(claimOf(result, '“Who is going').quote).toBe(
      '“Who is going to pay for all of this?” Linda Park asked the council on Monday.',
    );
    expect(claimOf(result, '“Who is going').claimant).toBe('Linda Park');
    expect(claimOf(result, '“This is a disgrace!”')).toMatchObject({
      quote: '“This is a disgrace!” Tom Riley told reporters.',
      claimant: 'Tom Riley',
    });
    expect(result.claims.some((c) => c.quote.startsWith('Linda Park') || c.quote.startsWith('Tom Riley'))).toBe(false);
  });

  it('keeps a question that ends its sentence apart from the next one', () => {
    const result = suggest('“Why would anyone do that?” Nobody knows. Sara Lind said the plan was sound.');
    expect(claimOf(result, 'Sara Lind said').quote).toBe('Sara Lind said the plan was sound.');
  });

  it('joins a quotation that ends a hard-wrapped line with a comma to the speaker on the next line', () => {
    const text = [
      'The harbour board has spent two years planning the new pier, and the',
      'work will start in the spring, according to a report the board put out on',
      'Tuesday. Engineers from three firms have looked at the site, and the',
      'divers who went down last month found the old piles in good shape. “We',
      'are ready to build it and the money is there,”',
      'Anna Weiss added. The first boats could dock there in 2028, and the',
      'board expects a busy summer.',
    ].join('\n');
    const claim = claimOf(suggest(text), '“We');
    expect(claim.quote).toBe('“We\nare ready to build it and the money is there,”\nAnna Weiss added.');
    expect(claim.claimant).toBe('Anna Weiss');
  });

  it('reads a user name with digits as the speaker', () => {
    const result = suggest(
      '“This batch is much stronger than the last one,” wrote user mike1990 in a forum post. ' +
        'In a reply, rosa77 wrote that the seller had gone quiet.',
    );
    expect(claimOf(result, '“This batch').claimant).toBe('mike1990');
    expect(claimOf(result, 'In a reply').claimant).toBe('rosa77');
    expect(result.parties.find((p) => p.name === 'rosa77')?.kind).toBe('person');
  });

  it('reads no model number or version as a speaker', () => {
    const result = suggest('The release notes said v2 was faster, and the reviews said the xr500 was a bargain.');
    expect(result.parties.map((p) => p.name)).toEqual([]);
  });
});

describe('suggest: speakers of claims, continued', () => {
  it('gives "she said" to the woman who has just become the subject, over a woman who spoke before', () => {
    const result = suggest(
      '“The pier is safe,” said Helen Ward, the port’s engineer. ' +
        'Her niece, Clara Ward, runs a boat school on the other side of the bay. ' +
        '“I would not let my pupils near it,” she said.',
    );
    expect(claimOf(result, '“I would not').claimant).toBe('Clara Ward');
  });

  it('gives an inserted "she says" to the woman the sentence is about', () => {
    const result = suggest(
      '“The tests are cheap,” said Rosa Khalil, who runs the lab. ' +
        'But Julia Brandt has found lead in the samples; the dealers add it, she says, because it is heavy.',
    );
    expect(claimOf(result, 'But Julia Brandt').claimant).toBe('Julia Brandt');
  });

  it('does not take a "not" before a comma for a denial of the statement after it', () => {
    const result = suggest('Tom Lutz runs the lab. The police get the results, whether they ask or not, Lutz says.');
    expect(claimOf(result, 'The police get').claimant).toBe('Tom Lutz');
  });

  it('cuts a paragraph glued to the quotation that opens the next one', () => {
    const result = suggest(
      'Tom Lutz runs the lab in Madrid. The average sample is about 40 percent pure.“We have seen far purer ones,” he says.',
    );
    expect(claimOf(result, '“We have seen')).toMatchObject({
      quote: '“We have seen far purer ones,” he says.',
      claimant: 'Tom Lutz',
    });
  });

  it('reads a first name that is also a month’s short form as a name', () => {
    const result = suggest('“The work was seen as rote,” said Mar Delgado, a historian at the university.');
    expect(claimOf(result, '“The work').claimant).toBe('Mar Delgado');
  });
});

describe('suggest: what is not a claim', () => {
  it('does not read a plural noun that looks like a verb as a cue', () => {
    const result = suggest(
      'The law differs across the three states. The model found a few stable patterns among all possible states.',
    );
    expect(result.claims).toEqual([]);
  });

  it('does not read "all told" as a statement', () => {
    expect(suggest('All told, it is a neat story about the lab.').claims).toEqual([]);
  });

  it('does not read writing a thing, with a relative clause after it, as a statement', () => {
    const result = suggest('Nina Ross and Ada Park wrote the programs that made the discovery possible.');
    expect(result.claims).toEqual([]);
  });

  it('reads what someone or a study "found that" as a claim, and a thing found as none', () => {
    const result = suggest(
      'Ingrid Holm ran the model again in 1958. Holm found that a small change gave a different storm. ' +
        'She also found that the storms were not random. The study found that rain fell later in the west. ' +
        'She found two boats in the harbour.',
    );
    expect(result.claims.map((c) => [c.quote, c.claimant])).toEqual([
      ['Holm found that a small change gave a different storm.', 'Ingrid Holm'],
      ['She also found that the storms were not random.', 'Ingrid Holm'],
      ['The study found that rain fell later in the west.', null],
    ]);
  });

  it('does not read a request with a quoted term in it as reported speech', () => {
    const result = suggest('The researchers asked ten people to play a "memory matching" game for an hour.');
    expect(result.claims).toEqual([]);
  });
});

describe('suggest: speakers behind possessives, back references and subject phrases', () => {
  it('gives "according to" an organisation’s person to the person, not the organisation', () => {
    const result = suggest(
      'Mira Hale is an analyst at Gartner. According to Gartner’s Hale, “Budgets are shrinking, and firms want fewer vendors.”',
    );
    expect(claimOf(result, 'According to').claimant).toBe('Mira Hale');
  });

  it('gives "the company says" to a brand known only because it spoke, and makes it an organisation', () => {
    const result = suggest(
      'Borlen released new bicycle locks on Monday. Borlen announced a smaller lock for scooters. ' +
        'The company says it has made the locks lighter.',
    );
    expect(claimOf(result, 'The company says').claimant).toBe('Borlen');
    expect(result.parties.find((p) => p.name === 'Borlen')?.kind).toBe('organization');
  });

  it('does not give "the company says" to a person known by a surname alone', () => {
    const result = suggest(
      'Tom Hale, a banker, spoke on Monday. Hale said rates would rise. The company says loans will cost more.',
    );
    expect(result.claims.find((c) => c.quote.startsWith('The company'))?.claimant ?? null).toBeNull();
  });

  it('does not take a thing the subject uses for the speaker', () => {
    const result = suggest(
      'Nearly half of the drivers whose firms are using Norvik for fleet repairs said they waited a week.',
    );
    expect(claimOf(result, 'Nearly half').claimant).toBeNull();
  });
});

describe('suggest: verbs of blame, praise and refusal', () => {
  it('reads "criticized … for", "blamed … for", "hailed … as", "rejected … as" and "begged … to" as statements', () => {
    const result = suggest(
      'Mayor Lena Ortiz criticized the council for delaying the vote. The Harbor Union rejected the offer as "an insult." ' +
        'Senator Paul Wexley hailed the deal as a turning point. He begged voters to stay calm. ' +
        'Ortiz blamed the storm, which hit on Monday, for the outage. The bridge, praised for its design, opened in May.',
    );
    expect(claimOf(result, 'Mayor Lena Ortiz criticized').claimant).toBe('Lena Ortiz');
    expect(claimOf(result, 'The Harbor Union rejected').claimant).toBe('Harbor Union');
    expect(claimOf(result, 'Senator Paul Wexley hailed').claimant).toBe('Paul Wexley');
    expect(claimOf(result, 'He begged').claimant).toBe('Paul Wexley');
    expect(claimOf(result, 'Ortiz blamed').claimant).toBe('Lena Ortiz');
    expect(result.claims.some((c) => c.quote.startsWith('The bridge'))).toBe(false);
  });
});
