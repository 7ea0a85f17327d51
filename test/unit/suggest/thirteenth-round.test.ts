// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: names', () => {
  it('keeps a middle initial in a name that opens a sentence, though "a" is a word of the text', () => {
    const result = suggest(
      'Marta A. Velinsky, Horvat’s lawyer, told reporters in a statement that her client was innocent.',
    );
    expect(party(result, 'Marta A. Velinsky').kind).toBe('person');
    expect(claimOf(result, 'Marta A. Velinsky').claimant).toBe('Marta A. Velinsky');
  });

  it('reads an ombudsman as a title before the name', () => {
    const result = suggest('Ombudsman Lidia Ferraz said the deaths were caused by gunshots.');
    expect(names(result)).toEqual(['Lidia Ferraz']);
  });

  it('joins a short form of a given name and a name with its generation to the person, but not Paul to Paula', () => {
    const result = suggest(
      'Patrick J. Dorsey pleaded guilty on Monday. Patrick Dorsey Jr. will be sentenced in May. ' +
        'Pat Dorsey regrets his words, his lawyer said. Paul Ferris and Paula Ferris ran the farm.',
    );
    expect(names(result)).toContain('Patrick J. Dorsey');
    expect(names(result)).not.toContain('Pat Dorsey');
    expect(names(result)).not.toContain('Patrick Dorsey Jr.');
    expect(names(result)).toEqual(expect.arrayContaining(['Paul Ferris', 'Paula Ferris']));
  });

  it('reads initials written as one word before a surname as a person, but not a place’s initials', () => {
    const result = suggest('The films were directed by R.J. Talbot. L.A. Galaxy won on Sunday.');
    expect(party(result, 'R.J. Talbot').kind).toBe('person');
    expect(names(result)).not.toContain('L.A. Galaxy');
  });

  it('reads two words of an office’s field before a title, and roles joined by a hyphen, as no part of the name', () => {
    const result = suggest(
      'He was told by former National Security Adviser John Corley to go. Writer-director Greta Hollis made the ' +
        'film. Deputy Director of Public Prosecution Eva-Marie Lund closed the case.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['John Corley', 'Greta Hollis', 'Eva-Marie Lund']));
    expect(names(result).some((n) => /Adviser|Writer|Prosecution/.test(n))).toBe(false);
  });

  it('takes whoever owns a firm by name for someone, though the surname is a word', () => {
    const result = suggest('The upstarts, Blue Origin and Elon Musk’s SpaceX among them, will bid.');
    expect(names(result)).toContain('Elon Musk');
  });

  it('reads a firm’s legal form after its comma as no party of its own', () => {
    const result = suggest('NASA picked Tyvak Nano-Satellite Systems, Inc. to build the lander, the agency said.');
    expect(names(result)).not.toContain('Inc');
  });

  it('reads capitalised words after "a" that end their phrase as a kind of thing, but not a firm before a noun', () => {
    const result = suggest(
      'Her son posed as a Tax Preparation Service and a Go-Kart Track online, a Goldman Sachs analyst said.',
    );
    expect(names(result)).toEqual(['Goldman Sachs']);
  });

  it('reads a title dated by a year or before a word for a work as a work, wherever the text names it', () => {
    const result = suggest(
      'The fourth Jack Ryan film was greenlit in 2016, directed by Justin Lin. 2002’s Jack Ryan Origins made ' +
        'money, Lin said.',
    );
    expect(names(result)).toEqual(['Justin Lin']);
  });

  it('reads a name after "his role as" as a character, not a party', () => {
    const result = suggest('Actor Chris Hollis will reprise his role as Marcus Vane in the sequel, the studio said.');
    expect(names(result)).toContain('Chris Hollis');
    expect(names(result)).not.toContain('Marcus Vane');
  });
});

describe('suggest: page furniture', () => {
  it('parts a sentence glued before initials', () => {
    const result = suggest(
      'The hearing is set for March 3, according to the court filing.U.S. Attorney Dana Welk said the case was closed.',
    );
    expect(claimOf(result, 'U.S. Attorney Dana Welk said').claimant).toBe('Dana Welk');
    expect(claimOf(result, 'The hearing is set').quote).toBe(
      'The hearing is set for March 3, according to the court filing.',
    );
  });

  it('parts sentences glued after a number or before an acronym’s possessive', () => {
    const result = suggest(
      'The charge was first made in 2010.Ravel, who denies it, said he was innocent. Guards said the rooms were ' +
        'cold once they were full.CBP’s cells had no beds.',
    );
    expect(claimOf(result, 'Ravel, who denies it').quote).toBe('Ravel, who denies it, said he was innocent.');
    expect(claimOf(result, 'Guards said').quote).toBe('Guards said the rooms were cold once they were full.');
  });

  it('parts two quotations glued together', () => {
    const result = suggest('Doctors call it “baker’s lung.”“The lungs react to the flour dust,” said Dr. Hana Kovic.');
    expect(claimOf(result, '“The lungs react').claimant).toBe('Hana Kovic');
    expect(result.claims.some((c) => c.quote.startsWith('Doctors call it'))).toBe(false);
  });

  it('parts a credit in brackets glued after a quotation, and reads no party in it', () => {
    const result = suggest(
      '"It will be a long night," said Ines Varga. "We are ready."(Reporting by Tom Ellery; Editing by Ann Cole)',
    );
    expect(claimOf(result, '"We are ready."').quote).toBe('"We are ready."');
    expect(claimOf(result, '"We are ready."').claimant).toBe('Ines Varga');
    expect(names(result)).toEqual(['Ines Varga']);
  });

  it('reads a link card or a byline glued after a name, which repeats the name, as no part of it', () => {
    const result = suggest(
      'Police arrested a man who threatened Rep. Dana OrtizDana OrtizSenate Watch: Budget talks stall | Farm bill ' +
        'advances MORE (D-Ariz.) last week. Ortiz said she felt safe. "We will appeal," said Ivo Brandt.Mara ' +
        'LindqvistMara Lindqvist is a reporter for NBC News.',
    );
    expect(names(result)).toContain('Dana Ortiz');
    expect(names(result).some((n) => n.includes('OrtizDana') || n.includes('Ortiz Dana'))).toBe(false);
    expect(names(result).some((n) => n.includes('Lindqvist'))).toBe(false);
  });

  it('reads no party in a copyright line', () => {
    const result = suggest(
      'The mayor resigned, Rita Holm said. The contents of this site are ©2019 Harbor Point Media Corp., a subsidiary ' +
        'of Lantern Holdings, Inc.',
    );
    expect(names(result)).toEqual(['Rita Holm']);
  });
});

describe('suggest: quotation marks and speakers', () => {
  it('reads two single marks as a double one that closes a quotation', () => {
    const result = suggest(
      '“The plan was a trick,’’ Oren Batley, director of the watchdog Clear Count, told the BBC. “Voters deserve ' +
        'better.” Later it said the rules had “no room for that.’’',
    );
    expect(claimOf(result, '“The plan was a trick').claimant).toBe('Oren Batley');
    expect(claimOf(result, '“Voters deserve better.”').claimant).toBe('Oren Batley');
  });

  it('gives a statement after a place and "said" to the speaker named after the verb, not to who was spoken to', () => {
    const result = suggest(
      'Dust storms sweep across the plains on Mars, said study co-author Lena Ruzicka of the Max Planck Institute. ' +
        '“We moved faster than planned,” Omar Delgado, deputy director of the programme, said of the launch in a ' +
        'call with reporters.',
    );
    expect(claimOf(result, 'Dust storms').claimant).toBe('Lena Ruzicka');
    expect(claimOf(result, '“We moved faster').claimant).toBe('Omar Delgado');
  });

  it('reads a firm’s or an agency’s figures as reported', () => {
    const result = suggest(
      'McClatchy reported a loss of $304.7 million in the third quarter. State Police reported at least 5,000 ' +
        'people entered the building. He reported to work at nine.',
    );
    expect(claimOf(result, 'McClatchy reported').claimant).toBe('McClatchy');
    expect(result.claims.map((c) => c.quote)).toHaveLength(2);
  });

  it('gives what a report says to whoever made it', () => {
    const result = suggest('The deal is off, according to a new report from Channel Nine News.');
    expect(claimOf(result, 'The deal is off').claimant).toBe('Channel Nine News');
  });

  it('gives what a country’s minister said to the one the text names with that office, else to the country', () => {
    const named = suggest(
      'The museum will close next year, Norway’s culture minister said on Monday. “It is time,” Culture Minister ' +
        'Ingrid Solberg said in a statement.',
    );
    expect(claimOf(named, 'The museum will close').claimant).toBe('Ingrid Solberg');
    const unnamed = suggest('The border will reopen in June, the Austrian interior minister said.');
    expect(claimOf(unnamed, 'The border will reopen').claimant).toBe('Austria');
  });
});
