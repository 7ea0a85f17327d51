// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: an organisation and a title before a person', () => {
  it('splits an organisation, its officer’s title and the officer', () => {
    const result = suggest('Army Secretary Lena Fowles said the base would stay open.');
    expect(party(result, 'Lena Fowles').kind).toBe('person');
    expect(party(result, 'Army').kind).toBe('organization');
    expect(names(result)).not.toContain('Army Secretary Lena Fowles');
    expect(claimOf(result, 'Army Secretary').claimant).toBe('Lena Fowles');
  });

  it('gives an inverted claim to the person after an acronym and a title', () => {
    const result = suggest('“The count was fair,” said BVX President Tom Wrenley.');
    expect(claimOf(result, '“The count').claimant).toBe('Tom Wrenley');
    expect(party(result, 'BVX').kind).toBe('organization');
  });

  it('keeps a title made of two words out of the organisation’s name', () => {
    const result = suggest('Harbor Authority Deputy Director Nina Osei said the pier was safe.');
    expect(claimOf(result, 'Harbor Authority').claimant).toBe('Nina Osei');
    expect(names(result)).not.toContain('Harbor Authority Deputy');
  });

  it('splits off an officer whose name has a middle initial', () => {
    const result = suggest('Port Authority Chairman Dana R. Whitlock said the tolls would rise.');
    expect(party(result, 'Dana R. Whitlock').kind).toBe('person');
    expect(names(result)).not.toContain('Port Authority Chairman Dana R. Whitlock');
    expect(claimOf(result, 'Port Authority').claimant).toBe('Dana R. Whitlock');
  });

  it('keeps a place’s head word ("City") with the organisation before the title', () => {
    const result = suggest('Savings Bank of Carson City President Ella Marsh said deposits had doubled.');
    expect(party(result, 'Savings Bank of Carson City').kind).toBe('organization');
    expect(names(result)).not.toContain('Savings Bank of Carson');
    expect(claimOf(result, 'Savings Bank').claimant).toBe('Ella Marsh');
  });
});

describe('suggest: offices named by their title', () => {
  it('reads no party from an office held, written in capitals after a chief', () => {
    const result = suggest(
      'Dana Wells, the Chief Technology Officer for Acme Systems, said sales rose. Wells is Chief Technology Officer for Acme Systems.',
    );
    expect(names(result)).not.toContain('Technology Officer');
    expect(names(result)).toContain('Dana Wells');
    expect(names(result)).toContain('Acme Systems');
  });
});

describe('suggest: complements of institutions’ names', () => {
  it('keeps "for a" inside an institution’s name', () => {
    const result = suggest('The Committee for a Safer Harbor said the plan would fail.');
    expect(names(result)).toContain('Committee for a Safer Harbor');
    expect(names(result)).not.toContain('Safer Harbor');
  });

  it('keeps "and" inside a complement even when a head word ("International") follows it', () => {
    const result = suggest(
      'Mara Lind, a fellow at the Center for Coastal and International Research, said the dunes were eroding.',
    );
    expect(names(result)).toContain('Center for Coastal and International Research');
    expect(names(result)).not.toContain('International Research');
  });
});

describe('suggest: publications named with their kind', () => {
  it('names a magazine or a newspaper without the word "magazine" or "newspaper"', () => {
    const result = suggest(
      'She posed for Glint magazine last year. The Morning Ledger newspaper reported that the mayor resigned.',
    );
    expect(names(result)).toContain('Glint');
    expect(names(result)).not.toContain('Glint magazine');
    expect(claimOf(result, 'The Morning Ledger').claimant).toBe('Morning Ledger');
  });

  it('keeps the word "magazine" after a place’s name', () => {
    const result = suggest('She told Boston magazine that the mayor would resign.');
    expect(names(result)).toContain('Boston magazine');
  });
});

describe('suggest: contributor lines', () => {
  it('reads no parties from a "Contributing:" line, even glued after a quotation', () => {
    const result = suggest(
      '“We will close the bridge,” said Omar Haddad, the council’s chairman. “It is not safe.”Contributing: Ann Tobin, Carl Mead, City Wire.',
    );
    expect(names(result)).not.toContain('Ann Tobin');
    expect(names(result)).not.toContain('Carl Mead');
  });
});

describe('suggest: a country’s officials as speakers', () => {
  it('gives "X authorities said" to the country', () => {
    const result = suggest('Zambian authorities said Thursday they will close the border.');
    expect(claimOf(result, 'Zambian authorities').claimant).toBe('Zambia');
  });

  it('gives "officials in X said" to the country', () => {
    const result = suggest('Officials in Zambia said the border crossing was unsafe.');
    expect(claimOf(result, 'Officials in Zambia').claimant).toBe('Zambia');
  });

  it('reads a known name with a common word as surname as a person when they speak', () => {
    const result = suggest("Zambia's information minister, Lewis Brown, said the clinics were open.");
    expect(claimOf(result, "Zambia's information").claimant).toBe('Lewis Brown');
    expect(party(result, 'Lewis Brown').kind).toBe('person');
  });
});

describe('suggest: the speaker of a main clause', () => {
  it('gives a sentence to the speaker of its main clause, not of an opening "After … said" clause', () => {
    const result = suggest(
      'After the ministry said in May that the dam was safe, Governor Ana Ruiz said that engineers must inspect it again.',
    );
    expect(claimOf(result, 'After the ministry').claimant).toBe('Ana Ruiz');
  });

  it('keeps the source named in an opening "As X reports" clause', () => {
    const result = suggest(
      'The Harbor Board met on Monday. As Reuters reports, the board announced that it would raise fees.',
    );
    expect(claimOf(result, 'As Reuters').claimant).toBe('Reuters');
  });

  it('still gives a sentence to the subordinate clause’s speaker when the main clause reports nothing', () => {
    const result = suggest('While Governor Ana Ruiz said the dam was safe, the river kept rising all week.');
    expect(claimOf(result, 'While Governor').claimant).toBe('Ana Ruiz');
  });
});

describe('suggest: an organisation named with and without its country', () => {
  it('makes one party of "U.S. Weather Bureau" and "Weather Bureau"', () => {
    const result = suggest(
      'The U.S. Weather Bureau said the storm would turn north. The Weather Bureau said later that it had stalled.',
    );
    const bureaus = result.parties.filter((p) => p.name.endsWith('Weather Bureau'));
    expect(bureaus).toHaveLength(1);
    expect(bureaus[0]?.aliases).toContain('Weather Bureau');
  });
});

describe('suggest: a city before a lower-case building', () => {
  it('reads "a Denver hospital" as no party', () => {
    const result = suggest('Mayor Ann Holt said the patient was in a Denver hospital.');
    expect(names(result)).toEqual(['Ann Holt']);
  });
});

describe('suggest: where the subject is, between it and its verb', () => {
  it('gives "X newspaper in Y reported" to X, not to a speaker inside what it reported', () => {
    const result = suggest(
      'The Morning Ledger newspaper in Boston reported that a source close to the mayor said that he would resign.',
    );
    expect(claimOf(result, 'The Morning Ledger').claimant).toBe('Morning Ledger');
  });
});

describe('suggest: acronyms and dotted owners', () => {
  it('reads an acronym after "the" as an organisation when a verb follows it', () => {
    const result = suggest(
      'Practices were closed because the WFRA is looking into the payments, Coach Dan Ortiz said.',
    );
    expect(party(result, 'WFRA').kind).toBe('organization');
  });

  it('makes one party of "U.N. Refugee Agency" and "Refugee Agency"', () => {
    const result = suggest(
      'The U.N. Refugee Agency said the camp was full. The Refugee Agency said later that it had opened another.',
    );
    expect(result.parties.filter((p) => p.name.endsWith('Refugee Agency'))).toHaveLength(1);
  });
});

describe('suggest: a department named head first and head last', () => {
  it('makes "the Department of Fisheries" and "the Fisheries Department" one party, and "Ministry of Trade" and "Trade Ministry"', () => {
    const result = suggest(
      'The Department of Fisheries said the quota would fall. A report by the Fisheries Department’s auditor is due, ' +
        'the Fisheries Department said. The Ministry of Trade said tariffs would rise. The Trade Ministry gave no date.',
    );
    expect(party(result, 'Department of Fisheries').aliases).toContain('Fisheries Department');
    expect(party(result, 'Ministry of Trade').aliases).toContain('Trade Ministry');
    expect(names(result)).not.toContain('Fisheries Department');
    expect(claimOf(result, 'A report by').claimant).toBe('Department of Fisheries');
  });
});

describe('suggest: the field of an office', () => {
  it('takes no party from "Commissioner for Trade" or "Minister for Foreign Affairs"', () => {
    const result = suggest(
      'The European Commissioner for Trade warned of tariffs. ' +
        'The Minister for Foreign Affairs, Simon Coveney, said the border would stay open.',
    );
    expect(names(result)).toEqual(['Simon Coveney']);
    expect(claimOf(result, 'The Minister for Foreign Affairs').about).toEqual([]);
  });
});
