// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: plural titles, universities, credits, Arabic and Korean names, settlements, papers and sentence ends', () => {
  it('reads a plural title before a list of its holders, and a state’s university by its short name', () => {
    const result = suggest(
      'Voting with them were Senators Robert F. Hale of Utah and Marta Quill of Maine. ' +
        'Ohio State said in a statement that the receiver was cleared.',
    );
    expect(party(result, 'Robert F. Hale').kind).toBe('person');
    expect(names(result)).not.toContain('Senators Robert F. Hale');
    expect(party(result, 'Ohio State').kind).toBe('organization');
    expect(claimOf(result, 'Ohio State said').claimant).toBe('Ohio State');
  });

  it('reads editors, helpers, a contact’s address and a credit from a city as furniture', () => {
    const result = suggest(
      'The mine opened in May, Governor Luis Farro said. ' +
        '--Lena Parkhill and Omar Fielding, with assistance from Joanna Reyes in Lima. ' +
        'Editors: Annette Dorsey, Neil Brampton.\n' +
        'To contact the editors responsible for this story:\n' +
        'Mira Solter at  msolter@example.net\n' +
        'Associated Press writers Tomas Brandt and Ilse Vorne contributed to this report from Cairo.',
    );
    expect(names(result)).toEqual(['Luis Farro']);
  });

  it('joins a surname written with its article to the name before it, unless the name is a group’s or a place’s', () => {
    const result = suggest(
      'One of the fighters, Karim al-Tahir, said the town had fallen. ' +
        'Al-Tahir, who fought there, said 12 men died. ' +
        'Envoys met Nizar al-Hamdi on Monday. ' +
        'Jabhat al-Nusra said it would fight on. ' +
        'Aid trucks crossed at Bab al-Hawa on Sunday.',
    );
    expect(party(result, 'Karim al-Tahir')).toMatchObject({ kind: 'person', aliases: ['Al-Tahir'] });
    expect(claimOf(result, 'Al-Tahir, who fought').claimant).toBe('Karim al-Tahir');
    expect(party(result, 'Nizar al-Hamdi').kind).toBe('person');
    expect(party(result, 'Jabhat al-Nusra').kind).toBe('organization');
    expect(names(result)).not.toContain('Bab al-Hawa');
  });

  it('reads a name after a settlement’s noun as that place wherever the text names it', () => {
    const result = suggest(
      'Rebels took the oil port of Ras Malouf on Friday. ' +
        'Witnesses said Ras Malouf, 90 miles east of the capital, fell after a long battle. ' +
        'Ras Malouf residents joined them, a fighter said.',
    );
    expect(names(result)).not.toContain('Ras Malouf');
  });

  it('names a Korean given name after a short surname, and the person after a body and a hyphenated title', () => {
    const result = suggest(
      'U.N. Secretary-General Ban Ki-moon said civilians must be spared. ' +
        'NATO Secretary-General Jens Holtby said the mission would go on.',
    );
    expect(party(result, 'Ban Ki-moon').kind).toBe('person');
    expect(claimOf(result, 'U.N. Secretary-General').claimant).toBe('Ban Ki-moon');
    expect(claimOf(result, 'NATO Secretary-General').claimant).toBe('Jens Holtby');
  });

  it('reads a tribune as a paper, and its head word alone after "and" as a name of its own', () => {
    const result = suggest(
      'The Lakeview Tribune reported that the plant would close. ' +
        'Talks resumed between Harlow and Tribune, a banker said.',
    );
    expect(party(result, 'Lakeview Tribune').kind).toBe('organization');
    expect(claimOf(result, 'The Lakeview Tribune').claimant).toBe('Lakeview Tribune');
    expect(names(result)).not.toContain('Harlow and Tribune');
  });

  it('ends a sentence at a firm’s short form and before a credit glued to its full stop, and reads a month in a closing report', () => {
    const result = suggest(
      'Mara Quist is an analyst at Corvane Holdings Corp. ' +
        'It will produce 10 percent of the copper by 2027, Mara Quist wrote in a Sept. 7 research note. ' +
        '"The system is baroque," said Nils Varga.(Reporting By Ed Holm; Editing by Sue Dane)',
    );
    expect(claimOf(result, 'It will produce').claimant).toBe('Mara Quist');
    expect(claimOf(result, '"The system').quote).toBe('"The system is baroque," said Nils Varga.');
  });

  it('reads a site’s rules for comments as furniture', () => {
    const result = suggest(
      'The plant will close, Dana Whitlow said. ' +
        'If you find something abusive that does not comply with our Terms or Community Guidelines, please report it. ' +
        'Please keep to our Community Guidelines.',
    );
    expect(names(result)).toEqual(['Dana Whitlow']);
  });
});
