// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, party } from './support';

describe('suggest: speakers named with where they work and what they are', () => {
  it('reads the town and country of a speaker’s workplace as part of the subject, not as the speaker', () => {
    const result = suggest(
      '“Tourism will not be without consequences,” Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said to New Scientist. ' +
        '“It is a success,” Dylan Nelson, a fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement. ' +
        'Norman Ratcliffe, an ecologist from the Antarctic Survey in Cambridge, United Kingdom, told reporters that the evidence is lacking.',
    );
    expect(claimOf(result, '“Tourism').claimant).toBe('Wray Grimaldi');
    expect(claimOf(result, '“It is a success').claimant).toBe('Dylan Nelson');
    expect(claimOf(result, 'Norman Ratcliffe').claimant).toBe('Norman Ratcliffe');
  });

  it('resolves "the Wikileaks founder" to the person the text named with that role, past an adverb', () => {
    const result = suggest(
      'Prosecutors dropped an investigation into Wikileaks co-founder Julian Assange. ' +
        'The Wikileaks founder always argued that his fear of extradition was why he had taken refuge. ' +
        'The Wikileaks spokesman said the decision was welcome.',
    );
    expect(claimOf(result, 'The Wikileaks founder').claimant).toBe('Julian Assange');
    expect(claimOf(result, 'The Wikileaks spokesman').claimant).toBe('Wikileaks');
  });

  it('keeps a given name at the end of a short wrapped line with the surname on the next', () => {
    const line = (s: string) => `\n                              ${s}`;
    const result = suggest(
      '\n                          — Hillary' +
        line('Clinton has an explanation for Vladimir') +
        line('Putin’s alleged involvement in the hacking of Democratic organizations during the') +
        line('2016 presidential election: the Russian leader has a longtime grudge against her, dating') +
        line('back to 2011 when she was secretary of state and made comments that were critical of') +
        line('Russia’s parliamentary elections. Two donors tell ABC News that Clinton made the') +
        line('claim Thursday night at a hotel during an event dubbed a party, at which she expressed') +
        line('her gratitude to donors, and the Clinton campaign said the hack was ordered by him.'),
    );
    expect(party(result, 'Hillary Clinton').aliases).toContain('Clinton');
  });
});
