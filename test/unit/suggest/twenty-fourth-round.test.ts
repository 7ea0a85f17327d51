// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: who speaks', () => {
  it('reads the Tories and the Conservatives as the Conservative Party, and a Tory source as one of it', () => {
    const result = suggest(
      'The Conservative Party wrote to the commissioner. A Tory source said: “It is shocking.” The Tories want an inquiry.',
    );
    expect(claimOf(result, 'A Tory source').claimant).toBe('Conservative Party');
    expect(party(result, 'Conservative Party').aliases).toContain('Tories');
  });

  it('reads "Number 10" and "No 10" as Downing Street, but not in "the No 10 policy unit"', () => {
    const result = suggest(
      'On Monday night, Number 10 said there would be no inquiry. No 10 confirmed the decision later. ' +
        'She was advised by the No 10 policy unit to wait.',
    );
    expect(claimOf(result, 'On Monday night').claimant).toBe('Downing Street');
    expect(claimOf(result, 'No 10 confirmed').claimant).toBe('Downing Street');
    expect(names(result)).not.toContain('Number');
  });

  it('gives a claim to the analysts’ firm ("according to analysts at … Goldman Sachs")', () => {
    const result = suggest(
      'According to analysts at US investment banking giant Goldman Sachs, oil reserves are vast. ' +
        'Researchers from the University of Toronto said the drug works.',
    );
    expect(claimOf(result, 'According to analysts').claimant).toBe('Goldman Sachs');
    expect(claimOf(result, 'Researchers from').claimant).toBe('University of Toronto');
  });

  it('gives a claim to the country its representatives or its delegation speak for', () => {
    const result = suggest(
      'On Wednesday, representatives for the US defended the decision, saying it was lawful. ' +
        'Appearing before the World Court, the South African delegation said Israel acted with impunity.',
    );
    expect(claimOf(result, 'On Wednesday').claimant).toBe('United States');
    expect(claimOf(result, 'Appearing before').claimant).toBe('South Africa');
  });

  it('gives "the US President said" to the one the text calls US President', () => {
    const result = suggest(
      'US President Donald Trump met Nato chief Mark Rutte. After the meeting with Rutte, the US President said: “Nato was not there.”',
    );
    expect(claimOf(result, 'After the meeting').claimant).toBe('Donald Trump');
  });

  it('gives the answer to a quoted question to the other one in the exchange', () => {
    const result = suggest(
      '“That can be true,” Elizabeth Prelogar said, “but the risk is far greater.”\n\n' +
        '“But there is some risk,” Samuel Alito interjected. “Do you dispute that?”\n\n' +
        '“There can be a very minimal risk with respect to some individuals.”',
    );
    expect(claimOf(result, '“But there').claimant).toBe('Samuel Alito');
    expect(claimOf(result, '“There can be').claimant).toBe('Elizabeth Prelogar');
  });

  it('gives no one the words of people close to someone, nor of someone’s supporters', () => {
    const result = suggest(
      'Nikki Haley resigned. People close to Ms. Haley insisted there was nothing behind her decision. ' +
        'Those around Haley admit she was tired. Mason Rudolph was hit. Rudolph’s supporters have stated that he had no choice.',
    );
    expect(claimOf(result, 'People close').claimant).toBeNull();
    expect(claimOf(result, 'Those around').claimant).toBeNull();
    expect(claimOf(result, 'Rudolph’s supporters').claimant).toBeNull();
  });

  it('reads a demand or a name given in quotation marks after "called", not a thing called so', () => {
    const result = suggest(
      'Senator Jane Ruiz called for unity. Mark Mateen called the massacre "the act of a terrorist." ' +
        'The Kremlin called on Kyiv to stop. He had fallen in love with a script called “Wild Rose,” a story of a singer.',
    );
    expect(claimOf(result, 'Senator Jane Ruiz').claimant).toBe('Jane Ruiz');
    expect(claimOf(result, 'Mark Mateen').claimant).toBe('Mark Mateen');
    expect(claimOf(result, 'The Kremlin').claimant).toBe('Kremlin');
    expect(result.claims.some((c) => c.quote.startsWith('He had fallen'))).toBe(false);
  });

  it('reads a charge in the passive as a claim, by its agent or no one, but not one that would be made', () => {
    const result = suggest(
      'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to deceive voters. ' +
        'Jeremy Corbyn, a socialist, is accused by critics of promoting high-tax policies.',
    );
    expect(claimOf(result, 'LONDON').claimant).toBeNull();
    expect(claimOf(result, 'Jeremy Corbyn').claimant).toBeNull();
    expect(suggest('But you know I’d then be accused of nepotism, if you can believe it.').claims).toEqual([]);
  });

  it('reads "indicated" and a clause without "that" after "added" or "suggested"', () => {
    const result = suggest(
      'The company indicated to the aides that it sought a cheaper aircraft. The ministry added the attack was retaliation for raids.',
    );
    expect(claimOf(result, 'The company indicated').cue).toBe('indicate');
    expect(claimOf(result, 'The ministry added').cue).toBe('add');
  });

  it('reads an explainer’s question heading as no claim, and parts it from the sentence glued after it', () => {
    const result = suggest(
      'What has Trump said about Nato?The reported memo follows attacks on the alliance, officials said. What did the prosecutors say?',
    );
    expect(claimOf(result, 'The reported memo').claimant).toBeNull();
    expect(result.claims).toHaveLength(1);
  });

  it('reads a negation run together with its verb ("wasn’t announced")', () => {
    const result = suggest('The price wasn’t announced. The terms weren’t disclosed.');
    expect(result.claims).toEqual([]);
  });
});

describe('suggest: sentences and quotations', () => {
  it('parts paragraphs joined by a zero-width joiner', () => {
    const result = suggest(
      'Another officer, John Cannon, said: “We went down to the cellar.”\u200cHansen said: “I opened the freezer.”',
    );
    expect(claimOf(result, 'Another officer').quote).not.toContain('Hansen');
    expect(claimOf(result, 'Hansen said').claimant).toBe('Hansen');
  });

  it('ends a quotation’s sentence before a title’s full stop ("…is.” Ms. Haley")', () => {
    const result = suggest(
      'Mr. Trump added, “I’d rather keep Ric where he is.”Ms. Haley is said to have a strained relationship with Mr. Bolton.',
    );
    expect(claimOf(result, 'Mr. Trump added').quote).not.toContain('Haley');
  });

  it('ends a sentence at a quotation glued to the next one or to a heading in single quotes', () => {
    const result = suggest(
      'Dali Mpofu said the state was prosecuting his client on an “interpretation of her tweets”.“What is dangerous about a tweet?” he asked. ' +
        'Chief Kirchmeier said: “It is unfair for the police to be at the center of that storm.”‘It’s just under the surface’Women hold a ceremony.',
    );
    expect(claimOf(result, 'Dali Mpofu said').quote).not.toContain('What is');
    expect(claimOf(result, 'Chief Kirchmeier').quote).not.toContain('surface');
  });

  it('ends a sentence after a code glued to the next ("COVID-19.Last month")', () => {
    const result = suggest(
      'Trump has described the drug as a "game-changer" though it is no cure for COVID-19.Last month, the Indian government said it would hold exports.',
    );
    expect(claimOf(result, 'Trump has described').quote).not.toContain('Last month');
  });

  it('reads "Asst." as a title and an adverb between a speaker and the verb after a question', () => {
    const result = suggest(
      'Cortines joined a call with LAPD Asst. Chief Earl Paysinger, according to interviews. “Can I give it to James?” Brooke tearfully asked.',
    );
    expect(claimOf(result, 'Cortines joined').quote).toContain('Paysinger');
    expect(claimOf(result, '“Can I give').claimant).toBe('Brooke');
  });

  it('parts a capitalised word glued to the story’s next sentence ("GirlThe suspect said")', () => {
    const result = suggest('Video Shows Dramatic Rescue of Kidnapped GirlThe suspect said he needed to get dressed.');
    expect(claimOf(result, 'The suspect said').quote).toBe('The suspect said he needed to get dressed.');
  });
});

describe('suggest: people and bodies', () => {
  it('merges "Nato" with the North Atlantic Treaty Organization', () => {
    const result = suggest(
      'The North Atlantic Treaty Organization was founded in 1949. Nato said on Monday that it would respond.',
    );
    expect(names(result)).toEqual(['North Atlantic Treaty Organization']);
    expect(claimOf(result, 'Nato said').claimant).toBe('North Atlantic Treaty Organization');
  });

  it('names British papers whose names are common words, and Business Insider', () => {
    const result = suggest(
      'Friends told the Daily Mail that she was frustrated. He told Business Insider it was bad. The Evening Standard reported the row.',
    );
    for (const name of ['Daily Mail', 'Business Insider', 'Evening Standard']) expect(names(result)).toContain(name);
  });

  it('reads given names listed with a full name as people', () => {
    const result = suggest(
      'At the trial three of her accusers – Jane, Carolyn and Annie Farmer – gave testimony that the trafficker touched them.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Jane', 'Carolyn', 'Annie Farmer']));
  });

  it('tells "Lady Starmer" from "Sir Keir Starmer" and keeps "Mr" without a full stop in the name', () => {
    const result = suggest(
      'Sir Keir Starmer defended the gifts. It is shocking that Lady Starmer wore them, a source said. Mr Cohen said so.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Keir Starmer', 'Lady Starmer', 'Mr Cohen']));
  });

  it('keeps a person apart from the city they are of ("Greg Taylor of Indianapolis")', () => {
    const result = suggest('Senate Democratic Leader Greg Taylor of Indianapolis said schools will suffer.');
    expect(claimOf(result, 'Senate Democratic').claimant).toBe('Greg Taylor');
  });

  it('keeps a body’s plural in its name before a title ("Government Employees President")', () => {
    const result = suggest(
      'American Federation of Government Employees President J. David Cox Sr. warned against the cuts.',
    );
    expect(names(result)).not.toContain('American Federation of Government');
  });

  it('reads "The Post and Courier newspaper" as one paper', () => {
    const result = suggest('The Post and Courier newspaper reported on the closing argument.');
    expect(names(result)).toEqual(['Post and Courier']);
  });
});

describe('suggest: not parties', () => {
  it('reads "the PM" alone as no one', () => {
    const result = suggest('The PM said he was sorry. Keir Starmer later said it again.');
    expect(names(result)).not.toContain('PM');
  });

  it('reads Hollywood and Beverly Hills as places, and a place in a royal title as no party', () => {
    const result = suggest(
      'The gala in Beverly Hills honours a Hollywood mogul. Meghan is less popular than the Princess of Wales, a poll found.',
    );
    for (const name of ['Beverly Hills', 'Hollywood', 'Wales']) expect(names(result)).not.toContain(name);
  });

  it('reads "the House and Senate" as two chambers, not one body', () => {
    const result = suggest('The Indiana deal finally got House and Senate votes, the governor said.');
    expect(names(result)).not.toContain('House and Senate');
  });

  it('drops a live blog’s post author after its time, and a credit parted by bars', () => {
    const result = suggest(
      'Britain (Image: Getty) 5 hours ago07:22 Jon KingUnusual way Donald Trump saved Prince Harry from trouble. ' +
        'Francesco Carta Fotografo | Moment | Getty ImagesWhen it comes to bitcoin, new investors follow friends, according to a study.',
    );
    for (const name of ['Jon King', 'Jon KingUnusual', 'Francesco Carta Fotografo'])
      expect(names(result)).not.toContain(name);
  });

  it('drops a page’s time stamp glued between the standfirst and the story', () => {
    const result = suggest(
      'WARNING GRAPHIC DETAIL: Brave Marina Lacerda has described the abuse she suffered at the hands of the billionaire paedophile ' +
        'and says he treated his victims like dolls12:43, 20 Apr 2026Updated 12:44, 20 Apr 2026A woman who was raped ' +
        'from the ages of 14 to 17 by Jeffrey Epstein has revealed she was never allowed into the bedroom.',
    );
    expect(names(result)).not.toContain('Updated');
  });

  it('drops a newsletter prompt and the papers and agencies it names', () => {
    const result = suggest(
      'The abuse went on for years, she said. For the latest breaking news from the Daily Star and Reuters, sign up for our newsletters.',
    );
    expect(names(result)).toEqual([]);
  });

  it('reads a prefixed common noun opening a sentence as no one ("Ex-friends told …")', () => {
    const result = suggest('Ex-friends told the Daily Mail that the star was frustrated.');
    expect(names(result)).toEqual(['Daily Mail']);
    expect(claimOf(result, 'Ex-friends').claimant).toBeNull();
  });
});
