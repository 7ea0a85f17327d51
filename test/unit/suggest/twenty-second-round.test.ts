// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { tokenize } from '../../../core/suggest/text';
import { claimOf, names, party } from './support';

describe('suggest: who speaks', () => {
  it('keeps "Larry Page" whole when the text writes "page" in lower case too, as "Page said" shows', () => {
    const result = suggest(
      'In July 2001, Larry Page decided to fire the managers. “It’s too slow,” Page said. The page took 600 milliseconds to load.',
    );
    expect(party(result, 'Larry Page').aliases).toEqual(['Page']);
    expect(claimOf(result, '“It’s too slow').claimant).toBe('Larry Page');
  });

  it('reads "the President said" with a capital as the president the text named', () => {
    const result = suggest(
      'President Donald Trump met Mitt Romney on Tuesday. “I won the popular vote,” the President said in a tweet.',
    );
    expect(claimOf(result, '“I won').claimant).toBe('Donald Trump');
  });

  it('reads "the then prime minister said" as the prime minister the text named', () => {
    const result = suggest(
      'Prime Minister Margaret Thatcher ruled for years. In 1988, the then prime minister said the exams were too easy.',
    );
    expect(claimOf(result, 'In 1988').claimant).toBe('Margaret Thatcher');
  });

  it('finds the speaker of a description whose closing comma is missing', () => {
    const result = suggest(
      'Despite the concern from New Yorkers, Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs told Mashable the drills were routine. ' +
        '“He talks about compassion,” Brian Gianforte, a 32-year-old member of Montana’s LGBTQ+ community said of his father.',
    );
    expect(claimOf(result, 'Despite').claimant).toBe('Eric Durr');
    expect(claimOf(result, '“He talks').claimant).toBe('Brian Gianforte');
  });

  it('finds the person before "from" their employer and the words for their office', () => {
    const result = suggest(
      'When asked, Matthew O’Connor from UPS corporate communications said, “We don’t want any of our employees to work long hours.”',
    );
    expect(claimOf(result, 'When asked').claimant).toBe('Matthew O’Connor');
  });

  it('gives what a relative clause denies to the one it is about', () => {
    const result = suggest('Julian Assange, who denies the accusation, has avoided extradition to Sweden for years.');
    expect(claimOf(result, 'Julian Assange').claimant).toBe('Julian Assange');
  });

  it('reads a town’s name that is also a surname, speaking inside a sentence, as the person', () => {
    const result = suggest(
      '“Putin blamed me for the outrage, and that is the direct line to what he did in this election,” Clinton said, The New York Times reported. ' +
        'From this perspective, interfering in Clinton’s own presidential campaign was revenge.',
    );
    expect(party(result, 'Clinton').kind).toBe('person');
    // The paper that reports her words is the claimant, by the labels' rule for nested reports.
    expect(claimOf(result, '“Putin blamed').claimant).toBe('New York Times');
  });

  it('hears staffers and insiders, and caucus members for their caucus', () => {
    const result = suggest(
      '“This fight is not something Scooter agrees with,” the insider added. The staffer noted that the office was burglarized. ' +
        'That night, all 21 Montana Freedom Caucus members demanded that Zephyr apologize.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([
      '“This fight is not something Scooter agrees with,” the insider added.',
      'The staffer noted that the office was burglarized.',
      'That night, all 21 Montana Freedom Caucus members demanded that Zephyr apologize.',
    ]);
    expect(claimOf(result, 'That night').claimant).toBe('Montana Freedom Caucus');
  });
});

describe('suggest: cues and answers', () => {
  it('reads "noted on Oct. 6 that" past the month written short', () => {
    const result = suggest('Tiff Macklem noted on Oct. 6 that demand is outpacing supply.');
    expect(claimOf(result, 'Tiff Macklem').claimant).toBe('Tiff Macklem');
  });

  it('reads "reminded", "texted to say" and "assures" as ways of saying', () => {
    const result = suggest(
      'Stephen Jones sat with his father. “And Zack,” Stephen reminded his father. Judy Avalos was there. At 9:24 p.m., Avalos texted to say they were there. ' +
        'Prince Andrew was asked again. “Oh, actually? Yes,” he assures himself.',
    );
    expect(claimOf(result, '“And Zack').claimant).toBe('Stephen Jones');
    expect(claimOf(result, 'At 9:24').claimant).toBe('Judy Avalos');
    expect(claimOf(result, '“Oh, actually').claimant).toBe('Prince Andrew');
  });

  it('ends a sentence glued after an acronym: "told the BBC.Twitter pledged"', () => {
    const result = suggest(
      'Dominic Raab defended it. “We make no apology,” Raab told the BBC.Twitter pledged to take “decisive corrective action” in the future.',
    );
    expect(claimOf(result, '“We make no apology').quote).toBe('“We make no apology,” Raab told the BBC.');
    expect(claimOf(result, 'Twitter pledged').claimant).toBe('Twitter');
  });

  it('parts a headline glued to the story’s next sentence, but not a speech verb from its link', () => {
    const result = suggest(
      'Barack Obama gave an interview.\n\nFive things we learned from Obama interviewThe presidential body swerveOn race relations, Mr Obama said progress had been made. ' +
        'Vidyard launched a product. The company saidOpens a new window that the lineup answers demand.',
    );
    expect(claimOf(result, 'On race relations').quote).toBe('On race relations, Mr Obama said progress had been made.');
    expect(claimOf(result, 'On race relations').claimant).toBe('Barack Obama');
    expect(claimOf(result, 'The company said').quote).toBe(
      'The company saidOpens a new window that the lineup answers demand.',
    );
  });

  it('reads "commented:" as a way of saying', () => {
    const result = suggest(
      'Senior author Dr. Silvia S. Martins, associate professor of epidemiology, commented: "Cannabis use is rising."',
    );
    expect(claimOf(result, 'Senior author').claimant).toBe('Silvia S. Martins');
  });

  it('reads "multiple border claims" as a noun', () => {
    const result = suggest(
      'Ahmed Sharif spoke on Wednesday. China meanwhile also has multiple border claims disputed with India.',
    );
    expect(result.claims).toEqual([]);
  });

  it('gives a quotation that answers an interviewer’s question to the one the text is about', () => {
    const result = suggest(
      'Kristen Wiig grew up in upstate New York. Wiig studied art in Arizona before she left for LA.\n\n' +
        'How social was she? Suspended?\n\n“Um. Not for more than a couple of days. There were suspensions.”',
    );
    expect(claimOf(result, '“Um.').claimant).toBe('Kristen Wiig');
  });
});

describe('suggest: people', () => {
  it('takes "Air Vice Marshal" for a rank, and letters after a British name off it', () => {
    const result = suggest(
      'Air Vice Marshal Sunarbowo Sandi says strong winds have moved debris. Plymouth’s Luke Pollard MP said the riots were shameful. Cllr Louise Gittins said councils would help.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Sunarbowo Sandi', 'Luke Pollard', 'Louise Gittins']));
    expect(claimOf(result, 'Air Vice Marshal').claimant).toBe('Sunarbowo Sandi');
  });

  it('keeps "Steve Jobs" whole though the text writes "jobs", when it capitalises "Jobs" alone too', () => {
    const result = suggest(
      'Page met big tech CEOs — Apple’s Steve Jobs, Intel’s Andy Grove — and asked about their jobs. Apple’s investors were right to fire Jobs.',
    );
    expect(names(result)).toContain('Steve Jobs');
  });

  it('reads a verb’s phrase capitalised inside a sentence as a group’s name: "Breaking the Silence"', () => {
    const result = suggest(
      'According to Breaking the Silence, an NGO of former soldiers, the cameras were installed. She is a member of Save the Children.',
    );
    expect(names(result)).toEqual(['Breaking the Silence', 'Save the Children']);
    expect(claimOf(result, 'According to').claimant).toBe('Breaking the Silence');
  });

  it('reads "the Israel Defense Forces" as a body', () => {
    const result = suggest('The Israel Defense Forces said the strike hit a militant cell.');
    expect(party(result, 'Israel Defense Forces').kind).toBe('organization');
    expect(claimOf(result, 'The Israel Defense Forces').claimant).toBe('Israel Defense Forces');
  });

  it('takes "Wing Commander" for a rank after the noun it names', () => {
    const result = suggest(
      'Another officer, Wing Commander Vyomika Singh, said the strikes were undertaken with precision.',
    );
    expect(claimOf(result, 'Another officer').claimant).toBe('Vyomika Singh');
  });

  it('reads two people joined by a hyphen as a pairing, not a third person', () => {
    const result = suggest(
      'Samuel Alito questioned Elizabeth Prelogar. The arguments offered several Alito-Prelogar moments of tension. “No, Justice Alito,” Prelogar said.',
    );
    expect(names(result)).not.toContain('Alito-Prelogar');
    expect(claimOf(result, '“No, Justice Alito').claimant).toBe('Elizabeth Prelogar');
  });

  it('ends a name before an affix: "Taylor Swift-themed", "Pakistan-administered Kashmir"', () => {
    const result = suggest(
      'Taylor Swift said she was shocked by the attack on a Taylor Swift-themed dance class. Troops crossed into Pakistan-administered Kashmir, Pakistan said.',
    );
    expect(names(result)).not.toContain('Taylor Swift-themed');
    expect(names(result)).not.toContain('Pakistan-administered Kashmir');
  });
});

describe('suggest: not parties', () => {
  it('keeps hotels, hospitals, airports and stations out unless they speak', () => {
    const result = suggest(
      'Morales stayed at the Grand Hyatt Hotel. He left via Ben Gurion Airport. Doctors at Ramallah Hospital treated two men. ' +
        'The crew docked at the International Space Station. Gartnavel Hospital said the patient was stable.',
    );
    for (const name of ['Grand Hyatt Hotel', 'Ben Gurion Airport', 'Ramallah Hospital', 'International Space Station'])
      expect(names(result)).not.toContain(name);
    expect(names(result)).toContain('Gartnavel Hospital');
  });

  it('keeps apps named as examples, as a site or by their posts out, but not a firm before its officer', () => {
    const result = suggest(
      'They used encrypted messaging applications like Signal and Telegram. On his LinkedIn profile, Barshishat lists his jobs. ' +
        'Sales fell, Apple said, according to a post on Chinese social media site Weibo. The tactics did not work on Snapchat CEO Evan Spiegel.',
    );
    for (const name of ['Signal', 'Telegram', 'LinkedIn', 'Weibo']) expect(names(result)).not.toContain(name);
    expect(names(result)).toContain('Snapchat');
  });

  it('reads every name of a list before "counties" as a place', () => {
    const result = suggest(
      'The district attorneys office, which represents Rogers, Craig and Mayes counties, also said no.',
    );
    for (const name of ['Rogers', 'Craig', 'Mayes']) expect(names(result)).not.toContain(name);
  });

  it('reads cities the lexicon lacks as places', () => {
    const result = suggest(
      'Morales flew alone to a security fair in Las Vegas. Ann Arbor and Des Moines added jobs, the report said.',
    );
    for (const name of ['Las Vegas', 'Ann Arbor', 'Des Moines']) expect(names(result)).not.toContain(name);
  });

  it('names no one in a menu, a line in capitals or a caption’s credit', () => {
    const result = suggest(
      'News Economy Energy Mining Real Estate Finance Work Wealth Investor FP Comment said nothing.\n\n' +
        'CLICK HERE TO GET THE FOX NEWS APP That timing raised concerns, the FBI said.\n\n' +
        'Mourners gathered at a vigil (Image:Getty Images)The tribute was moving, police said. Rioters threw stones (Image:Anadolu via Getty Images) at officers, the police said.',
    );
    expect(names(result)).toEqual(['FBI']);
  });
});

describe('tokenize: text glued at a line’s end', () => {
  const texts = (text: string) => tokenize(text).map((t) => t.text);

  it('splits a closing quotation, a time stamp and a country’s initials from the next line', () => {
    expect(texts("a rotten time in UK'Meghan Markle")).toEqual([
      'a',
      'rotten',
      'time',
      'in',
      'UK',
      "'",
      'Meghan',
      'Markle',
    ]);
    expect(texts('Getty Images)19:55Antony')).toEqual(['Getty', 'Images', ')', '19:55', 'Antony']);
    expect(texts('in the UKAmnesty International')).toEqual(['in', 'the', 'UK', 'Amnesty', 'International']);
    expect(texts('told the BBC.Twitter pledged')).toEqual(['told', 'the', 'BBC', '.', 'Twitter', 'pledged']);
  });

  it('splits a byline, a double-barrelled name, a credit and a surname from a headline or caption glued to them', () => {
    expect(texts('19:55Sophie BatemanRioters gathered')).toEqual(['19:55', 'Sophie', 'Bateman', 'Rioters', 'gathered']);
    expect(texts('Antony Clements-ThrowerPlymouth police')).toEqual([
      'Antony',
      'Clements-Thrower',
      'Plymouth',
      'police',
    ]);
    expect(texts('Getty ImagesIndian police')).toEqual(['Getty', 'Images', 'Indian', 'police']);
    expect(texts('Jon KingMeghan Markle')).toEqual(['Jon', 'King', 'Meghan', 'Markle']);
    expect(texts('H. ClementeJustice Brett Kavanaugh')).toEqual([
      'H',
      '.',
      'Clemente',
      'Justice',
      'Brett',
      'Kavanaugh',
    ]);
  });

  it('keeps names with an apostrophe or a capital inside whole', () => {
    expect(texts("Bill O'Reilly met D'Angelo Russell at LinkedIn")).toEqual([
      'Bill',
      "O'Reilly",
      'met',
      "D'Angelo",
      'Russell',
      'at',
      'LinkedIn',
    ]);
  });
});
