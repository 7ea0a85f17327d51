// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: cues', () => {
  it('reads "he continued" after a quotation as its tag, but not "continues to"', () => {
    const result = suggest(
      'Brian Babin chaired the hearing. “Switching horses midstream is not wise,” he continued. Prices continue to rise, the report said.',
    );
    expect(claimOf(result, '“Switching horses').claimant).toBe('Brian Babin');
    expect(result.claims.map((c) => c.quote)).toHaveLength(2);
  });

  it('reads "speculates that" as a statement', () => {
    const result = suggest(
      'Andrew Vaughan studies the lung. Vaughan speculates that the cells help repair the damage.',
    );
    expect(claimOf(result, 'Vaughan speculates').claimant).toBe('Andrew Vaughan');
  });

  it('takes "states" with no one speaking for the plural noun, and "the paper states" for the paper’s authors', () => {
    const result = suggest(
      'Patrick launched a tour of early-voting states, visiting Nevada and Iowa. John Fa led the study. ' +
        'Forests slow warming, according to the paper by Fa. Titles are key, the paper states.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([
      'Forests slow warming, according to the paper by Fa.',
      'Titles are key, the paper states.',
    ]);
    expect(claimOf(result, 'Forests').claimant).toBe('John Fa');
  });

  it('reads a paragraph set off after "said:" with no quotation marks as what was said', () => {
    const result = suggest(
      'The search went on.\n\nTatang Zaenudin, an official with the agency, said:\n\nThis morning, we recovered four bodies. One wore a life jacket.\n\nThe weather turned.',
    );
    expect(claimOf(result, 'Tatang Zaenudin').quote).toBe(
      'Tatang Zaenudin, an official with the agency, said:\n\nThis morning, we recovered four bodies. One wore a life jacket.',
    );
    expect(claimOf(result, 'Tatang Zaenudin').claimant).toBe('Tatang Zaenudin');
  });

  it('gives a sentence to the one named at its close, who reports what the rest says', () => {
    const result = suggest(
      'Gordon Sondland met Tim Morrison. Afterward, Sondland said he had relayed the offer, Morrison testified.',
    );
    expect(claimOf(result, 'Afterward').claimant).toBe('Tim Morrison');
    expect(claimOf(result, 'Afterward').about).toEqual(['Gordon Sondland']);
  });

  it('reads what something was called in quotation marks after "as", however long the object, and a passive’s agent', () => {
    const result = suggest(
      'Thomas Hoenig leads the Kansas City Fed. A top Federal Reserve official sharply criticized Friday the policy of keeping rates near zero -- and at record lows -- as a "dangerous gamble." ' +
        'The Department of Conservation counted the whales. The strandings have been described as “heartbreaking” by the conservation department.',
    );
    expect(claimOf(result, 'A top Federal Reserve official').claimant).toBe('Federal Reserve');
    expect(claimOf(result, 'The strandings').claimant).toBe('Department of Conservation');
  });

  it('gives a quotation standing alone to the one person the sentence before opens on, not to a name that qualifies a noun', () => {
    const result = suggest(
      'Hori Parata has buried many whales.\n\nBut for Parata and his family the deaths are personal.\n\n“It’s very emotional. We need to listen.”\n\n' +
        'Many Trump supporters refused to give their names.\n\n“Everyone feels like we need to be inclusive.”',
    );
    expect(claimOf(result, '“It’s very emotional').claimant).toBe('Hori Parata');
    expect(result.claims.map((c) => c.quote)).not.toContain('“Everyone feels like we need to be inclusive.”');
  });
});

describe('suggest: who speaks', () => {
  it('reads who compiled the data, who made a survey of a year and the body a noun names as the source after "according to"', () => {
    const result = suggest(
      'Bloomberg tallied the jobs. Alabama’s job level remains low, according to data compiled by Bloomberg. ' +
        'According to a 2018 survey by Penelope Muse Abernathy, the firm cut staff. ' +
        'Whales died, according to whale rescue group Project Jonah, with 300 lost. (Reporting by Jane Doe; editing by Tim Roe)',
    );
    expect(claimOf(result, 'Alabama’s').claimant).toBe('Bloomberg');
    expect(claimOf(result, 'According to a 2018').claimant).toBe('Penelope Muse Abernathy');
    expect(claimOf(result, 'Whales died').claimant).toBe('Project Jonah');
    expect(names(result)).not.toContain('Jane Doe');
  });

  it('finds the subject before a relative clause with its own verb, and before a clause about where someone is from', () => {
    const result = suggest(
      'State Sen. Michael Doherty spoke first. Doherty, who represents a rural district, says his main frustration is that the cities get more aid, thanks to the courts. ' +
        'Eddie Foreman, 40, of Opelika, Alabama, who has a job at a restaurant, said better jobs are scarce.',
    );
    expect(claimOf(result, 'Doherty, who').claimant).toBe('Michael Doherty');
    expect(claimOf(result, 'Eddie Foreman').claimant).toBe('Eddie Foreman');
  });

  it('reads a word the text capitalises inside sentences as the name it is where it opens one and speaks', () => {
    const result = suggest(
      'The jury found Dylann Roof guilty, and Roof said nothing. Roof said he had been inspired by a search.',
    );
    expect(claimOf(result, 'Roof said he').claimant).toBe('Dylann Roof');
  });

  it('reads a scientist’s trade opening a sentence as a role before the surname', () => {
    const result = suggest(
      'Charitha Pattiaratchi, an oceanographer, said it would sink. Oceanographer Pattiaratchi said debris would float.',
    );
    expect(claimOf(result, 'Oceanographer').claimant).toBe('Charitha Pattiaratchi');
  });

  it('reads a surname opened by its particle in lower case, or by two, as the person’s', () => {
    const result = suggest(
      '“It is shallow,” said Erik van Sebille, an oceanographer. “It is so shallow,” said van Sebille. ' +
        'Ursula von der Leyen spoke too. Later, von der Leyen said more.',
    );
    expect(names(result)).toEqual(['Erik van Sebille', 'Ursula von der Leyen']);
    expect(claimOf(result, '“It is so shallow').claimant).toBe('Erik van Sebille');
    expect(claimOf(result, 'Later').claimant).toBe('Ursula von der Leyen');
    expect(
      names(suggest('In the book L’être et le Néon, the engineer Georges Claude is the hero, de Miranda notes.')),
    ).toEqual(['Georges Claude', 'de Miranda']);
  });

  it('reads the full stop of a firm’s short form as part of its name, before a verb or its officials', () => {
    const result = suggest(
      'Whirlpool Corp. said TVs use power. Consumer Electronics Assn. officials disputed that figure, arguing that it was old.',
    );
    expect(claimOf(result, 'Whirlpool').claimant).toBe('Whirlpool Corp');
    expect(claimOf(result, 'Consumer Electronics').claimant).toBe('Consumer Electronics Assn');
  });

  it('reads "the Times" after "The New York Times" as the newspaper', () => {
    const result = suggest(
      'The New York Times ran the story. Williams was turned away at the hospital, the Times reports.',
    );
    expect(claimOf(result, 'Williams').claimant).toBe('New York Times');
    expect(party(result, 'New York Times').aliases).toContain('Times');
  });

  it('gives "Mr." no woman a noun before her name says is one ("his daughter Ivanka Trump")', () => {
    const result = suggest(
      'Mr. Trump said she did a fantastic job. His daughter Ivanka Trump “would be incredible,” he said. Mr. Trump said he would decide soon.',
    );
    expect(names(result).sort()).toEqual(['Ivanka Trump', 'Mr. Trump']);
    expect(claimOf(result, 'Mr. Trump said he').claimant).toBe('Mr. Trump');
  });

  it('reads "the father" or "the son" speaking as the man the text is about, as "he" would be', () => {
    const result = suggest(
      'Seddique Mateen met reporters at his home. The attack shocked the family, the father said.',
    );
    expect(claimOf(result, 'The attack').claimant).toBe('Seddique Mateen');
    // With no one named for it, the noun still makes a claim, of no one.
    const unnamed = suggest('The attack shocked the town. The mother of a victim has described how she learned of it.');
    expect(claimOf(unnamed, 'The mother').claimant).toBeNull();
  });

  it('reads an office of a team written short, before a player’s name, whatever the team’s name is', () => {
    const result = suggest(
      '“Stephen has some substance now,” says Ravens GM Ozzie Newsome. Browns DL Sheldon Richardson, however, weighed in on Monday, saying that Rudolph should be disciplined.',
    );
    expect(claimOf(result, '“Stephen').claimant).toBe('Ozzie Newsome');
    expect(claimOf(result, 'Browns DL').claimant).toBe('Sheldon Richardson');
  });
});

describe('suggest: people’s names', () => {
  it('reads a participle opening a sentence before a title as no part of the name', () => {
    const result = suggest('Embattled Chief of Staff Reince Priebus, however, did note that Giuliani had passed.');
    expect(names(result)).toContain('Reince Priebus');
    expect(claimOf(result, 'Embattled').claimant).toBe('Reince Priebus');
  });

  it('keeps a titled name before "and" apart from a body after it', () => {
    expect(
      names(suggest('He is due to meet Chinese premier Li Keqiang and National People’s Congress chief Li Zhanshu.')),
    ).toEqual(['Li Keqiang', 'National People’s Congress', 'Li Zhanshu']);
  });

  it('reads an age, a role or a team’s position before a name no lexicon knows as a person’s', () => {
    const result = suggest(
      'News organizations wrongly identified 22-year-old Sunil Tripathi as the bomber. A 21-year-old East Flatbush resident spoke. ' +
        'Defenseman Jonas Brodin had scored. The league suspended Pittsburgh center Maurkice Pouncey.',
    );
    expect(names(result)).toEqual(['Sunil Tripathi', 'Jonas Brodin', 'Maurkice Pouncey']);
  });

  it('reads a name with a particle and an unknown given name, and the person before an employer’s owner', () => {
    const result = suggest(
      '“These findings could be significant,” Joost van Hoof of the Netherlands’ Fontys University said.',
    );
    expect(claimOf(result, '“These findings').claimant).toBe('Joost van Hoof');
  });

  it('reads a common word after a middle initial as a surname', () => {
    const result = suggest('“So far, so good!” Brian M. Good said he was expecting a horrible trip.');
    expect(names(result)).toEqual(['Brian M. Good']);
    expect(claimOf(result, '“So far').claimant).toBe('Brian M. Good');
  });

  it('does not end a name at a short line of a text its source wrapped by hand', () => {
    const text =
      'The search for the missing plane went on for a third day as ships and aircraft from several\n' +
      'countries combed the waters off the coast of Borneo in heavy rain and rising\n' +
      'seas, and the families of those on board gathered at the airport to wait for any\n' +
      'news of their relatives, some of whom had been travelling home for the holiday\n' +
      'with their children and grandparents, many of them for the first time in years.\n' +
      '“Any estimated crash position is in the sea,” said the agency director\n' +
      'Henry Bambang\n' +
      'Soelistyo\n' +
      'on Monday.';
    expect(claimOf(suggest(text), '“Any estimated').claimant).toBe('Henry Bambang Soelistyo');
  });
});

describe('suggest: bodies', () => {
  it('reads an airline before a flight’s number, and no flight as a party', () => {
    const result = suggest(
      'Malaysia Airlines Flight 370 vanished in 2014. Indonesia AirAsia Flight QZ8501 left Surabaya. The crash of Air France’s Flight 447 came first, Air France said.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Malaysia Airlines', 'AirAsia', 'Air France']));
    expect(names(result).filter((n) => /Flight/.test(n))).toEqual([]);
  });

  it('parts a sentence glued after a flight’s code', () => {
    const result = suggest(
      'Hadi Tjahnanto told MetroTV that the samples came from Flight QZ8501.The search seems certain to shift to a recovery.',
    );
    expect(claimOf(result, 'Hadi Tjahnanto').quote).toBe(
      'Hadi Tjahnanto told MetroTV that the samples came from Flight QZ8501.',
    );
  });

  it('reads the office of a place’s sheriff, prosecutor or attorney general as a body of its own', () => {
    const result = suggest(
      'Two men were held in jail, according to the Alabama Attorney General’s office. The Baldwin County Sheriff’s office said 12 were arrested. ' +
        'Bolivia’s public defender’s office said 30 were hurt.',
    );
    expect(names(result)).toEqual([
      'Alabama Attorney General’s office',
      'Baldwin County Sheriff’s office',
      'Bolivian public defender’s office',
    ]);
    expect(claimOf(result, 'The Baldwin').claimant).toBe('Baldwin County Sheriff’s office');
  });

  it('reads the White House named as a place as no party', () => {
    expect(
      names(
        suggest(
          'Obama took him to the White House in 2008. When he reaches the White House, he will change, Obama said.',
        ),
      ),
    ).toEqual(['Obama']);
    expect(names(suggest('The White House said the talks were over.'))).toEqual(['White House']);
  });
});

describe('suggest: names that are no parties', () => {
  it('leaves out a unit after a number, a plan and a route through a country', () => {
    const result = suggest(
      'Moon Jae-in announced a 2.1 GW floating solar project under the Fourth Energy Technology Development Plan. ' +
        'The deportees reached India via Bangladesh, an official said.',
    );
    expect(names(result)).toEqual(['Moon Jae-in', 'India']);
  });

  it('leaves out a note about the writer who joined the magazine, or with an address in brackets', () => {
    const result = suggest(
      'Moon Jae-in announced the plan a year ago, the ministry said.Emiliano Bellini  Emiliano joined pv magazine in March 2017. ' +
        'He has been reporting on solar since.\n\nJeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review.',
    );
    expect(names(result)).toEqual(['Moon Jae-in']);
  });
});
