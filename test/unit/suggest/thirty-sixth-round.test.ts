// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: titled surnames, glued names, streets, numbered bodies, furniture and findings', () => {
  it('names a person known by a title and a surname with the title, but not a title before a common word', () => {
    const result = suggest(
      'Trade deals got a cold reception under President Calloway, and Calloway’s aides knew it. ' +
        'Chief Architect Rolf Amsel said the design was final. ' +
        'The General Manager of the plant said it would close.',
    );
    expect(party(result, 'President Calloway')).toMatchObject({ kind: 'person', aliases: ['Calloway'] });
    expect(claimOf(result, 'Chief Architect').claimant).toBe('Rolf Amsel');
    expect(names(result)).not.toContain('Architect Rolf Amsel');
    expect(names(result)).not.toContain('General Manager');
  });

  it('cuts a name the text writes on its own where it is glued once to the next line, not a brand or a handle', () => {
    const result = suggest(
      'Staff at Quentara were told on Friday. Quentara said costs rose. ' +
        'Image: QuentaraShe said the plan was sound. ' +
        'Members meet on WhatsApp, and WhatsApp keeps the notes, Dana Holt said. ' +
        'Follow @DanaHolt for more, and Dana Holt said so.',
    );
    expect(names(result)).not.toContain('QuentaraShe');
    expect(claimOf(result, 'She said the plan').quote).toBe('She said the plan was sound.');
    expect(names(result)).toContain('WhatsApp');
    expect(claimOf(result, 'Follow @DanaHolt').claimant).toBe('Dana Holt');
  });

  it('reads a street after a word that says where, and a city with its region, as places', () => {
    const result = suggest(
      'The family lived in a house on Gina Street until May, police said. ' +
        'Officers were called to the 10700 block of Arno Drive. ' +
        'The network ran apartments in Greater Boston, prosecutors said.',
    );
    expect(names(result)).not.toContain('Gina Street');
    expect(names(result)).not.toContain('Arno Drive');
    expect(names(result)).not.toContain('Greater Boston');
  });

  it('opens a numbered unit’s or a firm’s name on its ordinal, and reads a distillery as a firm', () => {
    const result = suggest(
      'The 102nd Rescue Squadron said it flew two missions. ' +
        'He founded 18th Street Brewery before Copperline Distillery opened next door. ' +
        'Officers of the 75th Precinct said the street was calm.',
    );
    expect(party(result, '102nd Rescue Squadron').kind).toBe('organization');
    expect(party(result, '18th Street Brewery').kind).toBe('organization');
    expect(party(result, 'Copperline Distillery').kind).toBe('organization');
    expect(claimOf(result, 'Officers of the').claimant).toBe('75th Precinct');
    expect(names(result)).not.toContain('Street Brewery');
  });

  it('reads a subscription’s columnists, a writer’s address and a credit for editing as furniture', () => {
    const result = suggest(
      'The council voted on Monday, Mayor Ida Stone said. ' +
        'Exclusive articles from Hanna Greer, Tomas Wilde, and others. ' +
        'Analysis on all things Ottawa by Ruth Bellamy, Owen Carrick, and others, and newsletters. ' +
        'On Twitter: Follow Nadia Ferro and get more news at the desk. ' +
        'Additional editing and production by Lise Moreau and Karl Voss. ' +
        'Pieter Lund may be reached at plund@example.org.',
    );
    expect(names(result)).toEqual(['Ida Stone']);
  });

  it('reads what a study found and what someone described as something as claims', () => {
    const result = suggest(
      'A study by the Halden Institute found that rents rose by a third. ' +
        'Senator Ada Wexford described the bill as a gift to landlords. ' +
        'She found two boats in the harbour.',
    );
    expect(claimOf(result, 'A study by').claimant).toBe('Halden Institute');
    expect(claimOf(result, 'Senator Ada Wexford').claimant).toBe('Ada Wexford');
    expect(result.claims).toHaveLength(2);
  });
});
