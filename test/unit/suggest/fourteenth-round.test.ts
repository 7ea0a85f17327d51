// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: royal titles and people named by age or role', () => {
  it('keeps a royal title with a single given name, opening the sentence or not, and joins the name alone to it', () => {
    const result = suggest(
      'Prince Edwin met the press in 2010. On Monday, Queen Maud was told. Edwin said he regretted nothing. ' +
        'Maud said she was saddened.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Prince Edwin', 'Queen Maud']));
    expect(names(result)).not.toContain('Edwin');
    expect(party(result, 'Prince Edwin').aliases).toContain('Edwin');
    expect(claimOf(result, 'Edwin said').claimant).toBe('Prince Edwin');
  });

  it('gives a person the title they are written with as another name', () => {
    const result = suggest('Queen Maud II opened the bridge. Maud II later said the bridge was too narrow.');
    expect(party(result, 'Maud II').aliases).toContain('Queen Maud II');
  });

  it('reads "the 56-year-old said" as the person the story is about', () => {
    const result = suggest(
      'Tomas Varga was named coach of the club on Wednesday. Varga replaces a coach who was sacked. ' +
        'The 56-year-old said after his appointment: "I am excited."',
    );
    expect(claimOf(result, 'The 56-year-old said').claimant).toBe('Tomas Varga');
  });

  it('reads a nationality before a role that is no office of state as no country speaking', () => {
    const result = suggest(
      'Tomas Varga joined the club. The Hungarian coach said he was happy. The Austrian ambassador said no.',
    );
    expect(claimOf(result, 'The Hungarian coach said').claimant).not.toBe('Hungary');
    expect(claimOf(result, 'The Austrian ambassador said').claimant).toBe('Austria');
  });
});

describe('suggest: who speaks', () => {
  it('gives the words of a person "of" an organisation to the person', () => {
    const result = suggest('Dr. Marta Kessel of the Ohio Department of Health says the risk remains high.');
    expect(claimOf(result, 'Dr. Marta Kessel').claimant).toBe('Marta Kessel');
  });

  it('gives the words of a person who opens the clause before a long aside to the person', () => {
    const result = suggest(
      'Lead author Ana Lindqvist, a geologist at the Vale Space Center in Greenbelt, Maryland, and Norland ' +
        'University in Washington, D.C., said in a statement that water was found.',
    );
    expect(claimOf(result, 'Lead author').claimant).toBe('Ana Lindqvist');
    expect(names(result)).not.toContain('D.C.');
  });

  it('reads a place that opens its sentence and speaks as the body named after it', () => {
    const result = suggest(
      'Tomas Varga joined Leicester on Wednesday. Leicester said in a statement: "Tomas is one of the best."',
    );
    expect(party(result, 'Leicester').kind).toBe('organization');
    expect(claimOf(result, 'Leicester said').claimant).toBe('Leicester');
  });

  it('reads the holder of a role named beside it after an inverted verb', () => {
    const result = suggest(
      'The empire wanted its "place in the sun," declared a later chancellor, Otto Brandl, in 1897.',
    );
    expect(claimOf(result, 'The empire wanted').claimant).toBe('Otto Brandl');
  });

  it('reads a quoted title in the aside after the subject as part of the aside', () => {
    const result = suggest(
      'Historian Bruno Gall spoke in Berlin. Gall, author of the 2017 essay "The Case for Empire," argued that ' +
        'the colonies had gained.',
    );
    expect(claimOf(result, 'Gall, author').claimant).toBe('Bruno Gall');
  });

  it('gives words relayed "as reported by" an outlet to the outlet', () => {
    const result = suggest(
      '“He is not entitled to any immunity,” said one legal expert, as reported by the Harlow Herald.',
    );
    expect(claimOf(result, '“He is not entitled').claimant).toBe('Harlow Herald');
  });

  it('gives reports an organisation received to the organisation', () => {
    const result = suggest(
      'At least 106 protesters have been killed, according to credible reports received by Rights Watchers International.',
    );
    expect(claimOf(result, 'At least 106').claimant).toBe('Rights Watchers International');
  });

  it('reads "Amnesty" alone as the organisation whose name it opens before "International"', () => {
    const result = suggest('Amnesty International said 100 people died. The toll may be higher, Amnesty said.');
    expect(names(result)).not.toContain('Amnesty');
    expect(claimOf(result, 'The toll').claimant).toBe('Amnesty International');
  });

  it('reads shouting, whispering and remembering as saying', () => {
    const result = suggest(
      '“Those goats were so smart,” remembers Shanna Kell, a warden, with a laugh. He places the bottle on ' +
        'the table and whispers, "So you have found our secret?"',
    );
    expect(claimOf(result, '“Those goats').claimant).toBe('Shanna Kell');
    expect(claimOf(result, 'He places the bottle')).toBeDefined();
  });

  it('reads a closing mark written where a quotation opens after a colon as opening it', () => {
    const result = suggest(
      'Another user reportedly said: ”Bird flu in the year of the rooster... swine fever in the year of the pig. ' +
        'Next year is the year of the rat.” The agency said it was calm.',
    );
    expect(claimOf(result, 'Another user').quote).toContain('Next year is the year of the rat');
  });
});

describe('suggest: names of bodies', () => {
  it('keeps "X and Y International" whole, though Y is a given name, and "&" for "and"', () => {
    const result = suggest(
      'Volunteers from several groups, including Fauna and Flora International, came. Fauna & Flora ' +
        'International said the island had recovered.',
    );
    expect(names(result)).toEqual(['Fauna and Flora International']);
    expect(party(result, 'Fauna and Flora International').aliases).toContain('Fauna & Flora International');
  });

  it('reads a programme and a society as bodies', () => {
    const result = suggest(
      'Shanna Kell, coordinator for the Redonda Restoration Programme, said the goats were gone. The Royal ' +
        'Zoological Society agreed.',
    );
    expect(party(result, 'Redonda Restoration Programme').kind).toBe('organization');
  });
});

describe('suggest: page furniture', () => {
  it('parts a line in capitals glued to the story, before a short word or after a quoted title', () => {
    const result = suggest(
      'He has spoken of it before.\nDANCING ON ICE: LAURA ALLEN IS CHANNELING HER ENERGY INTO A NEW SERIESIn ' +
        'his first post, Van Der Berg said there should be no shame. SEAN SPRATT ELIMINATED FROM ' +
        "'DANCING ON ICE'The news came a month after Van Der Berg announced that Kim was expecting.",
    );
    expect(names(result).some((n) => /SERIES|ELIMINATED/.test(n))).toBe(false);
    expect(claimOf(result, 'In his first post').claimant).toBe('Van Der Berg');
    expect(claimOf(result, 'The news came').claimant).toBe('Van Der Berg');
  });

  it('reads no party or claim in a list of other stories’ headlines, but reads a list a colon introduces', () => {
    const headlines = suggest(
      'Jose Varga joined the club, Brentwick said.\n\n' +
        'Prince Edwin: TripAdvisor suspends reviews of Pizza Palace duke says he visited\n\n' +
        'Grace Millard gave list to man on dating site, court hears\n\n' +
        'Foreign Secretary Dominic Rabe defends seeking legal costs from family\n\n' +
        'The club said Varga would start on Monday.',
    );
    expect(names(headlines).some((n) => /Pizza|Grace|Rabe|Edwin/.test(n))).toBe(false);
    expect(headlines.claims.some((c) => c.quote.includes('duke says'))).toBe(false);
    const points = suggest(
      'In a wide-ranging interview, President Obama also said:\n\n' +
        'The UK must stay in the EU to have influence\n\n' +
        'Syria needs a political solution to defeat the Islamic State group\n\n' +
        'He would speak bluntly against corruption in Kenya\n\n' +
        'The interview was recorded in the White House.',
    );
    expect(names(points)).toEqual(expect.arrayContaining(['Syria', 'Islamic State']));
  });

  it('reads countries listed after one named as where something is as places too', () => {
    const result = suggest(
      'The empire held territories in present-day Namibia, Cameroon, Togo, parts of Tanzania and Kenya. ' +
        'France and Spain said no.',
    );
    expect(names(result).sort()).toEqual(['France', 'Spain']);
  });

  it('reads a country’s short form that only says what a noun is of, or where something is, as no party', () => {
    const result = suggest(
      'Lawmakers invited US historian Bruno Gall to Berlin. The US$171-million telescope opened. Two firms ' +
        'run hotels in the US. U.S. officials said the talks were over.',
    );
    expect(claimOf(result, 'U.S. officials').claimant).toBe('United States');
    const passing = suggest('Lawmakers invited US historian Bruno Gall to Berlin. He runs hotels in the US.');
    expect(names(passing)).not.toContain('United States');
  });

  it('reads a platform named only as where something was said as no party, but one that acts as one', () => {
    const medium = suggest(
      'The union said on Twitter that the contract had confused workers. The mayor turned to Twitter last month.',
    );
    expect(names(medium)).not.toContain('Twitter');
    const acting = suggest(
      'Raab spoke about the Twitter account. Twitter pledged to take “decisive corrective action” against it.',
    );
    expect(claimOf(acting, 'Twitter pledged').claimant).toBe('Twitter');
  });

  it('reads a credit line, an illustrator and a photo agency glued after its credit as no party', () => {
    const result = suggest(
      'The duvet was too big. (Photo: Getty Images)GettyThe man said it hurt. The book was illustrated by ' +
        'Karl Tate. Author: Julia Hitz (eg) The most notorious of them is Carl Peters, the historian said.',
    );
    expect(names(result)).not.toEqual(expect.arrayContaining(['Getty']));
    expect(names(result)).not.toContain('Karl Tate');
    expect(names(result)).not.toContain('Julia Hitz');
    expect(names(result)).toContain('Carl Peters');
  });
});
