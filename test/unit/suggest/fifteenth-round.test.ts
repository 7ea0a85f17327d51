// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: firms, people and credits', () => {
  it('reads a firm named by the first word of its name as the firm where that word speaks', () => {
    const result = suggest(
      'Workers at American Airlines and United Airlines went on strike. "We are working with our vendors," ' +
        'American said in a statement. United said it was ready. China Daily reported it. China said no.',
    );
    expect(claimOf(result, '"We are working').claimant).toBe('American Airlines');
    expect(claimOf(result, 'United said').claimant).toBe('United Airlines');
    expect(claimOf(result, 'China said').claimant).toBe('China');
  });

  it('reads a given name before words the text also writes in lower case as a person where those words speak', () => {
    const result = suggest(
      '“We hope for the best,” said Linda Black Elk, a medic. The black cars left. “It is unfair,” Black Elk said.',
    );
    expect(names(result)).toContain('Linda Black Elk');
    expect(claimOf(result, '“We hope').claimant).toBe('Linda Black Elk');
  });

  it('reads reporters credited with where they reported from, and a photographer after "Credit...", as no party', () => {
    const result = suggest(
      'The Fed raised rates, Janet Yellen said.Reporting by Howard Schneider; Additional reporting by Jason ' +
        'Lange in Washington, Ann Saphir in San Francisco and Karen Brettell in New York; Editing by David Chance. ' +
        'The president met the press.CreditCredit...Samuel Corum for The New York TimesOct. 9, 2018President ' +
        'Trump spoke.',
    );
    expect(names(result).some((n) => /Saphir|Brettell|Corum/.test(n))).toBe(false);
    expect(names(result)).toContain('Janet Yellen');
  });

  it('does not join "Mr." and a surname to a woman of that surname', () => {
    const result = suggest('Mr. Lopez said he was proud. His daughter Maria Lopez was there. Ms. Lopez said no.');
    expect(claimOf(result, 'Mr. Lopez said').claimant).toBe('Mr. Lopez');
    expect(claimOf(result, 'Ms. Lopez said').claimant).toBe('Maria Lopez');
  });

  it('reads "President-elect" as a title, and "the president-elect" as the one it named', () => {
    const result = suggest(
      'President-elect Donald Trump met Mattis on Monday. In an interview, the president-elect said Mattis changed his view.',
    );
    expect(names(result)).toContain('Donald Trump');
    expect(claimOf(result, 'In an interview').claimant).toBe('Donald Trump');
  });

  it('finds the two-word surname again where it speaks after the verb', () => {
    const result = suggest(
      '“We hope,” said Linda Black Elk, a medic. The black cars left. “It is unfair,” said Black Elk, who lives there.',
    );
    expect(claimOf(result, '“It is unfair').claimant).toBe('Linda Black Elk');
  });

  it('ends a name at the apostrophe of a plural possessive', () => {
    const result = suggest('The Times’ Maggie Haberman said the deal was dead.');
    expect(names(result)).toContain('Maggie Haberman');
    expect(claimOf(result, 'The Times’').claimant).toBe('Maggie Haberman');
  });

  it('keeps a sentence whole over a name set on lines of its own', () => {
    const result = suggest(
      'In a tweet, Trump said a contract with \n   \n   \n   Boeing Co.\n   to build the plane would be too expensive.',
    );
    expect(claimOf(result, 'In a tweet').quote).toContain('too expensive');
  });

  it('reads "called" after an adverb or a "but" as naming in quoted words', () => {
    const result = suggest(
      'Donald Trump met the generals. He bluntly called civilian leadership “stupid” that day. GateHouse Media ' +
        'cut jobs. The company would not disclose the number but called it “immaterial” in the end.',
    );
    expect(claimOf(result, 'He bluntly').claimant).toBe('Donald Trump');
    expect(claimOf(result, 'The company would not').claimant).toBe('GateHouse Media');
  });
});
