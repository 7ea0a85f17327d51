// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: groups named for a cause, offices and spokespeople, retorts and credits', () => {
  it('keeps a group named for its cause whole, as an organisation', () => {
    const result = suggest(
      'The measure passed after the group People for the Ethical Treatment of Animals said it would use drones. ' +
        'Later, the Committee to Protect Journalists said he was jailed. ' +
        'Then Reporters Without Borders said the reporter had been beaten.',
    );
    expect(party(result, 'People for the Ethical Treatment of Animals').kind).toBe('organization');
    expect(names(result)).not.toContain('Animals');
    expect(claimOf(result, 'The measure passed').claimant).toBe('People for the Ethical Treatment of Animals');
    expect(claimOf(result, 'Later, the Committee').claimant).toBe('Committee to Protect Journalists');
    expect(party(result, 'Reporters Without Borders').kind).toBe('organization');
  });

  it("names an attorney's office as one body, by its short name too, and lets a spokesperson speak for the body named", () => {
    const result = suggest(
      'A Lancaster man is facing new charges, the U.S. Attorney’s office said. ' +
        'Patrick Carlineo pleaded guilty, the U.S. Attorney’s Office for the Western District of New York said. ' +
        'He faces ten years, the U.S. attorney’s office said in a statement. ' +
        'The Morton County sheriff’s office used water cannons. ' +
        'A sheriff’s spokeswoman told the Guardian that protesters were starting fires.',
    );
    expect(claimOf(result, 'A Lancaster man').claimant).toBe(
      'U.S. Attorney’s Office for the Western District of New York',
    );
    expect(claimOf(result, 'He faces ten years').claimant).toBe(
      'U.S. Attorney’s Office for the Western District of New York',
    );
    expect(names(result).filter((n) => /attorney/i.test(n))).toHaveLength(1);
    expect(claimOf(result, 'A sheriff’s spokeswoman').claimant).toBe('Morton County sheriff’s office');
  });

  it('reads a retort after a quotation as its tag, and parts a picture credit from the sentence after it', () => {
    const result = suggest(
      'Vivek Ramaswamy attacked Nikki Haley on stage. “Leave my daughter out of your voice,” Haley shot back. ' +
        'The suspect shot at police and the officer fired back. ' +
        'Photograph: Amir Levy/Getty Images “Hamas has learned and prepared itself well,” Iddo Mizrahi said. ' +
        'Protesters gathered. Photograph: Stephanie Keith/Reuters The mayor said the protest was peaceful.',
    );
    expect(claimOf(result, '“Leave my daughter').claimant).toBe('Nikki Haley');
    expect(result.claims.some((c) => c.quote.includes('fired back'))).toBe(false);
    expect(claimOf(result, '“Hamas has learned').quote).not.toContain('Getty');
    expect(claimOf(result, 'The mayor said').quote).not.toContain('Reuters');
  });
});
