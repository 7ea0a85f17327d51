// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: titles, players and teams', () => {
  it('reads an agency’s administrator as a title before the name', () => {
    const result = suggest('"We are ready for the launch," NASA Administrator Carla Demming said in a statement.');
    expect(party(result, 'Carla Demming').kind).toBe('person');
    expect(claimOf(result, '"We are ready').claimant).toBe('Carla Demming');
  });

  it('takes who beats whom in a match report for players, and the side a team lost to for a party', () => {
    const result = suggest(
      'Tomasz Brelak defeated Ondrej Vasko 6-3, 6-4 on Tuesday. Later Pavel Strunz and Jiri Hadek 7-5, 6-2 ' +
        'closed the tie. Portugal lost to Canada for the first time.',
    );
    expect(names(result)).toEqual(
      expect.arrayContaining(['Tomasz Brelak', 'Ondrej Vasko', 'Pavel Strunz', 'Jiri Hadek', 'Canada']),
    );
  });

  it('drops the opening word after a colon or a dateline’s dash from the name that follows', () => {
    const result = suggest(
      'PARIS (AP) — To Marcel Duvivier, records are no goal. There is a reason: Although Duvivier scores, he ' +
        'passes more. “I just play,” Duvivier said.',
    );
    expect(names(result)).toContain('Marcel Duvivier');
    expect(names(result)).not.toContain('Although Duvivier');
    expect(claimOf(result, '“I just play,”').claimant).toBe('Marcel Duvivier');
  });

  it('takes a team by the name after its city for the team named in full', () => {
    const result = suggest('The Denver Nuggets won again. Later the Nuggets said they would rest players.');
    expect(names(result)).toEqual(['Denver Nuggets']);
    expect(claimOf(result, 'Later the Nuggets said').claimant).toBe('Denver Nuggets');
  });

  it('joins a family name written first with the person when it speaks alone', () => {
    const result = suggest(
      'China’s envoy to Britain Liu Haiming has said that trade will grow. Liu said that talks would resume.',
    );
    expect(names(result)).not.toContain('Liu');
    expect(claimOf(result, 'Liu said').claimant).toBe('Liu Haiming');
  });
});

describe('suggest: text run together', () => {
  it('parts a caption’s list of firms and their towns, and reads the towns and the state as no party', () => {
    const result = suggest(
      'Five firms were picked.Orbit Nine, Kent, WashingtonCeres Robotics, Palo Alto, CaliforniaThey will bid.',
    );
    expect(names(result)).not.toContain('United States');
    expect(names(result)).not.toContain('Kent');
    expect(names(result)).not.toContain('Palo Alto');
    expect(names(result).some((n) => n.includes('California'))).toBe(false);
  });

  it('reads no party in a photo credit glued to the next sentence', () => {
    const result = suggest(
      'Traders watched screens. REUTERS/Ana KowalskiThe dollar fell. Credit...Jo Park/The Daily HeraldWhen the ' +
        'bank spoke, the dollar rose.',
    );
    expect(names(result).filter((n) => n.includes('Kowalski') || n.includes('Herald'))).toEqual([]);
  });

  it('ends a sentence at a line in capitals glued to the next one', () => {
    const result = suggest(
      "Police alone cannot end the unrest, Chief Dana Vogt said.DON'T MISSRiots spread [VIDEO] " +
        "CLICK HERE TO GET THE NEWS APPVogt's rep told reporters that she would stay.",
    );
    expect(names(result)).not.toContain('NEWS APPVogt');
    expect(claimOf(result, 'Police alone cannot end the unrest').quote).toMatch(/said\.$/);
    expect(claimOf(result, "Vogt's rep told").claimant).toBe('Dana Vogt');
  });

  it('ends a page’s time stamp before the sentence glued to it', () => {
    const result = suggest(
      'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019 This comes after police said ' +
        'the crowd had left.',
    );
    expect(claimOf(result, 'This comes after police said').quote).not.toContain('PUBLISHED');
  });

  it('opens a quotation with a straight mark glued after a full stop', () => {
    const result = suggest(
      'Dora Lenk, a strategist at Halvard Bank, says the stock is a risky bet.' +
        '"This stock was clobbered," Lenk said on Monday. "Now it is back."',
    );
    expect(claimOf(result, 'Dora Lenk, a strategist').quote).toMatch(/risky bet\.$/);
    expect(claimOf(result, '"This stock was clobbered,"').claimant).toBe('Dora Lenk');
  });

  it('ends a sentence at an abbreviation before an opening quotation', () => {
    const result = suggest(
      'The yen may weaken, said Omar Idris, a trader at Tessel Inc. “Central banks cannot do much more,” Idris said.',
    );
    expect(claimOf(result, 'The yen may weaken').quote).toMatch(/Tessel Inc\.$/);
    expect(claimOf(result, '“Central banks').claimant).toBe('Omar Idris');
  });
});

describe('suggest: captions, credits and things that are no party', () => {
  it('ends a quotation at a photo’s caption and reads no claim in the caption', () => {
    const result = suggest(
      'Chief Aldo Brun said: “These rioters are criminals. They must face the courts. ' +
        'The army has warned it may step in (Image: GETTY ) Crowds grew in June (Image: GETTY )' +
        '“Other than leaving, I see no way out for them.”',
    );
    expect(claimOf(result, 'Chief Aldo Brun said').quote).toMatch(/face the courts\.$/);
    expect(result.claims.some((c) => c.quote.startsWith('The army has warned'))).toBe(false);
    expect(claimOf(result, '“Other than leaving').claimant).toBe('Aldo Brun');
  });

  it('reads no party in a credit line of reporters and editors without brackets', () => {
    const result = suggest(
      'Stocks rose, said Rita Vance, a trader at Ledger Capital. (Graphic: markets - here) Reporting by Tom ' +
        'Hale; additional reporting by Mia Cole and Sam Reyes; Editing by Lee Grant',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Rita Vance']));
    for (const n of ['Tom Hale', 'Mia Cole', 'Sam Reyes', 'Lee Grant']) expect(names(result)).not.toContain(n);
  });

  it('reads a stock index as no party, and the Fed as the Federal Reserve', () => {
    const result = suggest('The S&P 500 lost 2 points and the Nasdaq rose, while the Fed’s ability was in question.');
    expect(names(result)).toEqual(['Federal Reserve']);
  });

  it('reads no party in the name something is called by', () => {
    const result = suggest('Arvo showed an electric wagon called the ZX. Space Runner, which it will sell next year.');
    expect(names(result)).not.toContain('ZX');
  });
});

describe('suggest: who speaks', () => {
  it('takes the speaker before an appositive when the statement is how it was said', () => {
    const result = suggest(
      '"Buying rides is cheaper," Noor Haddad, a deputy director for exploration, said in a statement.',
    );
    expect(claimOf(result, '"Buying rides').claimant).toBe('Noor Haddad');
  });

  it('takes the organisation meant by its kind before a speaker noun', () => {
    const result = suggest(
      'The Orbital Agency launched its probe in May. It will cost $2 billion over ten years, agency officials said.',
    );
    expect(claimOf(result, 'It will cost').claimant).toBe('Orbital Agency');
  });

  it('reads a subject before an aside, and a projection as a claim', () => {
    const result = suggest(
      'Most economists, however, argue that buyers pay the tariffs. The Budget Office projects that growth will slow.',
    );
    expect(claimOf(result, 'Most economists').claimant).toBeNull();
    expect(claimOf(result, 'The Budget Office projects').claimant).toBe('Budget Office');
  });

  it('takes "the German automaker" for the firm, not for Germany', () => {
    const result = suggest(
      'Volkor Motors unveiled a wagon. The German automaker, which makes vans, says it will sell well.',
    );
    expect(claimOf(result, 'The German automaker').claimant).toBe('Volkor Motors');
  });

  it('takes a statement that is read or claims for whoever issued it', () => {
    const result = suggest(
      'On Monday, Delmar Records issued a statement that surprised fans. The statement, which was obtained by ' +
        'a magazine, claimed that the deal was done. "We were shocked," the statement read.',
    );
    expect(claimOf(result, 'The statement, which').claimant).toBe('Delmar Records');
    expect(claimOf(result, '"We were shocked,"').claimant).toBe('Delmar Records');
  });
});

describe('suggest: firms named two ways', () => {
  it('parts two firms over "and" when the first is named alone elsewhere', () => {
    const result = suggest(
      'Sable Crane issued a statement. It said Sable Crane and Vantor Productions had come to terms.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Sable Crane', 'Vantor Productions']));
  });

  it('takes a firm by the first word of its name, unless the rest names a country', () => {
    const result = suggest(
      'Bids came from Quorvex Nano-Satellite Systems Inc. Later, Quorvex said it would bid again. ' +
        'Zandor and Zandor Japan signed a deal.',
    );
    expect(names(result).filter((n) => n.startsWith('Quorvex'))).toHaveLength(1);
    expect(names(result)).toContain('Zandor Japan');
  });

  it('keeps a known body whose name holds "and" whole, and takes its acronym before a noun for it', () => {
    const result = suggest(
      'Two men died in CBP custody last year. The doctors wrote to U.S. Customs and Border Protection. ' +
        'In August, CBP announced that it would not offer the vaccine.',
    );
    expect(names(result)).toContain('Customs and Border Protection');
    expect(claimOf(result, 'In August, CBP announced').claimant).toBe('Customs and Border Protection');
  });
});

describe('suggest: more ways to report', () => {
  it('reads "are warning" and "is urging" as speech, not as a passive', () => {
    const result = suggest(
      'Researchers are warning of a new phone virus spread by text. A group of nurses is urging the board to ' +
        'reopen the clinic.',
    );
    expect(claimOf(result, 'Researchers are warning').claimant).toBeNull();
    expect(result.claims.some((c) => c.quote.startsWith('A group of nurses is urging'))).toBe(true);
  });

  it('takes "urged … not to" and "touted … as" with their object between', () => {
    const result = suggest(
      'Mayor Ines Calder urged the city council not to delay the vote. Governor Paul Brandt touted the budget as ' +
        'a win for teachers.',
    );
    expect(claimOf(result, 'Mayor Ines Calder urged').claimant).toBe('Ines Calder');
    expect(claimOf(result, 'Governor Paul Brandt touted').claimant).toBe('Paul Brandt');
  });

  it('reads ruling something out as a claim, but not declining to rule it out', () => {
    const result = suggest(
      'The Peruvian government has ruled out foul play in the crash. But Lena Ortiz didn’t rule out a new inquiry.',
    );
    expect(claimOf(result, 'The Peruvian government has ruled out').claimant).toBe('Peru');
    expect(result.claims.some((c) => c.quote.startsWith('But Lena Ortiz'))).toBe(false);
  });

  it('reads a hint as a claim', () => {
    const result = suggest('Chief executive Mara Quist hinted that the firm would cut prices.');
    expect(claimOf(result, 'Chief executive Mara Quist hinted').claimant).toBe('Mara Quist');
  });
});

describe('suggest: dates, pools and prompts', () => {
  it('reads a month after a word of time, a tournament’s pool and a prompt to write to the author as no party', () => {
    const result = suggest(
      'This past May, the agency picked eleven firms. Herbert won in Group C on Sunday. ' +
        'Email Dana Okafor at dokafor@example.com or follow her on Twitter.',
    );
    expect(names(result)).not.toContain('May');
    expect(names(result)).not.toContain('Group C');
    expect(names(result).some((n) => n.includes('Okafor'))).toBe(false);
  });

  it('reads a venue without "the" as where a game was played, and a centre with "the" as a body', () => {
    const result = suggest(
      'The Hawks won at Marlow Center on Friday. A fellow at the Brandt Policy Center said the tax would fail.',
    );
    expect(names(result)).not.toContain('Marlow Center');
    expect(names(result)).toContain('Brandt Policy Center');
  });
});
