// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledArticles } from '../../../bench/suites/suggest-corpus';
import { cueVerb } from '../../../core/suggest/cues';
import {
  isCommonWord,
  isCountryName,
  isFirstName,
  isKnownOrganization,
  isPersonName,
  isPlaceName,
} from '../../../core/suggest/lexicon';
import { nameKey, tokenize } from '../../../core/suggest/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// The token rules written as one regular expression: the reference the scanner must follow.
const REFERENCE =
  /\p{N}+(?:[.,:]\p{N}+)*\p{L}*|(?:\p{L}\.){2,}(?!\p{L})|(?:[A-Z]{1,4}&[A-Z]{1,4}(?![\p{L}\p{N}&])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)(?:['’.\-\u00ad][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.{3}|-{2}|[^\s\u200b-\u200d\u2060\ufeff]/gu;

const GLUED_OPENERS = ['The', 'This', 'That', 'These', 'They', 'There', 'But', 'When', 'While', 'After', 'However'];
const GLUED_TITLES = ['Justice', 'Judge', 'President', 'Senator', 'Governor', 'Mayor', 'Secretary', 'Minister'];
const SHORT_OPENERS = ['In', 'On', 'At', 'As', 'He', 'It', 'We', 'If'];

/** A caption, list or link card run together ("WashingtonCeres", "McDermidThe", "APPSwift", "OmarIlhan", "Greg NelsonFretting", "John LegendWe"): where its first word ends. */
function gluedNameEnd(
  word: string,
  previous: string | undefined,
  beforePrevious: string | undefined,
  glue: { counts: Map<string, number>; handle: boolean },
): number | undefined {
  const card = /^(\p{Lu}[\p{L}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)/u.exec(word);
  if (card?.[1] && (card[2] === previous || card[1] === beforePrevious)) return card[1].length;
  // "Prince PhilipSegments": a name written on its own elsewhere, glued once to the next word.
  const lead = /^\p{Lu}\p{Ll}{2,}(?=\p{Lu})/u.exec(word)?.[0];
  const whole = /^\p{L}+/u.exec(word)?.[0] ?? '';
  if (
    lead &&
    !glue.handle &&
    !word.includes('.') &&
    !isCommonWord(lead.toLowerCase()) &&
    (glue.counts.get(lead) ?? 0) > 1 &&
    glue.counts.get(whole) === 1
  )
    return lead.length;
  // "UKAmnesty": a country's initials closing a line.
  if (/^(?:UK|US)[A-Z][a-z]{3,}/.test(word)) return 2;
  // "Clements-ThrowerPlymouth": a capital right after a hyphen is inside the name.
  let at = 3;
  while (
    at < word.length - 1 &&
    !(/[A-Z]/.test(word[at] as string) && /[a-z]/.test(word[at + 1] as string) && word[at - 1] !== '-')
  )
    at += 1;
  if (at >= word.length - 1) return undefined;
  const left = word.slice(0, at);
  const right = /^[A-Za-z]+/.exec(word.slice(at))?.[0] ?? '';
  const lower = left.toLowerCase();
  const givenBefore = isFirstName((previous ?? '').toLowerCase());
  const shouted = isCommonWord(lower) || /^[A-Z][A-Z'’]+$/.test(previous ?? '');
  // "STARS'The": a quoted title in capitals closes before the glued word.
  if (/^[A-Z]{3,}['’]$/.test(left) && shouted && GLUED_OPENERS.includes(right)) return left.length - 1;
  const split =
    (GLUED_OPENERS.includes(right) && /^[A-Z][A-Za-z]{2,}$/.test(left)) ||
    ((left === 'Next' || left === 'More') && previous === 'Read') ||
    (/^[A-Z]{3,5}$/.test(left) && right.length >= 4 && isFirstName(right.toLowerCase())) ||
    // "Getty ImagesIndian police", "19:55Sophie BatemanRioters", "Clements-ThrowerPlymouth", "Jon KingMeghan".
    (/^(?:Images|Photos|Pictures)$/.test(left) && right.length >= 2) ||
    (GLUED_TITLES.includes(right) && /^[A-Z][a-z]{3,}$/.test(left)) ||
    (givenBefore &&
      /^\d{1,2}:\d\d$/.test(beforePrevious ?? '') &&
      /^(?:O['’])?[A-Z][a-z]{2,}$/.test(left) &&
      right.length >= 4) ||
    (/^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$/.test(left) && right.length >= 4) ||
    (givenBefore && /^[A-Z][a-z]{3,}$/.test(left) && right.length >= 4 && isFirstName(right.toLowerCase())) ||
    // "Prince PhilipSegments", "WilliamFew senior members": a given name glued to a common word.
    (/^[A-Z][a-z]{3,}$/.test(left) &&
      isFirstName(lower) &&
      right.length >= 3 &&
      (isCommonWord(right.toLowerCase()) || (right.endsWith('s') && isCommonWord(right.toLowerCase().slice(0, -1)))) &&
      !isPersonName(right.toLowerCase())) ||
    // "AccountorIndia said": a prompt glued to a country that opens the sentence.
    (right.length >= 4 && right === word.slice(at) && isCountryName(right.toLowerCase()) && !isFirstName(lower)) ||
    (/^[A-Z][a-z]{4,}$/.test(left) && isPlaceName(lower) && right.length >= 4) ||
    (/^[A-Z][a-z]{2,}$/.test(left) &&
      isFirstName((previous ?? '').toLowerCase()) &&
      ((right.length >= 3 && isPersonName(lower)) ||
        GLUED_OPENERS.includes(right) ||
        SHORT_OPENERS.includes(right) ||
        isKnownOrganization(right.toLowerCase()) ||
        isCommonWord(right.toLowerCase()))) ||
    (/^[A-Z]{3,}$/.test(left) && shouted && (right.length >= 3 || SHORT_OPENERS.includes(right)));
  return split ? left.length : undefined;
}

/** "Fox News’ Bill": the apostrophe after a capitalised plural, with no single quotation open, joins it. */
function closesPossessive(text: string, at: number): boolean {
  const mark = text[at] as string;
  const window = text.slice(Math.max(0, at - 200), at);
  if (!/(?:^|\s)\p{Lu}\S*[sS]$/u.test(window) || !/^ \p{Lu}/u.test(text.slice(at + 1, at + 3))) return false;
  const opened = window.lastIndexOf(mark === '’' ? '‘' : "'");
  return opened < 0 || window.lastIndexOf(mark) > opened;
}

function letterRuns(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [run] of text.matchAll(/\p{L}+/gu)) counts.set(run, (counts.get(run) ?? 0) + 1);
  return counts;
}

function referenceTokens(text: string, out: string[] = [], counts = letterRuns(text), inWord = false): string[] {
  let skipStop = -1;
  for (const m of text.matchAll(REFERENCE)) {
    if (m.index === skipStop) continue;
    if ((m[0] === '’' || m[0] === "'") && closesPossessive(text, m.index)) {
      out[out.length - 1] += m[0];
      continue;
    }
    // A full stop between a lower-case word and a capital ends a sentence (glued paragraphs).
    const glued =
      /^(.*\p{Ll}{2})(\.)(\p{Lu}.*)$/u.exec(m[0]) ??
      /^(\p{L}[\p{L}\p{N}]+)(\.)((?:In|The|But|A|An|It|He|She|They|We|This|That|On|At|For|As|After|When|While|However|And|So)(?![\p{L}\p{N}]).*)$/u.exec(
        m[0],
      ) ??
      /^(\p{Lu}{2,})(\.)(\p{Lu}\p{Ll}{2}.*)$/u.exec(m[0]) ??
      /^(\p{L}[\p{L}\p{N}]*-\p{N}+)(\.)(\p{Lu}\p{Ll}{2}.*)$/u.exec(m[0]);
    if (glued) {
      out.push(glued[1] as string, glued[2] as string);
      // "release.U.S. Attorney": initials glued after the full stop keep their own last dot.
      const end = (m.index ?? 0) + m[0].length;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(glued[3] as string) && text[end] === '.') {
        out.push(`${glued[3]}.`);
        skipStop = end;
      } else referenceTokens(glued[3] as string, out, counts, true);
      continue;
    }
    // A year glued to a capitalised word ("2016Publicly") ends at its fourth digit.
    const year = /^((?:19|20)\d\d)(\p{Lu}\p{Ll}{2}.*)$/u.exec(m[0]);
    if (year?.[1] && year[2]) {
      out.push(year[1]);
      referenceTokens(year[2], out, counts, true);
      continue;
    }
    // A time glued to a capitalised word ("19:55Antony") ends at its last digit.
    const time = /^(\d{1,2}:\d\d)(\p{Lu}\p{Ll}.*)$/u.exec(m[0]);
    if (time?.[1] && time[2] && m[0].length > 5) {
      out.push(time[1]);
      referenceTokens(time[2], out, counts, true);
      continue;
    }
    // A quotation's closing mark glued to a capitalised word ("UK'Meghan", "matter'Cybersecurity", "Sinwar'On").
    const quote = /^(\p{Lu}{2,}|[\p{L}-]*\p{Ll}{3})(['’]\p{Lu}\p{Ll}.*)$/u.exec(m[0]);
    if (quote?.[1] && quote[2] && m[0].length > 5) {
      out.push(quote[1]);
      referenceTokens(quote[2], out, counts, true);
      continue;
    }
    // A speech verb with a link's text glued to it ("saidOpens") ends at the capital, and so
    // does a word glued to a sentence's opener or to a long capitalised word ("interviewThe", "borrowersRealtor").
    const link = /^([a-z]{2,})([A-Z][a-z].*)$/.exec(m[0]);
    const linkRight = /^[A-Za-z]+/.exec(link?.[2] ?? '')?.[0] ?? '';
    const linkOpener = GLUED_OPENERS.includes(linkRight) || SHORT_OPENERS.includes(linkRight);
    if (
      link?.[1] &&
      link[2] &&
      m[0].length > 4 &&
      (cueVerb(link[1]) || (link[1].length >= 3 && linkOpener) || (link[1].length >= 4 && linkRight.length >= 4))
    ) {
      out.push(link[1]);
      referenceTokens(link[2], out, counts, true);
      continue;
    }
    const handle = !inWord && text[(m.index ?? 0) - 1] === '@';
    const end =
      m[0].length > 4 ? gluedNameEnd(m[0], out[out.length - 1], out[out.length - 2], { counts, handle }) : undefined;
    // "THROUGH THE NIGHTA navy": a line in capitals glued to the article opening the next sentence.
    const shouted = (word: string | undefined) => /^[A-Z]{2,}$/.test(word ?? '');
    const article =
      /^[A-Z]{3,}[AI]$/.test(m[0]) &&
      shouted(out[out.length - 1]) &&
      shouted(out[out.length - 2]) &&
      !isKnownOrganization(m[0].toLowerCase()) &&
      /^ [a-z]/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2));
    if (article) out.push(m[0].slice(0, -1), m[0].slice(-1));
    else if (end === undefined) out.push(m[0]);
    else {
      out.push(m[0].slice(0, end));
      referenceTokens(m[0].slice(end), out, counts, true);
    }
  }
  return out;
}

describe('tokenize', () => {
  it('keeps numbers, initialisms, inner apostrophes and hyphens together and offsets exact', () => {
    const text = 'Nyong\'o’s U.S.-Russia 6,000 al-Assad Snopes.com Ph.D. e.g. "Мoscow" 1.8.3 ... -- end.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(referenceTokens(text));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]).toMatchObject({ norm: "nyong'o", possessive: true, capitalised: true });
    expect(tokens.find((t) => t.text === '"')).toBeDefined();
    expect(tokens.find((t) => t.text === 'Мoscow')?.norm).toBe('moscow');
    expect(tokens.find((t) => t.text === 'al-Assad')).toMatchObject({ capitalised: true, lowercase: true });
  });

  // Readability parses every labelled page first, which takes seconds.
  it('splits every labelled article and every hostile string as the reference rules do', async () => {
    const texts = loadLabelledArticles(root).map((a) => a.text);
    texts.push(
      ...(JSON.parse(await readFile(path.join(root, 'test', 'fixtures', 'naughty-strings.json'), 'utf8')) as string[]),
    );
    for (const text of texts) expect(tokenize(text).map((t) => t.text)).toEqual(referenceTokens(text));
  }, 60_000);

  it('keeps initials around an ampersand together, with a possessive, and nothing else', () => {
    const tokens = tokenize('AT&T’s PG&E S&P 500 Procter & Gamble ABCDE&F A&Bc');
    expect(tokens.map((t) => t.text)).toEqual([
      'AT&T’s',
      'PG&E',
      'S&P',
      '500',
      'Procter',
      '&',
      'Gamble',
      'ABCDE',
      '&',
      'F',
      'A',
      '&',
      'Bc',
    ]);
    expect(tokens[0]).toMatchObject({ possessive: true, capitalised: true });
  });

  it('reads a word with soft hyphens in it as the one word it is', () => {
    const tokens = tokenize('Presi\u00addent Vladi\u00admir said');
    expect(tokens.map((t) => t.text)).toEqual(['Presi\u00addent', 'Vladi\u00admir', 'said']);
    expect(tokens.map((t) => t.norm)).toEqual(['president', 'vladimir', 'said']);
    expect(nameKey('Vladi\u00admir Putin')).toBe('vladimir putin');
  });

  it('cuts a speech verb from a link text glued to it, not other camel-case words', () => {
    expect(tokenize('He saidOpens a new window that iPhone eBay toldReuters').map((t) => t.text)).toEqual([
      'He',
      'said',
      'Opens',
      'a',
      'new',
      'window',
      'that',
      'iPhone',
      'eBay',
      'told',
      'Reuters',
    ]);
  });

  it('cuts a paragraph glued after a short or all-caps word only before a word that opens sentences', () => {
    expect(tokenize('says Li.In August on VICE US.It rained. Li.Inc').map((t) => t.text)).toEqual([
      'says',
      'Li',
      '.',
      'In',
      'August',
      'on',
      'VICE',
      'US',
      '.',
      'It',
      'rained',
      '.',
      'Li.Inc',
    ]);
  });

  it('cuts paragraphs glued at a full stop, not web addresses or initials', () => {
    expect(tokenize('the crisis.A number of Snopes.com U.S. LWN.net').map((t) => t.text)).toEqual([
      'the',
      'crisis',
      '.',
      'A',
      'number',
      'of',
      'Snopes.com',
      'U.S.',
      'LWN.net',
    ]);
  });
});

describe('nameKey', () => {
  it('lets spellings of one name meet', () => {
    expect(nameKey('Мoscow’s')).toBe(nameKey('moscow'));
    expect(nameKey('Médecins Sans Frontières')).toBe('medecins sans frontieres');
    expect(nameKey('U.S.')).toBe('u s');
  });
});
