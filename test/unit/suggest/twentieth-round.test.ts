// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/suggest/text';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: bodies and their names', () => {
  it('knows the Vatican, the Holy See as its other name, and writes a dateline’s capitals as the text does', () => {
    const result = suggest(
      'VATICAN CITY—The report was released on Tuesday. The Vatican said the inquiry was over. The Holy See had no comment.',
    );
    expect(names(result)).toEqual(['Vatican']);
    expect(party(result, 'Vatican').aliases).toContain('Holy See');
    expect(claimOf(result, 'The Vatican said').claimant).toBe('Vatican');
  });

  it('keeps the saint’s or the king’s possessive that opens a name, but not an owner’s', () => {
    const result = suggest(
      'Paul Expert, a physicist at King’s College London, said so. St. Mary’s Hospital said it treated him. UD’s College Democrats met.',
    );
    expect(names(result)).toEqual(
      expect.arrayContaining(['King’s College London', 'St. Mary’s Hospital', 'College Democrats']),
    );
    expect(names(result)).not.toContain('College London');
  });

  it('reads "the Pew Research analysis" as the Pew Research Center named before', () => {
    const result = suggest(
      'The figures come from the Pew Research Center. According to the Pew Research analysis, 44% could apply.',
    );
    expect(names(result)).toEqual(['Pew Research Center']);
    expect(claimOf(result, 'According to').claimant).toBe('Pew Research Center');
  });

  it('drops an adverb that opens a sentence before a body’s name, and keeps a company’s word', () => {
    const result = suggest('Only Congress can change the law. Even Congress agrees. Remain Co. said so.');
    expect(names(result)).toEqual(['Congress', 'Remain Co']);
  });

  it('takes "Equities", "Ventures" and "Therapeutics" for the ends of firms’ names', () => {
    const result = suggest(
      '“The market is factoring in a recovery,” said a report from Kotak Institutional Equities. It drew money from Third Rock Ventures, said Intellia Therapeutics.',
    );
    expect(names(result)).toEqual(['Kotak Institutional Equities', 'Third Rock Ventures', 'Intellia Therapeutics']);
    expect(claimOf(result, '“The market').claimant).toBe('Kotak Institutional Equities');
  });

  it('reads a name the text calls "its" something as a body', () => {
    expect(
      party(suggest('After Neumann left, SoftBank, its largest investor, committed to a plan.'), 'SoftBank').kind,
    ).toBe('organization');
  });

  it('keeps "USA Today" whole, no mention of the United States', () => {
    expect(names(suggest('Richardson, via USA Today, said that the fight was a mistake.'))).toEqual([
      'USA Today',
      'Richardson',
    ]);
  });
});

describe('suggest: names that are no parties', () => {
  it('leaves out eponyms, styles, a town named for a saint and the rooms of the White House', () => {
    const result = suggest(
      'Hal Finney had Lou Gehrig’s disease. Her Santa Barbara home was quiet, and the tune was Chet Baker-ish. Donald Trump met him in the Oval Office.',
    );
    expect(names(result)).toEqual(['Hal Finney', 'Donald Trump']);
    expect(names(suggest('Santa Claus said nothing.'))).toEqual(['Santa Claus']);
  });

  it('leaves out a headline in title case, read by its capitalised verb', () => {
    expect(
      names(
        suggest('The story ran as Broad Institute Gets Patent on Revolutionary Gene-Editing Method. Smith said so.'),
      ),
    ).toEqual(['Smith']);
  });

  it('leaves out "Follow … on Twitter" prompts and a contact line of any length', () => {
    const result = suggest(
      'The study is new, Mehta said. Follow Tia Ghose on Twitter and Google+. Follow Live Science @livescience, Facebook & Google+. ' +
        'To contact the reporters on this story: Steve Matthews in Atlanta at smatthews@example.com; Chris Wellisz in Washington ' +
        'at cwellisz@example.com; Carlos Torres in Washington at ctorres@example.com To contact the editor responsible for this ' +
        'story: Chris Wellisz at cwellisz@example.com',
    );
    expect(names(result)).toEqual(['Mehta']);
  });

  it('reads "I" before its verb as the pronoun, not the end of a name', () => {
    expect(names(suggest('He added: “In defence of Keith I don’t think she knew.” Keith Joseph was there.'))).toEqual([
      'Keith Joseph',
    ]);
  });

  it('drops a weekday before a name', () => {
    expect(names(suggest('Last Tuesday Smith said the talks had failed.'))).toEqual(['Smith']);
  });
});

describe('suggest: countries only in passing', () => {
  it('gives no country for a region of it, an office at home or the capital’s political world', () => {
    const result = suggest(
      'A storm struck the eastern United States, Cowan said. Doherty backed U.S. Rep. Ron Paul. ' +
        'His vows to blow up the Washington system won votes, Paul said.',
    );
    expect(names(result)).not.toContain('United States');
  });

  it('reads "WASHINGTON (Reuters) -" with a hyphen as a dateline', () => {
    expect(names(suggest('WASHINGTON (Reuters) - Scientists unveiled the first map, NASA said.'))).toEqual(['NASA']);
  });
});

describe('suggest: people', () => {
  it('reads an office held in a place with the name after it ("New York Gov. Andrew Cuomo")', () => {
    expect(names(suggest('Tim Kaine was there, as was New York Gov. Andrew Cuomo.'))).toEqual([
      'Tim Kaine',
      'Andrew Cuomo',
    ]);
    expect(names(suggest('New York Mayor Bill de Blasio said so.'))).toEqual(['Bill de Blasio']);
    expect(names(suggest('Kentucky GOP Gov. Matt Bevin said so.'))).toEqual(['Matt Bevin']);
  });

  it('knows given names that are also words, and the gender they say', () => {
    expect(names(suggest('It is worth noting that Fox News’ Bill O’Reilly has called on Trump to act.'))).toContain(
      'Bill O’Reilly',
    );
    const result = suggest(
      '“I posted it on my story,” said Will Tjernlund, a consultant. Kym Lino has a son. “I am so ahead,” she said.',
    );
    expect(claimOf(result, '“I posted').claimant).toBe('Will Tjernlund');
    expect(claimOf(result, '“I am so ahead').claimant).toBe('Kym Lino');
    expect(claimOf(suggest('Will McClay, the team executive, said so.'), 'Will McClay').claimant).toBe('Will McClay');
  });

  it('reads names no lexicon knows, set off by commas after a noun or a title, as people', () => {
    const result = suggest(
      'Media quoted the head of the search and rescue agency, Fransiskus Bambang Soelistyo, as saying three bodies were found. ' +
        '“The challenge is waves,” Soelistyo told reporters. The plane was old, the airline said.',
    );
    expect(party(result, 'Fransiskus Bambang Soelistyo').aliases).toEqual(['Soelistyo']);
    expect(claimOf(result, '“The challenge').claimant).toBe('Fransiskus Bambang Soelistyo');
    expect(claimOf(result, 'The plane was old').claimant).toBeNull();
    expect(names(suggest('In June, the then Home Secretary, Sajid Javid, approved the request.'))).toEqual([
      'Sajid Javid',
    ]);
  });

  it('names a transcript’s speaker as prose writes the name', () => {
    const result = suggest(
      'He is not surprised, Smith said. BILL KIRBY: Swimming needs to lift its game. According to Bill Kirby, it is a wakeup call.',
    );
    expect(names(result)).toContain('Bill Kirby');
    expect(names(result)).not.toContain('BILL KIRBY');
  });

  it('reads "Mueller" as the "Müller" named in full', () => {
    const result = suggest('Cardinal Gerhard Müller spoke first. “This is a provocation,” Mueller said.');
    expect(names(result)).toEqual(['Gerhard Müller']);
    expect(claimOf(result, '“This is').claimant).toBe('Gerhard Müller');
  });

  it('reads a family by its surname as a group, which no business word means', () => {
    const result = suggest(
      'Hal Finney was ill. The Finneys were the victims of a hoax, Fran Finney said. The Tanus family gathered. ' +
        'The plane was old, the airline said.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Finney family', 'Tanus family']));
    expect(party(result, 'Tanus family').kind).toBe('group');
    expect(claimOf(result, 'The plane was old').claimant).toBeNull();
  });
});

describe('suggest: claimants', () => {
  it('gives ", said Steve Cowan" to Cowan after the object of a verb', () => {
    expect(claimOf(suggest('A storm struck Texas, said Steve Cowan.'), 'A storm').claimant).toBe('Steve Cowan');
  });

  it('passes over a verb with no subject to the later one that names who spoke', () => {
    const result = suggest(
      '“Bigger than just the little deal” announced in October, said Derek Scissors, a China scholar.',
    );
    expect(claimOf(result, '“Bigger').claimant).toBe('Derek Scissors');
  });
});

describe('tokenize: glued words', () => {
  it('splits a line in capitals from the article "A" glued to it, and a surname from the word after it', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words('SEARCHING THROUGH THE NIGHTA navy spokesman said')).toEqual([
      'SEARCHING',
      'THROUGH',
      'THE',
      'NIGHT',
      'A',
      'navy',
      'spokesman',
      'said',
    ]);
    expect(words('By John LegendWe went')).toEqual(['By', 'John', 'Legend', 'We', 'went']);
    expect(words('Douglas MacArthur said')).toEqual(['Douglas', 'MacArthur', 'said']);
  });
});
