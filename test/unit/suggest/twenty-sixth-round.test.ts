// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { tokenize } from '../../../core/suggest/text';
import { claimOf, names, party } from './support';

describe('suggest: who speaks', () => {
  it('reads "highlighted", "articulated", "denounced", "professed" and a plural "stress" as cues, and "shares", "reflects" or "answered" as a tag', () => {
    const result = suggest(
      'In May, Munir highlighted the issue of "negative propaganda" on social media. ' +
        'Adv Mokitimi Tšosane articulated that the amendments threaten the constitution. ' +
        'Experts stress that Trump must learn as much as possible. ' +
        '“Education was a passion driven by my father,” Adv Tšosane shares. ' +
        '“My grandmother was the shield against poverty,” he reflects, emphasizing her role.',
    );
    expect(claimOf(result, 'In May, Munir').claimant).toBe('Munir');
    expect(claimOf(result, 'Adv Mokitimi').claimant).toBe('Mokitimi Tšosane');
    expect(claimOf(result, 'Experts stress').cue).toBe('stress');
    expect(claimOf(result, '“Education').claimant).toBe('Mokitimi Tšosane');
    expect(claimOf(result, '“My grandmother').claimant).toBe('Mokitimi Tšosane');
    const more = suggest(
      'Aaron Bushnell made news when he professed that he would “no longer be complicit.” ' +
        'Bushnell denounced Israel as an “apartheid state.” Asked if he regretted it, Bushnell answered, “Absolutely not.” ' +
        'Up until recently, Caudevilla answered questions on the marketplace “Evolution.”',
    );
    for (const start of ['Aaron Bushnell made', 'Bushnell denounced', 'Asked if'])
      expect(claimOf(more, start).claimant).toBe('Aaron Bushnell');
    expect(more.claims.some((c) => c.quote.startsWith('Up until'))).toBe(false);
  });

  it('reads a user name with one digit as someone wherever the text names it, once it posts or writes', () => {
    const result = suggest(
      '“Piracy is always ethical,” acebush1 posted. In an earlier post, acebush1 had written, “I’ve never been one for it.” ' +
        'In May, acebush1 posted a photo with the caption “My Dad getting suited up.” Acebush1’s last post was on February 24.',
    );
    expect(party(result, 'acebush1').kind).toBe('person');
    expect(claimOf(result, 'In an earlier post').claimant).toBe('acebush1');
    expect(claimOf(result, 'In May, acebush1').claimant).toBe('acebush1');
  });

  it('reads "it" after a state that acted as the state, and "they" opening a sentence as a speaker left unnamed', () => {
    expect(
      claimOf(suggest('Israel rejected the ruling. It argued that no obligation exists on it.'), 'It argued').claimant,
    ).toBe('Israel');
    const result = suggest(
      'Villagers met on Monday. They insist that the company should leave. ' +
        'The company published the goals they claim for data collection.',
    );
    expect(claimOf(result, 'They insist').claimant).toBeNull();
    expect(result.claims.some((c) => c.quote.startsWith('The company published'))).toBe(false);
  });

  it('gives "a company spokesperson" to the company and "the government" to the state the sentence or the last one named', () => {
    const company = suggest(
      'Acme Corp said it received the letter. "We take this seriously," a company spokesperson said.',
    );
    expect(claimOf(company, '"We take').claimant).toBe('Acme Corp');
    const states = suggest(
      'As host of COP30, Brazil’s role is to serve as a neutral facilitator: the government says it will lead by example. ' +
        'India is growing fast. In June, its government announced that half its capacity is clean.',
    );
    expect(claimOf(states, 'As host').claimant).toBe('Brazil');
    expect(claimOf(states, 'In June').claimant).toBe('India');
  });

  it('gives a claim to the named spokesperson after a rank of two words, not to the country the office is of', () => {
    const result = suggest(
      "On Tuesday, Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said the appointment would not stop Israel.",
    );
    expect(claimOf(result, 'On Tuesday').claimant).toBe('Daniel Hagari');
  });

  it('reads a speaking acronym no lexicon knows as a body and "The Honourable" as a style', () => {
    const result = suggest(
      'According to STATIN, Jamaica earned just over US $1.4 billion from exports last year. ' +
        'The Honourable Natalio Wheatley said he was shocked.',
    );
    expect(party(result, 'STATIN').kind).toBe('organization');
    expect(claimOf(result, 'The Honourable').claimant).toBe('Natalio Wheatley');
  });

  it('links Caribbean demonyms to their countries', () => {
    const result = suggest(
      'The Bahamian government said prices would rise. The Jamaican government said exports grew. ' +
        'Trinidadian officials said the motion failed.',
    );
    expect(claimOf(result, 'The Bahamian').claimant).toBe('Bahamas');
    expect(claimOf(result, 'The Jamaican').claimant).toBe('Jamaica');
    expect(claimOf(result, 'Trinidadian officials').claimant).toBe('Trinidad and Tobago');
  });
});

describe('suggest: sentences', () => {
  it('parts a quotation closed on a word from the next paragraph glued to it, and reads a glued quoted heading as no claim', () => {
    const result = suggest(
      'Stoltenberg told Zelensky that Ukraine could still join in "the long term"However, speaking in August 2025, ' +
        'US President Donald Trump said there will be "no going into Nato by Ukraine". ' +
        'The agency held people far longer, although arrivals have since fallen."We write with urgency"In a letter, ' +
        'the doctors said they would act. ' +
        "Experts weighed in on the talks.'There is only one place for Yahya Sinwar'On Tuesday, the army's spokesman, " +
        'Daniel Hagari, said the appointment changed nothing.',
    );
    expect(claimOf(result, 'However, speaking').claimant).toBe('Donald Trump');
    expect(result.claims.some((c) => c.quote.startsWith('"We write'))).toBe(false);
    expect(claimOf(result, 'On Tuesday').claimant).toBe('Daniel Hagari');
  });
});

describe('suggest: people and bodies', () => {
  it('keeps a royal title with its name and reads "bin" inside it', () => {
    const result = suggest(
      'The plan was decreed in 2011 by Sultan Qaboos bin Said, who took power in 1970. ' +
        'The program was established in 2020 by Sultan Haitham bin Tarik, the successor of Sultan Qaboos.',
    );
    expect(names(result)).toContain('Qaboos bin Said');
    expect(names(result)).toContain('Haitham bin Tarik');
  });

  it('reads a capitalised particle inside a name no lexicon knows', () => {
    const result = suggest('Jamil Al Saadouni said the war had to end.');
    expect(claimOf(result, 'Jamil').claimant).toBe('Jamil Al Saadouni');
  });

  it('names the paper that finds after a comma and the outlet with a capital inside that is told', () => {
    const result = suggest(
      'Using a lookup tool, The Intercept found that the same account was used. ' +
        '“These features help,” Enslin told TechCrunch.',
    );
    expect(party(result, 'Intercept').kind).toBe('organization');
    expect(party(result, 'TechCrunch').kind).toBe('organization');
  });

  it('reads Labor or Labour alone as the party where it owns or acts, not where it describes work', () => {
    const result = suggest(
      'Bowen defended the plan, just shy of Labor’s 43 per cent target. ' +
        'Labor journalist Alex Press noted the strike was long.',
    );
    expect(party(result, 'Labor').kind).toBe('organization');
    const alone = suggest('Labor journalist Alex Press noted the strike was long.');
    expect(names(alone)).not.toContain('Labor');
  });

  it('names a body by the noun before it, by its seat before "-based" and by an acronym in its appositive', () => {
    const result = suggest(
      'In September, the human rights organization Safeguard Defenders identified several dozen police stations. ' +
        'Muscat-based ETCO Space, for example, worked with two Polish companies. ' +
        'A 2022 survey from Robocorp, an RPA provider, finds that most bots break. ' +
        'Windows-based PCs sold well.',
    );
    for (const name of ['Safeguard Defenders', 'ETCO Space', 'Robocorp'])
      expect(party(result, name).kind).toBe('organization');
    expect(names(result)).not.toContain('PCs');
  });

  it('parts an office written before "of" and its body from the body and from the officer named after it', () => {
    const result = suggest(
      'In the meantime, Managing Director of Carita Jamaica Limited, Rita Hilton says the demand is up. ' +
        'Prices keep rising, President and Chief Financial Officer of Super Value Debra Symonette said yesterday.',
    );
    expect(names(result)).toContain('Carita Jamaica Limited');
    expect(claimOf(result, 'Prices keep rising').claimant).toBe('Debra Symonette');
    expect(names(result).some((n) => n.includes('Officer') || n.includes('Director'))).toBe(false);
  });
});

describe('suggest: not parties', () => {
  it('drops storms, trophies, resolutions, roads and island groups named like people or bodies', () => {
    const result = suggest(
      'Hurricane Ian battered Florida, officials said. Typhoon Haiyan killed thousands. ' +
        'The Heisman Trophy winner said he was proud. The committee acts under House Resolution 11, the lawmakers said. ' +
        'Traffic on the Sam Rayburn Tollway slowed, police said. Ships sailed to the Bismarck Archipelago, the navy said.',
    );
    for (const name of [
      'Hurricane Ian',
      'Typhoon Haiyan',
      'Heisman Trophy',
      'House Resolution',
      'Sam Rayburn Tollway',
      'Bismarck Archipelago',
    ])
      expect(names(result)).not.toContain(name);
  });

  it('drops lone "VP" and "King’s Counsel", and an eponym before "law"', () => {
    const result = suggest(
      '“RPA can mimic human actions,” Saikat Ray, VP analyst at Gartner, explained. ' +
        'Advocate Karabo Mohau King’s Counsel (KC) once cautioned: “Amendment is indispensable.” ' +
        '“Murphy’s law always applies,” said Stuart Martin.',
    );
    for (const name of ['VP', 'Counsel', 'Murphy']) expect(names(result)).not.toContain(name);
    expect(claimOf(result, 'Advocate Karabo').claimant).toBe('Karabo Mohau');
  });
});

describe('tokenize: glued lines', () => {
  it('parts a surname with an apostrophe from the live post glued after its byline', () => {
    const words = tokenize("11:03Gavin O'CallaghanLunch? Popular spot").map((t) => t.text);
    expect(words).toEqual(['11:03', 'Gavin', "O'Callaghan", 'Lunch', '?', 'Popular', 'spot']);
  });
});
