import { cueVerb } from './cues';
import { isCommonWord, isFirstName } from './lexicon';
import { CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE, isSpaceAt, type Token } from './text';

/** A sentence: tokens [first, last] of the text, and the paragraph it is in. */
export interface Sentence {
  first: number;
  last: number;
  paragraph: number;
  /** A photo's caption, closed by its credit ("… in size (Image: GETTY )"): no claim is read from it. */
  caption?: true;
  /** A line of a list of other stories' headlines: no party or claim is read from it. */
  listed?: true;
}

/** Quoted speech from its opening mark to its closing one, possibly over paragraphs. */
export interface Quotation {
  /** Token of the opening mark. */
  open: number;
  /** Token of the closing mark, or the paragraph's last token when the quote is left open. */
  close: number;
  /** Words between the marks. */
  words: number;
}

/** A transcript's speaker label, "JON SIEBEN:": tokens [first, colon], and the turn it opens up to last. */
export interface SpeakerTurn {
  first: number;
  colon: number;
  last: number;
}

export interface TextLayout {
  sentences: Sentence[];
  quotations: Quotation[];
  /** Speaker turns, when the text is a transcript; otherwise none. */
  turns: SpeakerTurn[];
}

// A line that ends on one of these words, or with a comma or dash, runs on into the next
// line: pages that keep their source's hard line wraps (e.g. "opened fire on visitors at
// \nTunisia’s museum") must not be cut there, while a heading line must.
const RUN_ON_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'at',
  'on',
  'to',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'but',
  'as',
  'that',
  'than',
  'its',
  'his',
  'her',
  'their',
  'our',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'said',
  'says',
  'told',
  'according',
  'including',
  'between',
  'about',
  'into',
  'over',
  'under',
  'after',
  'before',
  'since',
  'during',
  'near',
  'who',
  'which',
  'this',
  'these',
  'those',
  'not',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'if',
  'when',
  'while',
  'where',
]);
const RUN_ON_MARKS = new Set([',', ';', '(', '—', '–', '-', '--', '“', '&']);

// Periods after these words (lower-cased, without the period) do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'cpl',
  'pvt',
  'asst',
  'supt',
  'det',
  'atty',
  'jr',
  'sr',
  'prof',
  'rev',
  'hon',
  'messrs',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ph.d',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'dept',
  'assn',
  'univ',
  'ave',
  'blvd',
  'mt',
  'ft',
  'fig',
  'vol',
  'pp',
]);
// Short forms that end a name, and may end the sentence with it.
const NAME_END_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr']);

// After an initialism ("U.S.") a sentence ends only when one of these words follows.
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'this',
  'that',
  'our',
  'his',
  'her',
  'their',
  'there',
  'on',
  'at',
  'for',
  'as',
  'if',
  'when',
  'while',
  'after',
  'so',
  'yet',
]);
const TERMINALS = new Set(['.', '!', '?', '…']);

function isOpeningQuote(t: Token | undefined): boolean {
  return !!t && (OPENING_QUOTES.has(t.text) || t.text === STRAIGHT_QUOTE);
}

function lineRunsOn(prev: Token, next: Token): boolean {
  if (next.lowercase || (next.isWord && /^\p{N}/u.test(next.text))) return true;
  if (next.text === '—' || next.text === '–' || next.text === '--') return true;
  if (RUN_ON_MARKS.has(prev.text)) return true;
  return prev.isWord && RUN_ON_WORDS.has(prev.norm);
}

/** A given name at the end of a line and a capitalised word opening the next: one name. */
function splitsName(prev: Token, next: Token): boolean {
  return prev.capitalised && next.capitalised && isFirstName(prev.norm);
}

/** A quotation closed by a comma at the end of a line (‘…is there,”’): its speaker is on the next line. */
function attributionFollows(tokens: Token[], i: number): boolean {
  const prev = tokens[i] as Token;
  return CLOSING_QUOTES.has(prev.text) && tokens[i - 1]?.text === ',' && tokens[i - 1]!.end === prev.start;
}

const BLOCK_SPACES = /[ \t\u00a0]{3}/;

const LINE_END_MARKS = new Set(['.', '!', '?', '…', ':', '”', '"', '’', "'", ')', ']']);

/**
 * For each gap between token i and i+1: whether a paragraph break lies there. Most pages
 * give one paragraph per line; some keep their source's hard wraps, which shows in how
 * many lines stop mid-sentence. In such a text a line ends a paragraph only after a full
 * stop or a closing quote, or when it is short (a heading), or the next opens a quote.
 */
function paragraphBreaks(text: string, tokens: Token[]): { breaks: boolean[]; wraps: boolean[] } {
  const gaps: ('none' | 'blank' | 'line' | 'spaces')[] = [];
  let lines = 0;
  let runOns = 0;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const prev = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    let newlines = 0;
    for (let k = prev.end; k < next.start; k += 1) if (text.charCodeAt(k) === 10) newlines += 1;
    // "…Corbis     “There is": a run of spaces is where the page's source laid out one block after another.
    if (newlines === 0) gaps.push(BLOCK_SPACES.test(text.slice(prev.end, next.start)) ? 'spaces' : 'none');
    else if (newlines > 1 && /\n[^\S\n]*\n/.test(text.slice(prev.end, next.start))) gaps.push('blank');
    else {
      gaps.push('line');
      lines += 1;
      if (lineRunsOn(prev, next)) runOns += 1;
    }
  }
  const hardWrapped = lines >= 5 && runOns / lines >= 0.3;
  const breaks: boolean[] = [];
  // Line ends taken for paragraph ends only by the hard-wrap guess: a quotation runs on over them.
  const wraps: boolean[] = [];
  let lineStart = 0;
  let lineOpensParagraph = true;
  for (let i = 0; i < gaps.length; i += 1) {
    const gap = gaps[i];
    const prev = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    wraps.push(gap === 'line' && hardWrapped);
    if (gap === 'none') {
      breaks.push(false);
      continue;
    }
    const lineLength = prev.end - (tokens[lineStart] as Token).start;
    // "…search-and-rescue director\nHenry Bambang\nSoelistyo\nsaid.": a short line inside a paragraph is no heading.
    const heading = lineLength < 40 && lineOpensParagraph;
    lineStart = i + 1;
    // "… a contract with\n\n\nBoeing Co. to build": a link set on lines of its own in the page's source.
    if (gap === 'spaces') breaks.push(!lineRunsOn(prev, next) && !attributionFollows(tokens, i));
    else if (gap === 'blank')
      breaks.push(!(prev.lowercase && RUN_ON_WORDS.has(prev.norm) && next.capitalised && !isCommonWord(next.norm)));
    else if (lineRunsOn(prev, next) || attributionFollows(tokens, i)) breaks.push(false);
    // "— Hillary\nClinton has an explanation": a short line that ends on a given name is no heading.
    else if (hardWrapped)
      breaks.push(LINE_END_MARKS.has(prev.text) || (heading && !splitsName(prev, next)) || isOpeningQuote(next));
    else breaks.push(true);
    lineOpensParagraph = breaks[breaks.length - 1] as boolean;
  }
  return { breaks, wraps };
}

/**
 * "…service?” Caudevilla told me": a name and a speech verb after a quoted question or
 * exclamation are its attribution, not a new sentence. A common word opening the next
 * sentence ("Experts say") is not taken for a name.
 */
function speakerFollows(tokens: Token[], from: number): boolean {
  let names = 0;
  let k = from;
  for (; k < from + 6; k += 1) {
    const t = tokens[k];
    if (!t || !(t.capitalised || (t.text === '.' && names > 0))) break;
    if (t.isWord) {
      if (names === 0 && isCommonWord(t.norm)) return false;
      names += 1;
    }
  }
  // "…James?” Brooke tearfully asked": an adverb may stand between.
  const adverb = tokens[k]?.lowercase && /ly$/.test(tokens[k]!.norm) ? 1 : 0;
  const verb = tokens[k + adverb];
  return names > 0 && names <= 4 && !!verb?.lowercase && cueVerb(verb.norm) !== undefined;
}

/**
 * "…father did it.” Deyal told this newspaper.": a speaker and a speech verb, with no more
 * than whom they told, closing a sentence of their own, sign the quotation before them.
 */
function bareAttributionFollows(tokens: Token[], from: number): boolean {
  if (!speakerFollows(tokens, from)) return false;
  let verb = from;
  while (tokens[verb] && !(tokens[verb]!.lowercase && cueVerb(tokens[verb]!.norm) !== undefined)) verb += 1;
  // "told this newspaper", "said": up to three words of whom they told, and no "that" of a clause.
  for (let k = verb + 1; k <= verb + 3; k += 1) {
    const t = tokens[k];
    if (!t || t.norm === 'that') return false;
    if (!t.isWord) return t.text === '.';
  }
  return false;
}

/**
 * "“…somewhere.” Kheradpir. “And…”": a bare name after a quotation, closing its own
 * sentence, signs the quotation as its speaker.
 */
function loneNameFollows(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && tokens[k]?.isWord && tokens[k]!.capitalised && !isCommonWord(tokens[k]!.norm)) k += 1;
  const stop = tokens[k];
  if (k === from || stop?.text !== '.' || stop.start !== tokens[k - 1]!.end) return false;
  // "…here.” Ms. Haley left": a title's full stop, not the name's.
  if (ABBREVIATIONS.has(tokens[k - 1]!.norm)) return false;
  const after = tokens[k + 1];
  return !after || isOpeningQuote(after) || after.capitalised;
}

/** "…alone."___AP Technology Writer …": a rule of underscores, asterisks or equals signs parts what it is glued to. */
function opensSeparator(tokens: Token[], i: number): boolean {
  const mark = tokens[i]?.text;
  if (mark !== '_' && mark !== '*' && mark !== '=') return false;
  return tokens[i + 1]?.text === mark && tokens[i + 2]?.text === mark;
}

/**
 * "(Michele Crowe/The White House)She said", "Space-Based Internet"These accidents": prose
 * never glues a word to a closing bracket, to a quotation it opens or to the next word, so
 * such a glue parts a caption or a link's text from the story.
 */
function partsGluedBlock(tokens: Token[], i: number, openers: Set<number>): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.start !== token.end) return false;
  if (token.text === ')') return next.capitalised && /^\p{Lu}\p{Ll}/u.test(next.text);
  // "join in "the long term"However, speaking", "for Yahya Sinwar'On Tuesday": a quotation
  // closed on a word, glued to the next paragraph's first word.
  if (
    (CLOSING_QUOTES.has(token.text) || token.text === STRAIGHT_QUOTE || token.text === "'" || token.text === '’') &&
    tokens[i - 1]?.isWord &&
    tokens[i - 1]!.end === token.start &&
    next.isWord &&
    /^\p{Lu}\p{Ll}/u.test(next.text)
  )
    return true;
  // "Obama interviewThe presidential body swerveOn race relations": words the tokenizer
  // parted where a headline was glued to the story; a speech verb keeps what its link's
  // text hides ("saidOpens a new window that").
  if (token.isWord && next.isWord && /^\p{Ll}+$/u.test(token.text) && /^\p{Lu}\p{Ll}/u.test(next.text))
    return cueVerb(token.norm) === undefined;
  // "Rescue of Kidnapped GirlThe suspect said", "with the OBRJeremy Hunt": a capitalised word the
  // tokenizer parted the same way.
  if (token.isWord && next.isWord && /^\p{Lu}\p{L}*$/u.test(token.text) && /^\p{Lu}\p{Ll}/u.test(next.text))
    return true;
  const opens = next.text === '“' || openers.has(i + 1);
  const after = tokens[i + 2];
  return (
    opens &&
    token.isWord &&
    /\p{L}$/u.test(token.text) &&
    !!after &&
    after.start === next.end &&
    /^\p{Lu}/u.test(after.text)
  );
}

const CREDIT_OPENERS = new Set(['--', '©']);

function endsSentence(text: string, tokens: Token[], i: number, openers: Set<number>): number | undefined {
  const token = tokens[i] as Token;
  let last = i;
  // Every terminal is one character; the length test spares a set look-up per token.
  if (token.text.length === 1 && TERMINALS.has(token.text)) {
    const before = tokens[i - 1];
    if (token.text === '.' && before && before.end === token.start) {
      // "… at Tempus Inc. “Central banks …": a quotation opening after it starts a sentence.
      const quoteOpens = OPENING_QUOTES.has(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
      // "No. 10" abbreviates; "said no. Fox" ends its sentence.
      const numbered = before.norm !== 'no' || /^[\p{N}#]/u.test(tokens[i + 1]?.text ?? '');
      // "… unit of Bank of America Corp. It will produce": a firm's or a generation's short form
      // ends its sentence before a word that opens one.
      const next = tokens[i + 1];
      const endsName =
        NAME_END_ABBREVIATIONS.has(before.norm) && !!next?.capitalised && SENTENCE_STARTERS.has(next.norm);
      if (((ABBREVIATIONS.has(before.norm) && numbered) || /^\p{Lu}$/u.test(before.text)) && !quoteOpens && !endsName)
        return undefined;
    }
    while (tokens[last + 1] && (TERMINALS.has(tokens[last + 1]!.text) || tokens[last + 1]!.text === '.')) last += 1;
  } else if (token.isWord && token.text.endsWith('.') && token.text.length > 1) {
    const next = tokens[i + 1];
    if (!next || !SENTENCE_STARTERS.has(next.norm) || !next.capitalised) return undefined;
  } else if (endsShoutedLine(tokens, i) || closesShoutedTitle(tokens, i)) {
    return i;
  } else if (closesTimestamp(tokens, i) || postSignatureAt(tokens, i) !== undefined) {
    return i;
  } else if (token.text === ')' && closesCredit(tokens, i)) {
    const next = tokens[i + 1];
    return next && (next.capitalised || OPENING_QUOTES.has(next.text)) ? i : undefined;
  } else if (closesAgencyCredit(tokens, i)) {
    return i;
  } else if (partsGluedBlock(tokens, i, openers)) {
    return i;
  } else {
    return undefined;
  }
  while (
    tokens[last + 1] &&
    /^[”"’')\]»]$/.test(tokens[last + 1]!.text) &&
    tokens[last + 1]!.start === tokens[last]!.end &&
    !openers.has(last + 1)
  ) {
    last += 1;
  }
  const next = tokens[last + 1];
  if (!next) return last;
  if (opensSeparator(tokens, last + 1)) return last;
  const quoted = last > i && /^[”"’]$/.test(tokens[last]!.text);
  if (quoted && (token.text === '?' || token.text === '!') && speakerFollows(tokens, last + 1)) return undefined;
  if (quoted && loneNameFollows(tokens, last + 1)) return undefined;
  if (quoted && token.text === '.' && bareAttributionFollows(tokens, last + 1)) return undefined;
  // "… biggest city.”In the midst": paragraphs glued after a closing quote still part.
  if (next.start === tokens[last]!.end) {
    // "… 30 percent.“We have found": a paragraph glued to the quotation that opens the next.
    // "…“feather duvet lung.”“In some": or glued to the quotation it closed.
    // "…her tweets”.“What is": the quotation closed before the full stop. "…that storm.”‘It’s
    // just under the surface’": a heading in single quotes glued after the quotation.
    const wordBefore = tokens[last - (CLOSING_QUOTES.has(tokens[last - 1]?.text ?? '') ? 2 : 1)]?.text ?? '';
    const gluedQuote =
      (OPENING_QUOTES.has(next.text) || (next.text === '‘' && CLOSING_QUOTES.has(tokens[last]!.text))) &&
      /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '') &&
      ((tokens[last]!.text === '.' && /\p{Ll}{2}$/u.test(wordBefore)) ||
        (CLOSING_QUOTES.has(tokens[last]!.text) && last > i));
    // "…really exciting."(Reporting by Will Dunham": a credit in brackets glued after the sentence;
    // "…said NYU's Donefer.(Reporting By": after a full stop alone, when its words say it is one.
    const bracketed = tokens[last + 2]?.text ?? '';
    const gluedBracket =
      next.text === '(' &&
      /^\p{Lu}\p{Ll}/u.test(bracketed) &&
      (last > i || /^(?:Reporting|Editing|Writing|Additional)$/.test(bracketed));
    // "…I need to know," Chisholm said.© 2020 CBS Interactive": a copyright line glued after the story.
    if (gluedQuote || gluedBracket || openers.has(last + 1) || CREDIT_OPENERS.has(next.text)) return last;
    // "says Li.In August", "VICE US.In the middle": after a short or all-caps word, a word
    // that opens sentences. "any set pattern.FAST will", "the violence.DON'T MISS": capitals open one too.
    // "…“becomes uncontrollable”.Cheuk Hau-yip": the quotation closed before the full stop.
    // "the office release.U.S. Attorney": initials open one as well.
    const closedBefore = /^[”"’)]$/.test(tokens[last - 1]?.text ?? '') ? 2 : 1;
    // "in 2010.Assange, who", "on Oct. 31.Audience members": after a number, a word of lower-case letters.
    // "once they become sick.CBP's cells": an acronym's possessive.
    const before = tokens[last - closedBefore]?.text ?? '';
    // "What was the investigation about?Assange was accused": a question closes a heading too.
    const glued =
      (tokens[last]!.text === '.' || tokens[last]!.text === '?') &&
      /^\p{Lu}(?:\p{Ll}|[\p{Lu}'’]+$|\p{Lu}+['’]s$|$|\.(?:\p{Lu}\.)+$)/u.test(next.text) &&
      (/\p{Ll}{2}$/u.test(before) ||
        SENTENCE_STARTERS.has(next.norm) ||
        // "told the BBC.Twitter pledged": after an acronym, a capitalised word.
        // "a cure for COVID-19.Last month": after a code, too.
        (/^(?:\p{N}+|\p{Lu}{2,}|\p{L}[\p{L}\p{N}]*-\p{N}+)$/u.test(before) && /^\p{Lu}\p{Ll}{2,}/u.test(next.text)) ||
        // "worth up to £170,000.A former apprentice": after a sum, "A" opens one too.
        (/^\p{N}{1,3}(?:,\p{N}{3})+$/u.test(before) && (next.text === 'A' || /^\p{Lu}\p{Ll}{2,}/u.test(next.text))));
    // "in the pool.It's not": a contracted pronoun is no name, but its capital opens a sentence.
    return (last > i || glued) && (next.capitalised || /^\p{Lu}/u.test(next.text)) ? last : undefined;
  }
  if (/\n/.test(text.slice(tokens[last]!.end, next.start))) return last;
  // "She's" starts a sentence too, though a pronoun is never a name.
  if (next.capitalised || /^[\p{Lu}\p{N}“"‘'(\[«]/u.test(next.text)) return last;
  // "…, to no avail. --- Associated Press writers", "…this story. © 2016": a credit line after the story.
  if (CREDIT_OPENERS.has(next.text)) return last;
  return undefined;
}

/**
 * Cuts the article text into paragraphs and sentences and finds its quotations. Works on
 * the text Readability gives, whose line breaks are sometimes paragraph breaks and
 * sometimes the source's hard wraps.
 */
export function layoutText(text: string, tokens: Token[]): TextLayout {
  const { breaks, wraps } = paragraphBreaks(text, tokens);
  const openers = gluedStraightOpeners(text, tokens, breaks, wraps);
  const labels = speakerLabels(tokens);
  const labelStarts = new Set(labels.map((l) => l.first));
  const labelColons = new Set(labels.map((l) => l.colon));
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    // A speaker's label is a sentence of its own, and each turn a paragraph, even glued
    // to the turn before ("…Ellesa Throwden reports.ELLESA THROWDEN: It's been…").
    const last =
      endsSentence(text, tokens, i, openers) ??
      (breaks[i] !== false || labelStarts.has(i + 1) || labelColons.has(i) ? i : undefined);
    if (last === undefined) continue;
    if (labelStarts.has(last + 1)) breaks[last] = true;
    sentences.push({ first, last, paragraph });
    if (breaks[last]) paragraph += 1;
    first = last + 1;
    i = last;
  }
  markCaptions(tokens, sentences, breaks);
  markHeadlineLists(tokens, sentences, breaks);
  const turns = labels.map((label, k) => ({
    ...label,
    last: (labels[k + 1]?.first ?? tokens.length) - 1,
  }));
  return { sentences, quotations: findQuotations(text, tokens, breaks, wraps, openers), turns };
}

/** "CLICK HERE TO GET THE FOX NEWS APPSwift's rep told": a line in capitals glued to the story's next words. */
function endsShoutedLine(tokens: Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (!next || next.start !== tokens[i]!.end) return false;
  // "… SAYS SHE KNEW ABOUT SALE"As Taylor Swift's partner": or to the quotation that opens them.
  if (next.text === STRAIGHT_QUOTE || OPENING_QUOTES.has(next.text)) next = tokens[i + 2];
  return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && endsCapitalsRun(tokens, i);
}

/** Four words in capitals end at i: "A" and "I" count, and quotation marks between are passed over. */
function endsCapitalsRun(tokens: Token[], i: number): boolean {
  let words = 0;
  for (let k = i; words < 4; k -= 1) {
    const t = tokens[k];
    if (t && k < i && (OPENING_QUOTES.has(t.text) || t.text === "'" || t.text === STRAIGHT_QUOTE)) continue;
    if (!isCapitalsWord(t) && !(k < i && (t?.text === 'A' || t?.text === 'I'))) return false;
    words += 1;
  }
  return true;
}

/** "… FROM 'DANCING WITH THE STARS'The news": a title in quotes that ends a line in capitals, glued to the story. */
function closesShoutedTitle(tokens: Token[], i: number): boolean {
  const mark = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!["'", '’', '”'].includes(mark.text) || tokens[i - 1]?.end !== mark.start) return false;
  return !!next && next.start === mark.end && /^\p{Lu}\p{Ll}/u.test(next.text) && endsCapitalsRun(tokens, i - 1);
}

const TIMESTAMP_LABELS = new Set(['published', 'updated', 'posted', 'modified']);

/**
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019 This comes…":
 * the year that ends a page's time stamp ends it as a sentence, when a capital follows.
 */
function closesTimestamp(tokens: Token[], i: number): boolean {
  const year = tokens[i] as Token;
  if (year.text.length !== 4 || !/^(?:19|20)\d\d$/.test(year.text) || !tokens[i + 1]?.capitalised) return false;
  for (let k = i - 1; k >= Math.max(0, i - 10); k -= 1)
    if (TIMESTAMP_LABELS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.text === ':') return true;
  return false;
}

const MONTH_NAMES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const DASHES = new Set(['—', '–', '-', '--']);

/**
 * "…pic.twitter.com/EWgDSVvrHO — Hayes Brown (@HayesBrown) September 19, 2016": the line
 * that signs an embedded post, ending at the year i. Gives the token of its dash.
 */
export function postSignatureAt(tokens: Token[], i: number): number | undefined {
  const year = tokens[i];
  if (!year || year.text.length !== 4 || !/^(?:19|20)\d\d$/.test(year.text)) return undefined;
  if (tokens[i - 1]?.text !== ',' || !/^\d{1,2}$/.test(tokens[i - 2]?.text ?? '')) return undefined;
  if (!MONTH_NAMES.has(tokens[i - 3]?.norm ?? '') || tokens[i - 4]?.text !== ')') return undefined;
  // The handle may hold underscores, which are tokens of their own.
  let open = i - 6;
  while (open > i - 12 && tokens[open]?.text !== '@') open -= 1;
  if (tokens[open]?.text !== '@' || tokens[open - 1]?.text !== '(') return undefined;
  for (let k = open - 2; k >= Math.max(0, open - 10); k -= 1)
    if (DASHES.has(tokens[k]?.text ?? '')) return k < open - 2 ? k : undefined;
  return undefined;
}

const CREDIT_WORDS = new Set(['image', 'images', 'picture', 'pictures', 'photo', 'photos', 'pic', 'video']);

/** "(Image: GETTY )", "(Picture: Reuters)": the credit that closes a photo's caption, its ")" at close. */
function closesCredit(tokens: Token[], close: number): boolean {
  if (tokens[close]?.text !== ')') return false;
  for (let k = close - 1; k >= Math.max(0, close - 8); k -= 1) {
    if (tokens[k]?.text !== '(') continue;
    return CREDIT_WORDS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.text === ':';
  }
  return false;
}

const CREDIT_MARKS = new Set([':', '/', '|', '(']);
/** Agencies credited after a photographer's name and a slash: "Stephanie Keith/Reuters". */
const SLASHED_AGENCIES = new Set(['reuters', 'afp', 'ap', 'pa', 'epa']);
const AGENCY_TAILS = new Set(['wire', 'photo', 'photos', 'images', 'pool', 'media', 'archive']);

/**
 * "Photograph: Amir Levy/Getty Images “Hamas has…", "(Pool/AFP via Getty Images)CLICK HERE",
 * "Benoit Tessier/Reuters The": a picture agency's credit, at `close` or before its ")",
 * ends the caption glued to the story.
 */
function closesAgencyCredit(tokens: Token[], close: number): boolean {
  const agency = tokens[close]?.text === ')' ? close - 1 : close;
  const next = tokens[close + 1];
  if (!next || next.text === ')' || !(next.capitalised || OPENING_QUOTES.has(next.text))) return false;
  // "/PA Wire", "/AP Photo": the credit goes on.
  if (AGENCY_TAILS.has(next.norm)) return false;
  if (SLASHED_AGENCIES.has(tokens[agency]?.norm ?? '')) return tokens[agency - 1]?.text === '/';
  if (tokens[agency]?.norm !== 'images' || tokens[agency - 1]?.norm !== 'getty') return false;
  for (let k = agency - 2; k >= Math.max(0, agency - 9); k -= 1) {
    const t = tokens[k] as Token;
    if (CREDIT_MARKS.has(t.text) || t.norm === 'via') return true;
  }
  return false;
}

/**
 * Captions glued into the story stand between its paragraphs: a quotation does not run on
 * through one, and paragraphs are counted again around them.
 */
function markCaptions(tokens: Token[], sentences: Sentence[], breaks: boolean[]): void {
  let captions = false;
  for (const sentence of sentences) {
    if (!closesCredit(tokens, sentence.last) && !closesAgencyCredit(tokens, sentence.last)) continue;
    sentence.caption = true;
    captions = true;
    if (sentence.first > 0) breaks[sentence.first - 1] = true;
    breaks[sentence.last] = true;
  }
  if (!captions) return;
  let paragraph = 0;
  for (const sentence of sentences) {
    sentence.paragraph = paragraph;
    if (breaks[sentence.last]) paragraph += 1;
  }
}

const HEADLINE_LIST_RUN = 3;

/**
 * Links to other stories left in the text: three or more paragraphs in a row, each one line
 * of a few words ending on a word, as a headline does and a sentence of the story does not.
 */
function markHeadlineLists(tokens: Token[], sentences: Sentence[], breaks: boolean[]): void {
  const isHeadline = (k: number): boolean => {
    const sentence = sentences[k] as Sentence;
    // The text's end closes its last paragraph.
    const closed = breaks[sentence.last] === true || k === sentences.length - 1;
    const whole = closed && (k === 0 || breaks[(sentences[k - 1] as Sentence).last] === true);
    if (!whole || !tokens[sentence.last]?.isWord) return false;
    let words = 0;
    for (let i = sentence.first; i <= sentence.last; i += 1) if (tokens[i]?.isWord) words += 1;
    return words >= 4 && words <= 25;
  };
  for (let k = 0; k < sentences.length;) {
    let end = k;
    while (end < sentences.length && isHeadline(end)) end += 1;
    // "President Obama also said:" and the points under it are the story's own list.
    const introduced = k > 0 && tokens[(sentences[k - 1] as Sentence).last]?.text === ':';
    if (end - k >= HEADLINE_LIST_RUN && !introduced)
      for (let j = k; j < end; j += 1) (sentences[j] as Sentence).listed = true;
    k = Math.max(end, k + 1);
  }
}

/** "JON SIEBEN", "MARK BANNERMAN": a word written all in capitals, two letters or more. */
function isCapitalsWord(t: Token | undefined): boolean {
  if (!t || !t.isWord || t.text.length < 2) return false;
  // Asked of every token: most start with an ASCII character that is not a capital.
  const c = t.text.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  return /^\p{Lu}[\p{Lu}'’.-]*$/u.test(t.text);
}

function labelAt(tokens: Token[], i: number): { first: number; colon: number; key: string } | undefined {
  let k = i;
  while (k < i + 4 && isCapitalsWord(tokens[k])) k += 1;
  const colon = tokens[k];
  if (k === i || colon?.text !== ':' || colon.start !== tokens[k - 1]!.end) return undefined;
  const before = tokens[i - 1];
  // A label opens the text, a line or a turn glued after a full stop; "U.S. AND UK:" inside a sentence does not.
  if (before && !TERMINALS.has(before.text) && !/^[”"’]$/.test(before.text)) return undefined;
  return {
    first: i,
    colon: k,
    key: tokens
      .slice(i, k)
      .map((t) => t.text)
      .join(' '),
  };
}

/**
 * The speaker labels of a transcript. A text is taken for one when at least two speakers'
 * labels recur, so that a heading in capitals ("IN TEXAS: Family of …") is not a speaker.
 */
function speakerLabels(tokens: Token[]): { first: number; colon: number }[] {
  const found: { first: number; colon: number; key: string }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isCapitalsWord(tokens[i])) continue;
    const label = labelAt(tokens, i);
    if (!label) continue;
    found.push(label);
    i = label.colon;
  }
  const counts = new Map<string, number>();
  for (const l of found) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const recurring = [...counts.values()].filter((n) => n >= 2).length;
  return recurring >= 2 ? found.map(({ first, colon }) => ({ first, colon })) : [];
}

/**
 * "…a worthy reward."This is a stock…": a straight quote glued between a full stop (or a
 * link's last word) and a capital, when no quotation is open, opens the next paragraph's quotation.
 */
function gluedStraightOpeners(text: string, tokens: Token[], breaks: boolean[], wraps: boolean[]): Set<number> {
  const openers = new Set<number>();
  if (!text.includes(STRAIGHT_QUOTE)) return openers;
  let open = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (breaks[i] && !wraps[i]) open = false;
    // "And I asked, well, on whose authority?”: pages mix straight and curly marks.
    if (OPENING_QUOTES.has(token.text)) open = true;
    else if (CLOSING_QUOTES.has(token.text)) open = false;
    if (token.text !== STRAIGHT_QUOTE) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const glued: boolean =
      !open &&
      !!before &&
      !!after &&
      (TERMINALS.has(before.text) ||
        endsShoutedLine(tokens, i - 1) ||
        (before.isWord && /\p{L}$/u.test(before.text))) &&
      before.end === token.start &&
      after.start === token.end &&
      /^\p{Lu}/u.test(after.text);
    if (glued) openers.add(i);
    // Each mark that its spaces tell says again whether a quotation is open.
    open = glued || straightQuoteOpens(text, token) || (!open && !isClosingStraight(text, token));
  }
  return openers;
}

/** Before a space, a punctuation mark or the end: '…," he said' closes. */
function isClosingStraight(text: string, token: Token): boolean {
  const after = text[token.end];
  return after === undefined || /[\s,.;:!?)\]—–-]/.test(after);
}

/** After a space or an opening bracket, unless a space follows too: "…,' " says Munn" closes. */
function straightQuoteOpens(text: string, token: Token): boolean {
  const before = text[token.start - 1];
  const after = text[token.start + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return before === undefined || /[\s([—–-]/.test(before);
}

function isSameMarkAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.text === (tokens[i] as Token).text && next.start === (tokens[i] as Token).end;
}

/** "Another said: ”Bird flu …": a closing mark written where a quotation opens, after a colon and before a word. */
function closingMarkOpens(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    token.text === '”' &&
    tokens[i - 1]?.text === ':' &&
    isSpaceAt(text, token.start - 1) &&
    !!next?.isWord &&
    next.start === token.end
  );
}

/**
 * "…the actual issues being raised.\n\nThe signs that have been erected in the Belvoir
 * area\n\n"While I condemn…": a short paragraph from `first` without a full stop or a quotation
 * mark, with a paragraph after it that opens a quotation. Gives its last token.
 */
function captionBefore(tokens: Token[], breaks: boolean[], first: number): number | undefined {
  for (let k = first; k < first + 14 && k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    if (LINE_END_MARKS.has(t.text) || isOpeningQuote(t)) return undefined;
    if (breaks[k]) return k > first && isOpeningQuote(tokens[k + 1]) ? k : undefined;
  }
  return undefined;
}

/** Words that introduce a quotation in single marks: "says ‘If Sweden is attacked…’", "said: ‘…’". */
const SINGLE_QUOTE_LEADS = new Set(['says', 'said', 'say', 'adds', 'added', 'told', 'tells', 'warned', 'warns', ':']);

/**
 * "The brochure says ‘If Sweden is attacked, we will never surrender. Any suggestion …
 * is false.’": a quotation in single marks, as British papers print them, after a speech
 * verb or a colon, closed after a full stop in the same paragraph. Where it closes, if it does.
 */
function singleQuotationClose(tokens: Token[], breaks: boolean[], open: number): number | undefined {
  const lead = tokens[open - 1];
  if (!lead || !SINGLE_QUOTE_LEADS.has(lead.norm || lead.text) || !/^\p{Lu}/u.test(tokens[open + 1]?.text ?? ''))
    return undefined;
  for (let k = open + 1; k < tokens.length && k < open + 200; k += 1) {
    const t = tokens[k] as Token;
    if (t.text === '‘' || OPENING_QUOTES.has(t.text) || (CLOSING_QUOTES.has(t.text) && t.text !== '’'))
      return undefined;
    if (t.text === '’' && /^[.?!]$/.test(tokens[k - 1]?.text ?? '')) return k;
    if (breaks[k]) return undefined;
  }
  return undefined;
}

function findQuotations(
  text: string,
  tokens: Token[],
  breaks: boolean[],
  wraps: boolean[],
  openers: Set<number>,
): Quotation[] {
  const quotations: Quotation[] = [];
  let open: number | undefined;
  let words = 0;
  const finish = (close: number) => {
    if (open !== undefined) quotations.push({ open, close, words });
    open = undefined;
    words = 0;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    // Every quotation mark is one character: longer tokens skip the set look-ups, which
    // otherwise hash each token's text once per article.
    const mark = token.text.length === 1;
    const opens =
      mark &&
      (OPENING_QUOTES.has(token.text) ||
        (token.text === STRAIGHT_QUOTE && (straightQuoteOpens(text, token) || openers.has(i))) ||
        (open === undefined && closingMarkOpens(text, tokens, i)));
    const closes = mark && !opens && (CLOSING_QUOTES.has(token.text) || token.text === STRAIGHT_QUOTE);
    // "…mislead voters,’’ Will Moy": two single marks written for a double one.
    const doubled = mark && (token.text === '‘' || token.text === '’') && isSameMarkAfter(tokens, i);
    if (open === undefined) {
      const single = token.text === '‘' && !opens && !doubled ? singleQuotationClose(tokens, breaks, i) : undefined;
      if (single !== undefined) {
        const inside = tokens.slice(i + 1, single).filter((t) => t.isWord).length;
        quotations.push({ open: i, close: single, words: inside });
        i = single;
        continue;
      }
      if (opens || (doubled && token.text === '‘')) open = i;
    } else if (closes || (doubled && token.text === '’')) {
      if (doubled) i += 1;
      finish(i);
    } else if (token.isWord) {
      words += 1;
    }
    if (open !== undefined && breaks[i] && !wraps[i]) {
      // A quotation over several paragraphs opens each of them again and closes only in
      // the last; a paragraph that does not reopen it ends it, unless it is a photo's
      // caption set between two of them.
      const caption = captionBefore(tokens, breaks, i + 1);
      if (caption !== undefined) i = caption + 1;
      else if (!isOpeningQuote(tokens[i + 1])) finish(i);
      else i += 1;
    }
  }
  if (open !== undefined) finish(tokens.length - 1);
  return quotations;
}
