// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: who speaks', () => {
  it('gives a claim to the one a party word describes after an inverted verb ("said Republican strategist …")', () => {
    const result = suggest(
      'The race is close, said Republican strategist Karl Rove. It will turn on turnout, said veteran Democratic pollster Jane Ruiz.',
    );
    expect(claimOf(result, 'The race').claimant).toBe('Karl Rove');
    expect(claimOf(result, 'It will turn').claimant).toBe('Jane Ruiz');
  });

  it('finds the officer after a park, a service and an unlisted rank ("State Park Ranger Supervisor …")', () => {
    const result = suggest(
      'A shark bit a surfer on Saturday. California State Park Ranger Supervisor Robert Colligan said the attack happened at around 11 a.m.',
    );
    expect(claimOf(result, 'California State Park').claimant).toBe('Robert Colligan');
  });

  it('keeps an officer whose name ends in a generation after a union and a title', () => {
    const result = suggest(
      'American Federation of Government Employees President J. David Cox Sr. warned against the cuts on Friday.',
    );
    expect(party(result, 'J. David Cox Sr.').kind).toBe('person');
    expect(names(result)).not.toContain('American Federation of Government Employees President J. David Cox Sr.');
  });

  it('reads the town and county someone is from as places, not as the speaker', () => {
    const result = suggest(
      'Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said: “I started my career in the shipyards.” ' +
        'In a letter in May, Zippy Duvall, the president of the American Farm Bureau, said farmers faced ruin.',
    );
    expect(claimOf(result, 'Fellow protester').claimant).toBe('Richard Weir');
    expect(names(result)).not.toContain('North Tyneside');
    expect(claimOf(result, 'In a letter').claimant).toBe('Zippy Duvall');
  });

  it('parts a "Read Next" prompt glued to the story’s next line, which is no one', () => {
    const result = suggest(
      'Read NextFellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, said: “I started in the shipyards.”',
    );
    expect(claimOf(result, 'Fellow protester').claimant).toBe('Richard Weir');
    for (const name of ['Next', 'Fellow', 'NextFellow']) expect(names(result)).not.toContain(name);
  });

  it('gives a claim to the resident a city names ("said Kyiv resident …")', () => {
    const result = suggest('“It was a terrible night,” said Kyiv resident Svitlana Onofryichuk.');
    expect(claimOf(result, '“It was').claimant).toBe('Svitlana Onofryichuk');
  });

  it('gives a claim to who analysed the data after "according to an analysis of … by"', () => {
    const result = suggest(
      'Parents are far more likely to take unpaid time off, according to an analysis of Census survey data by The Associated Press.',
    );
    expect(claimOf(result, 'Parents').claimant).toBe('Associated Press');
  });

  it('reads "the Air Force said" as the force, and Air Force One as a plane', () => {
    const result = suggest(
      'The attack included 600 drones, Zelenskyy said. Around 19 missiles failed to reach targets, the Air Force said. ' +
        'Trump later flew home on Air Force One.',
    );
    expect(claimOf(result, 'Around 19').claimant).toBe('Air Force');
    expect(names(result)).not.toContain('Air Force One');
  });

  it('reads a region’s or a city’s body named in lower case ("the Sichuan health commission said")', () => {
    const result = suggest(
      'A man in Inner Mongolia caught the plague. The Inner Mongolia health commission said in a statement that he had eaten a rabbit.',
    );
    expect(party(result, 'Inner Mongolia health commission').kind).toBe('organization');
    expect(claimOf(result, 'The Inner Mongolia').claimant).toBe('Inner Mongolia health commission');
    expect(names(result)).not.toContain('Inner Mongolia');
  });

  it('reads a chamber of commerce as a body that writes', () => {
    const result = suggest('The Greater Oklahoma City Chamber wrote that the proposed rule would be detrimental.');
    expect(claimOf(result, 'The Greater').claimant).toBe('Greater Oklahoma City Chamber');
  });
});

describe('suggest: cues', () => {
  it('reads "affirmed" as a cue', () => {
    const result = suggest('In an interview, Feng Zhang affirmed he had made the discoveries on his own.');
    expect(claimOf(result, 'In an interview').claimant).toBe('Feng Zhang');
  });
});

describe('suggest: people and bodies', () => {
  it('reads a country’s name that is also a given name, before a surname, as a person', () => {
    const result = suggest('The film, a debut from Key & Peele’s Jordan Peele, is good. Israel Katz said so.');
    expect(party(result, 'Jordan Peele').kind).toBe('person');
    expect(party(result, 'Israel Katz').kind).toBe('person');
    expect(names(result)).not.toContain('Jordan');
  });

  it('keeps "Bank of Canada" whole when it opens a sentence', () => {
    const result = suggest('Bank of Canada hikes rate to 2.5%. The Bank of Canada began its campaign in March.');
    expect(party(result, 'Bank of Canada').kind).toBe('organization');
    expect(names(result)).not.toContain('Canada');
  });

  it('makes Palestinians a group, not a demonym', () => {
    const result = suggest('The talks ignored the Palestinians, Jamil Saadouni said.');
    expect(party(result, 'Palestinians').kind).toBe('group');
  });

  it('parts two names joined by "and" when the second opens with a head and "of"', () => {
    const result = suggest(
      'Wall referred to the administration’s loss in the Harvard and University of North Carolina cases, he said.',
    );
    expect(names(result)).not.toContain('Harvard and University of North Carolina');
    expect(party(result, 'University of North Carolina').kind).toBe('organization');
  });
});

describe('suggest: not parties', () => {
  it('leaves out countries a tour went to and countries of today that name where something was', () => {
    const result = suggest(
      'The five-day tour of Ghana, Nigeria, Rwanda, Mozambique and South Africa was meant to draw attention to AIDS, she said. ' +
        'Carl Peters bought land in what is now Tanzania, Kenya and Burundi, the historian said.',
    );
    for (const country of ['Ghana', 'Nigeria', 'Rwanda', 'Mozambique', 'South Africa', 'Tanzania', 'Kenya', 'Burundi'])
      expect(names(result)).not.toContain(country);
  });

  it('leaves out the places a list after "states of" or "states like" names', () => {
    const result = suggest(
      'Harris breathed new life into the party’s prospects across the Sun Belt states of Arizona, Georgia, Nevada and North Carolina, he said. ' +
        'Trump allies suggested states like Minnesota, Virginia or even New Jersey might be in play, she said.',
    );
    for (const state of ['Arizona', 'Georgia', 'Nevada', 'North Carolina', 'Minnesota', 'Virginia', 'New Jersey'])
      expect(names(result)).not.toContain(state);
  });

  it('leaves out the Electoral College, the West Bank and the Gaza Strip', () => {
    const result = suggest(
      'Trump won the Electoral College, he said. Settlements in the West Bank grew, the group said. Aid reached the Gaza Strip, Smith said.',
    );
    for (const name of ['Electoral College', 'West Bank', 'Gaza Strip']) expect(names(result)).not.toContain(name);
  });

  it('leaves out the country of a war, an agreement, talks or a football side named after it or its capital', () => {
    const result = suggest(
      'He recalled the Vietnam War protests, Smith said. Trump was open to the Paris agreement, Jones said. ' +
        'Shamir opposed the Madrid peace talks, Bush said. The London side hired Mourinho, Brown said.',
    );
    for (const country of ['Vietnam', 'France', 'Spain', 'United Kingdom'])
      expect(names(result)).not.toContain(country);
  });

  it('leaves out a pageant’s crown named for a state', () => {
    const result = suggest(
      'Elizabeth Prelogar won the Miss Idaho title in 2004. She said she used the scholarship money for law school.',
    );
    expect(names(result)).not.toContain('Idaho');
    expect(claimOf(result, 'She said').claimant).toBe('Elizabeth Prelogar');
  });

  it('leaves out a word run together with "is" ("Here’s the latest:")', () => {
    const result = suggest(
      'The region is claimed by both India and Pakistan.Here’s the latest:Prime Minister Shehbaz Sharif on Wednesday commended the army, ' +
        'claiming that five Indian aircraft were downed.',
    );
    expect(names(result)).not.toContain('Here’s');
    expect(claimOf(result, 'Here’s').claimant).toBe('Shehbaz Sharif');
  });

  it('leaves out the field of an office before its holder, but keeps a body’s head word and a firm', () => {
    const result = suggest(
      'The trip was paid for privately, Communications Minister Fahmi Fadzil said today. ' +
        'Police and Crime Commissioner Matt Storey said the town was calm. Snapchat CEO Evan Spiegel said no.',
    );
    expect(names(result)).not.toContain('Communications');
    expect(names(result)).not.toContain('Crime');
    expect(claimOf(result, 'The trip').claimant).toBe('Fahmi Fadzil');
    expect(party(result, 'Snapchat').kind).toBe('organization');
  });

  it('leaves out peoples’ words joined by a hyphen ("an Indian-American mother")', () => {
    const result = suggest(
      'He was barred from an Asian-American student alliance meeting, he said. She was born to an Indian-American mother, Harris said.',
    );
    for (const name of ['Asian-American', 'Indian-American']) expect(names(result)).not.toContain(name);
  });

  it('reads a state before "Governor" as where the office is held', () => {
    const result = suggest(
      'The other contenders, Florida Governor Ron DeSantis and Texas Gov. Greg Abbott, were weak, he said.',
    );
    expect(names(result)).not.toContain('Florida');
    expect(names(result)).not.toContain('Texas');
    expect(party(result, 'Ron DeSantis').kind).toBe('person');
  });

  it('leaves out a letter joined to a word ("a bright green T-shirt"), which is no one to speak', () => {
    const result = suggest(
      '"I, Seddique Mateen, am declaring myself as a candidate," he said. A photo was posted of a bright green T-shirt ' +
        'depicting him and the words: "Seddique Mateen: the real leader." In another video, he accused President Barack Obama of supporting Pakistan.',
    );
    expect(names(result)).not.toContain('T-shirt');
    expect(result.claims.map((c) => c.claimant)).not.toContain('T-shirt');
  });

  it('leaves out bylines parted by middle dots and an author’s note under its heading', () => {
    const result = suggest(
      'Sinwar was named days after Ismail Haniyeh was killed in Tehran Yasmine Hassan  · CBC News  · Posted: Aug 08, 2024. ' +
        '“We need peace,” said Amer. ABOUT THE AUTHORYasmine Hassan is a producer filing stories on the Middle East.',
    );
    expect(names(result).some((n) => n.includes('Yasmine Hassan'))).toBe(false);
  });

  it('leaves out a city in Gaza, a region and a district named with their lower-case word', () => {
    const result = suggest(
      'Jamil Saadouni spoke in Khan Younis, he said. The authorities of the Luhansk region announced mourning. ' +
        'In Kyiv’s Shevchenko district, a building was hit, officials said.',
    );
    for (const name of ['Khan Younis', 'Luhansk', 'Shevchenko']) expect(names(result)).not.toContain(name);
  });

  it('leaves out a list of other stories’ headlines that ends the text', () => {
    const result = suggest(
      'Volker said the meeting was part of the dialogue.\n\nTrending\n\n' +
        "'Tarzan' actor Ron Ely's wife killed; son shot by deputies\n\n" +
        'Iowa man finds 5 inches of animal blood flooding basement\n\n' +
        'Airline went into records after Max crash, engineer says\n',
    );
    expect(names(result)).not.toContain('Ron Ely');
    expect(names(result)).not.toContain('Iowa');
  });

  it('leaves out a site’s sign-in prompt and Orlando, a city the lexicon lacks', () => {
    const result = suggest(
      'Get email updates from your favourite authorsSign In or Create an Account. ' +
        'For Orlando Holidays you’re likely to look at flights, Tessa Bishop said.',
    );
    expect(names(result)).not.toContain('Sign In');
    expect(names(result)).not.toContain('Orlando');
  });

  it('leaves out newsletter prompts', () => {
    const result = suggest(
      'Breaking News EmailsGet breaking news alerts and special reports. ' +
        'Get daily Canada news delivered to your inbox so you never miss the top stories. The mayor said the city was calm.',
    );
    expect(names(result).some((n) => n.includes('Emails'))).toBe(false);
    expect(names(result)).not.toContain('Canada');
  });
});
