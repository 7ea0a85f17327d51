// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: names of organisations', () => {
  it('parts "Portland-based" from the organisation it says where it sits', () => {
    const result = suggest(
      'The ferries were built by the Portland-based Northwind Shipping Company. ' +
        'Northwind Shipping Company said the last one would sail in June.',
    );
    expect(names(result)).toContain('Northwind Shipping Company');
    expect(names(result).filter((n) => n.includes('-based') || n.includes('Portland'))).toEqual([]);
    expect(claimOf(result, 'Northwind Shipping Company said').claimant).toBe('Northwind Shipping Company');
  });

  it('parts an owner written with "-owned" from the company it owns', () => {
    const result = suggest('Prices fell at Google-owned Harlow Stores Group last week, Harlow Stores Group said.');
    expect(party(result, 'Google').kind).toBe('organization');
    expect(party(result, 'Harlow Stores Group').kind).toBe('organization');
  });

  it('reads a research or data firm cited as a source as the organisation that says it', () => {
    const result = suggest(
      'The chain had more than 90 own brands by May, according to Larkspur Research, twice as many as in 2019. ' +
        'Sales of the brands doubled, Tallis Analytics said.',
    );
    expect(party(result, 'Larkspur Research').kind).toBe('organization');
    expect(claimOf(result, 'The chain').claimant).toBe('Larkspur Research');
    expect(claimOf(result, 'Sales of').claimant).toBe('Tallis Analytics');
  });

  it('merges a food company’s name with and without "Market", even opening a sentence', () => {
    const result = suggest(
      'Shoppers have been leaving Golden Foods Market for cheaper shops. ' +
        'Golden Foods said it had cut prices on hundreds of items.',
    );
    const golden = party(result, 'Golden Foods Market');
    expect(golden.kind).toBe('organization');
    expect(golden.aliases).toContain('Golden Foods');
    expect(names(result)).not.toContain('Foods');
    expect(claimOf(result, 'Golden Foods said').claimant).toBe('Golden Foods Market');
  });

  it('reads a name after an organisation’s noun as that organisation, not a person’s name', () => {
    const result = suggest('Forty whales beached in a week, according to the rescue group Project Tide.');
    expect(party(result, 'Project Tide').kind).toBe('organization');
  });

  it('still reads a person after an organisation’s noun as the person', () => {
    const result = suggest('He had left the company Steve Jobs founded, the paper reported.');
    expect(party(result, 'Steve Jobs').kind).toBe('person');
  });

  it('reads one word before a title and a full name as the employer of that person', () => {
    const result = suggest('The plan did not work on Quillo CEO Evan Marsh, who turned down the offer in 2013.');
    expect(party(result, 'Quillo').kind).toBe('organization');
    expect(party(result, 'Evan Marsh').kind).toBe('person');
  });

  it('joins a head word alone to the name with a head after "and"', () => {
    const result = suggest('A report by the University and College Lecturers Union claims pay has fallen.');
    expect(names(result)).toEqual(['University and College Lecturers Union']);
  });

  it('keeps the possessive of a plural inside an organisation’s name', () => {
    const result = suggest('The Northern Farmers’ Association said the rules were unfair.');
    expect(names(result)).toEqual(['Northern Farmers’ Association']);
    expect(result.claims[0]?.claimant).toBe('Northern Farmers’ Association');
  });

  it('merges "Zelvo.com Inc." with the "Zelvo" the text calls it later', () => {
    const result = suggest(
      'Zelvo.com Inc., the largest online grocer, pledged to cut its emissions. Zelvo said it would buy 500 vans.',
    );
    expect(party(result, 'Zelvo.com Inc').aliases).toContain('Zelvo');
    expect(claimOf(result, 'Zelvo said').claimant).toBe('Zelvo.com Inc');
  });

  it('merges the short form of a name the text gave in full, not the name of another place’s body', () => {
    const result = suggest(
      '“Costs will rise,” said Ada Kerr of the Urban-Lakeside Budget Policy Center. ' +
        'Spending will double by 2030, according to the Budget Policy Center. ' +
        'The Texas Supreme Court ruled first. The Supreme Court said it would not hear the case.',
    );
    expect(party(result, 'Urban-Lakeside Budget Policy Center').aliases).toContain('Budget Policy Center');
    expect(claimOf(result, 'Spending').claimant).toBe('Urban-Lakeside Budget Policy Center');
    expect(names(result)).toEqual(expect.arrayContaining(['Texas Supreme Court', 'Supreme Court']));
  });

  it('reads "the" and an acronym that closes a phrase after "by" or "at" as a body', () => {
    const result = suggest(
      'The plant will run under monitoring by the IAEO, Cole said. Nina Sleigh, head of audit at the ICAEB, is unconvinced.',
    );
    expect(party(result, 'IAEO').kind).toBe('organization');
    expect(party(result, 'ICAEB').kind).toBe('organization');
  });

  it('does not read "the" and an acronym after "in" as a body', () => {
    const result = suggest('Doctors in the ER, where he was taken, said he would recover.');
    expect(names(result)).toEqual([]);
  });

  it('reads an acronym in brackets after an organisation as its short name, wherever it comes again', () => {
    const result = suggest(
      'Researchers at the University of Tarvik (UTK) studied the spill. “It is far from over,” says Carla Mendes, a chemist at UTK.',
    );
    expect(names(result)).toEqual(['University of Tarvik', 'Carla Mendes']);
    expect(party(result, 'University of Tarvik').aliases).toContain('UTK');
  });
});

describe('suggest: campaigns', () => {
  it('reads "the Harlan campaign" as a candidate’s team, "the Lowlands campaign" and a "Water Safety campaign" as efforts', () => {
    const result = suggest(
      'Maria Harlan spoke in Dover on Monday. The Harlan campaign said it raised $2 million. ' +
        'The Lowlands campaign of the war lasted a year. The city paid for a Water Safety campaign that water experts praised.',
    );
    expect(party(result, 'Harlan campaign').kind).toBe('organization');
    expect(claimOf(result, 'The Harlan campaign said').claimant).toBe('Harlan campaign');
    expect(names(result).filter((n) => n.includes('Lowlands') || n.includes('Water Safety'))).toEqual([]);
  });
});

describe('suggest: an acronym spelt like a word, and a platform’s users', () => {
  it('reads "WHO" in running text as the World Health Organization, and "who" as the pronoun', () => {
    const result = suggest(
      'The World Health Organization (WHO) said the risk was low. According to WHO, there were 3,248 cases. ' +
        'The WHO said no more. Doctors who treated him said so.',
    );
    expect(party(result, 'World Health Organization').aliases).toContain('WHO');
    expect(claimOf(result, 'According to WHO').claimant).toBe('World Health Organization');
    expect(claimOf(result, 'The WHO said').claimant).toBe('World Health Organization');
    expect(claimOf(result, 'Doctors who').claimant).toBeNull();
  });

  it('leaves "one Weibo commenter" and "a Twitter user" unnamed, not the platform speaking', () => {
    const result = suggest('One Weibo commenter said it was a cover-up. A Twitter user wrote that it was fake.');
    expect(claimOf(result, 'One Weibo commenter').claimant).toBeNull();
    expect(claimOf(result, 'A Twitter user').claimant).toBeNull();
    expect(names(result)).not.toContain('Weibo');
  });
});
