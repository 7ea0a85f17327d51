import { cueVerb } from './cues';
import { isCommonWord, isCountryName, isFirstName, isKnownOrganization, isPersonName, isPlaceName } from './lexicon';

/** One word or punctuation mark of the article text, with its place in that text. */
export interface Token {
  /** The characters as they appear in the article. */
  text: string;
  start: number;
  end: number;
  /** Lower case, look-alike letters folded to Latin, possessive ending removed. */
  norm: string;
  isWord: boolean;
  /** First letter is upper case ("Kerry", "U.S.", "al-Assad" counts through its particle). */
  capitalised: boolean;
  /** First letter is lower case ("said", "al-Assad" too). */
  lowercase: boolean;
  /** Ends in 's or ’s on a word that is not a contraction ("Kerry's", not "it's"). */
  possessive: boolean;
}

// Cyrillic and Greek letters that look like Latin ones. Pages (and propaganda) sometimes
// mix them into Latin words ("Мoscow" with a Cyrillic М); folded, the word is recognised.
const LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** A word with stray Cyrillic or Greek look-alikes written in Latin, when it is otherwise Latin. */
export function foldLookAlikes(word: string): string {
  if (!/[\u0370-\u04ff]/.test(word) || !/[A-Za-z]/.test(word)) return word;
  return word.replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKES[c] ?? c);
}

/** Particles that start a surname in lower case but belong to a capitalised name ("al-Assad"). */
const NAME_PARTICLE =
  /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|de|da|di|du|del|della|van|von|der|den|le|la|dos|das|ben)[-‘’']\p{Lu}/u;

const CONTRACTIONS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'let', 'here', 'where']);
// "I’d", "we’re", "let’s": a pronoun, whatever its capital says.
const PRONOUN_CONTRACTION = /^(i|we|you|he|she|they|it|let)['’](d|m|ve|ll|re|s)$/i;

const WORD_START = /^[\p{L}\p{N}]/u;
const GLUED_SENTENCES = /^(.*\p{Ll}{2})(?=\.\p{Lu})/u;
// "says Li.In August", "VICE US.In the middle", "Flight QZ8501.The search": after a short or all-caps word or a code, only a word
// that opens sentences tells a glued paragraph from a name with a dot in it.
const GLUED_BEFORE_OPENER =
  /^(\p{L}[\p{L}\p{N}]+)(?=\.(?:In|The|But|A|An|It|He|She|They|We|This|That|On|At|For|As|After|When|While|However|And|So)(?![\p{L}\p{N}]))/u;

// "19:55Antony Clements-Thrower": a live blog's time stamp glued to the post's byline.
const GLUED_AFTER_TIME = /^(\d{1,2}:\d\d)(?=\p{Lu}\p{Ll})/u;
// A surname glued to what follows it: "Watkins", "O'Callaghan".
const GLUED_SURNAME = /^(?:O['’])?[A-Z][a-z]{2,}$/;

// "a rotten time in UK'Meghan Markle has been torn apart", "for Yahya Sinwar'On Tuesday": a
// quotation that closes a headline, glued to the story ("O'Reilly" and "D'Angelo" have one
// letter before the mark).
const GLUED_AFTER_QUOTE = /^(\p{Lu}{2,}|[\p{L}-]*\p{Ll}{3})(?=['’]\p{Lu}\p{Ll})/u;

// "Raab told the BBC.Twitter pledged": an acronym closing a sentence, glued to the next one's name.
const GLUED_AFTER_ACRONYM = /^(\p{Lu}{2,})(?=\.\p{Lu}\p{Ll}{2})/u;
// "a cure for COVID-19.Last month": after a code with a hyphen and a number.
const GLUED_AFTER_CODE = /^(\p{L}[\p{L}\p{N}]*-\p{N}+)(?=\.\p{Lu}\p{Ll}{2})/u;

// "September 19, 2016Publicly identifying": a date that ends an embedded post, glued to the story's next word.
const GLUED_AFTER_YEAR = /^(?:19|20)\d\d\p{Lu}\p{Ll}{2}/u;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
// Zero-width spaces and joiners part paragraphs in some pages ("…saved’.”\u200cHansen said"): white space.
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/u;

/** Length in code units of the character at i when it is of the class, else 0 (ASCII first). */
function classLength(text: string, i: number, ascii: (c: number) => boolean, pattern: RegExp): number {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return 0;
  if (c < 128) return ascii(c) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  return pattern.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const letterAt = (text: string, i: number) => classLength(text, i, isAsciiLetter, LETTER);
const numberAt = (text: string, i: number) => classLength(text, i, isAsciiDigit, NUMBER);
const markAt = (text: string, i: number) => classLength(text, i, () => false, MARK);
const wordCharAt = (text: string, i: number) => letterAt(text, i) || numberAt(text, i) || markAt(text, i);

// By code unit, as the scanner asks at every word end: a one-character string per test
// was a large share of the garbage a suggestion made.
const isNumberSeparator = (c: number) => c === 46 || c === 44 || c === 58;
// A soft hyphen (U+00AD) is where a page allows a line break inside a word: "Vladi\u00admir" is one word.
const isWordJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0xad;

function skipWordChars(text: string, i: number): number {
  for (let n = wordCharAt(text, i); n > 0; n = wordCharAt(text, i)) i += n;
  return i;
}

/**
 * "AT&T", "S&P", "PG&E": initials joined by an ampersand with no space are one name. Where
 * such a word ends, or undefined when the word at start..end is not of that shape.
 */
function initialsAroundAmpersand(text: string, start: number, end: number): number | undefined {
  if (text[end] !== '&' || end - start > 4 || !/^[A-Z]+$/.test(text.slice(start, end))) return undefined;
  const after = /^[A-Z]{1,4}(?![\p{L}\p{N}&])/u.exec(text.slice(end + 1, end + 6));
  return after ? end + 1 + after[0].length : undefined;
}

/**
 * Where the token starting at i ends. Numbers keep their inner separators (6,000 and 1.8.3
 * are one token); dotted initialisms keep their dots (U.S.); words keep inner apostrophes,
 * hyphens and dots (Nyong'o, al-Assad, Snopes.com). Any other visible character is a token
 * of its own, "..." and "--" one each. A hand-written scanner: the equivalent regular
 * expression allocated a match per token and cost most of the time of a suggestion.
 */
function tokenEnd(text: string, i: number): number {
  const digit = numberAt(text, i);
  if (digit) {
    let j = i + digit;
    for (let n = numberAt(text, j); n > 0; n = numberAt(text, j)) j += n;
    while (isNumberSeparator(text.charCodeAt(j)) && numberAt(text, j + 1)) {
      j += 1;
      for (let n = numberAt(text, j); n > 0; n = numberAt(text, j)) j += n;
    }
    for (let n = letterAt(text, j); n > 0; n = letterAt(text, j)) j += n;
    return j;
  }
  const letter = letterAt(text, i);
  if (letter) {
    let k = i;
    let pairs = 0;
    for (let n = letterAt(text, k); n > 0 && text[k + n] === '.'; n = letterAt(text, k)) {
      k += n + 1;
      pairs += 1;
    }
    if (pairs >= 2 && !letterAt(text, k)) return k;
    let j = skipWordChars(text, i + letter);
    j = initialsAroundAmpersand(text, i, j) ?? j;
    while (isWordJoiner(text.charCodeAt(j)) && (letterAt(text, j + 1) || numberAt(text, j + 1)))
      j = skipWordChars(text, j + 1);
    return j;
  }
  if (text.startsWith('...', i)) return i + 3;
  if (text.startsWith('--', i)) return i + 2;
  const cp = text.codePointAt(i) as number;
  return i + (cp > 0xffff ? 2 : 1);
}

/** Whether the text has white space at i, as `\s` matches it (ASCII first). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

function startsWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(raw);
}

function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(word);
}

/**
 * A speech verb with a link's text glued to it ("saidOpens a new window that…"): the verb
 * alone, so that it is still a cue; and a lower-case word glued to the capital of what
 * follows. Camel-case words with a short head ("iPhone", "eBay") stay whole.
 */
function withoutGluedLink(raw: string): string {
  const first = raw.charCodeAt(0);
  if (first < 97 || first > 122) return raw;
  for (let k = 2; k < raw.length - 1; k += 1) {
    const c = raw.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c < 65 || c > 90 || !startsLowerCase(raw.slice(k + 1))) return raw;
    const left = raw.slice(0, k);
    // "Obama interviewThe presidential", "more borrowersRealtor Ghulam said": a headline or a
    // link's text glued to the story's next sentence.
    const right = /^[A-Za-z]+/.exec(raw.slice(k))?.[0] ?? '';
    const opener = GLUED_OPENERS.has(right) || SHORT_OPENERS.has(right);
    if (cueVerb(left) || (left.length >= 3 && opener) || (left.length >= 4 && right.length >= 4)) return left;
    return raw;
  }
  return raw;
}

const GLUED_OPENERS = new Set([
  'The',
  'This',
  'That',
  'These',
  'They',
  'There',
  'But',
  'When',
  'While',
  'After',
  'However',
]);
// Titles that open a caption or a story's sentence before a name: "…ClementeJustice Brett Kavanaugh".
const GLUED_TITLES = new Set([
  'Justice',
  'Judge',
  'President',
  'Senator',
  'Governor',
  'Mayor',
  'Secretary',
  'Minister',
]);

// Short words that open a sentence glued after a line in capitals ("… COMPETITION SERIESIn his").
const SHORT_OPENERS = new Set(['In', 'On', 'At', 'As', 'He', 'It', 'We', 'If']);

// A capitalised word of three letters or more, right before another capital: "Philip|Segments", "Blair|ESHe".
const GLUED_LEAD = /^\p{Lu}\p{Ll}{2,}(?=\p{Lu})/u;

/** How often each run of letters stands in the text as a word of its own. */
function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

// The last change from a lower-case letter to a capitalised word: "Ocasio-Cortez|Alexandria".
const CAMEL_BOUNDARY = /^(\p{Lu}[\p{L}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)/u;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/**
 * Captions and lists run together without a space ("Kent, WashingtonCeres Robotics",
 * "REUTERS/Brendan McDermidThe U.S.", "GET THE FOX NEWS APPSwift's rep"): the first word
 * alone, when it is a place, a word in capitals, or what follows opens a sentence. Other
 * camel-case names ("LinkedIn", "JavaScript", "McDonald") stay whole.
 */
function withoutGluedName(
  raw: string,
  previous: Token | undefined,
  beforePrevious: Token | undefined,
  handle: boolean,
  wordCounts: () => Map<string, number>,
): string {
  // "Rep. Ilhan OmarIlhan OmarHillicon Valley": a link card glued after a name repeats it.
  const card = CAMEL_BOUNDARY.exec(raw);
  if (card?.[1] && (card[2] === previous?.text || card[1] === beforePrevious?.text)) return card[1];
  // "Prince PhilipSegments", "Tony BlairESHe": a name the text writes on its own twice or
  // more elsewhere, glued once to the next line. A brand's own spelling ("WhatsApp",
  // "YouTube") recurs whole, or opens on a word that is no name ("You", "Door");
  // "@HayesBrown" is one handle.
  const lead = handle || raw.includes('.') ? undefined : GLUED_LEAD.exec(raw)?.[0];
  if (lead && !isCommonWord(lead.toLowerCase())) {
    const counts = wordCounts();
    if ((counts.get(lead) ?? 0) > 1 && counts.get(/^\p{L}+/u.exec(raw)?.[0] ?? '') === 1) return lead;
  }
  // "UKAmnesty International": a country's initials closing a line, glued to the next.
  const initials = /^(?:UK|US)(?=[A-Z][a-z]{3,})/.exec(raw);
  if (initials) return initials[0];
  // From the fourth letter: "McDermid" has its second capital inside the name.
  for (let k = 3; k < raw.length - 1; k += 1) {
    if (!isAsciiUpper(raw.charCodeAt(k)) || !isAsciiLower(raw.charCodeAt(k + 1))) continue;
    // "Clements-ThrowerPlymouth": a capital after a hyphen is the name's second part.
    if (raw[k - 1] === '-') continue;
    const left = raw.slice(0, k);
    const right = /^[A-Za-z]+/.exec(raw.slice(k))?.[0] ?? '';
    if (GLUED_OPENERS.has(right) && /^[A-Z][A-Za-z]{2,}$/.test(left)) return left;
    // "…not working with the OBRJeremy Hunt, who replaced": an acronym closing a caption, glued to a given name.
    if (/^[A-Z]{3,5}$/.test(left) && right.length >= 4 && isFirstName(right.toLowerCase())) return left;
    // "Read NextFellow protester": a prompt to read on, glued to the story's next line.
    if ((left === 'Next' || left === 'More') && previous?.text === 'Read') return left;
    // "Getty ImagesIndian police": a photo credit glued to the caption or story after it.
    if (/^(?:Images|Photos|Pictures)$/.test(left) && right.length >= 2) return left;
    // "Edgar H. ClementeJustice Brett Kavanaugh": a credit glued to a caption that opens on a title.
    if (GLUED_TITLES.has(right) && /^[A-Z][a-z]{3,}$/.test(left)) return left;
    // "19:55Sophie BatemanRioters gathered": a live blog's byline, glued to its post's first word.
    const byline =
      !!previous &&
      isFirstName(previous.norm) &&
      !!beforePrevious &&
      beforePrevious.end === previous.start &&
      /^\d{1,2}:\d\d$/.test(beforePrevious.text);
    if (byline && GLUED_SURNAME.test(left) && right.length >= 4) return left;
    // "Antony Clements-ThrowerPlymouth police": a double-barrelled name, glued to the next line.
    if (/^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$/.test(left) && right.length >= 4) return left;
    // "Photo: Greg NelsonFretting over …": a credited name glued to the caption's or story's next word.
    const afterGivenName = !!previous && isFirstName(previous.norm) && /^[A-Z][a-z]{2,}$/.test(left);
    if (afterGivenName && isPersonName(left.toLowerCase()) && right.length >= 3) return left;
    // "Jon KingMeghan Markle": a related story's headline opening on someone's first name.
    if (afterGivenName && left.length >= 4 && right.length >= 4 && isFirstName(right.toLowerCase())) return left;
    // "John LegendWe": a surname glued to a word that opens a sentence, a common word or a known firm.
    const opener = GLUED_OPENERS.has(right) || SHORT_OPENERS.has(right) || isKnownOrganization(right.toLowerCase());
    if (afterGivenName && !previous?.possessive && (opener || isCommonWord(right.toLowerCase()))) return left;
    // "Princes Charles and WilliamFew senior members": a given name closing a caption or a
    // heading, glued to a common word that opens the next.
    const givenName = /^[A-Z][a-z]{3,}$/.test(left) && isFirstName(left.toLowerCase());
    const word = right.toLowerCase();
    const common = isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)));
    if (givenName && right.length >= 3 && common && !isPersonName(word)) return left;
    // "Create an AccountorIndia said": a sign-up prompt glued to a sentence that opens on a country.
    if (right.length >= 4 && right === raw.slice(k) && isCountryName(word) && !isFirstName(left.toLowerCase()))
      return left;
    if (/^[A-Z][a-z]{4,}$/.test(left)) return isPlaceName(left.toLowerCase()) && right.length >= 4 ? left : raw;
    // "DON'T MISSChina", "GET THE FOX NEWS APPSwift's": a word in capitals, or ending a line of them.
    const shouted = isCommonWord(left.toLowerCase()) || (!!previous && /^[A-Z][A-Z'’]+$/.test(previous.text));
    if (/^[A-Z]{3,}$/.test(left)) return shouted && (right.length >= 3 || SHORT_OPENERS.has(right)) ? left : raw;
    // "FROM 'DANCING WITH THE STARS'The news": a quoted title in capitals closes before the story's word.
    if (/^[A-Z]{3,}['’]$/.test(left) && shouted && GLUED_OPENERS.has(right)) return left.slice(0, -1);
    return raw;
  }
  return raw;
}

/**
 * "Fox News’ Bill O’Reilly": an apostrophe glued after a capitalised word in s, before
 * another name, makes the word possessive, unless a single quotation it could close is open.
 */
function isPluralPossessive(text: string, raw: string, start: number, owner: Token): boolean {
  if ((raw !== '’' && raw !== "'") || owner.end !== start || !owner.capitalised || !owner.norm.endsWith('s'))
    return false;
  if (text[start + 1] !== ' ' || !/\p{Lu}/u.test(text[start + 2] ?? '')) return false;
  // Only the last 200 characters: a scan back to the start of a long text for each one would be quadratic.
  const window = text.slice(Math.max(0, start - 200), start);
  const opened = window.lastIndexOf(raw === '’' ? '‘' : "'");
  return opened < 0 || window.lastIndexOf(raw) > opened;
}

/** Where a word ends without its possessive ending ("Russia's", "News’"). */
export function nameEndOf(token: Token): number {
  if (!token.possessive) return token.end;
  return /['’]s$/.test(token.text) ? token.end - 2 : token.end - 1;
}

/**
 * "SEARCHING THROUGH THE NIGHTA navy spokesman said": a line in capitals glued to the
 * article "A" (or "I") that opens the next sentence, told by the lower-case word after it.
 */
function gluesArticle(text: string, raw: string, start: number, tokens: Token[]): boolean {
  const shouted = (t: Token | undefined) => !!t && /^[A-Z]{2,}$/.test(t.text);
  return (
    /^[A-Z]{3,}[AI]$/.test(raw) &&
    shouted(tokens[tokens.length - 1]) &&
    shouted(tokens[tokens.length - 2]) &&
    !isKnownOrganization(raw.toLowerCase()) &&
    /^ [a-z]/.test(text.slice(start + raw.length, start + raw.length + 2))
  );
}

/** Splits article text into tokens, keeping each token's offsets in the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Most texts have no Cyrillic or Greek letter at all: then no word needs folding.
  const mixedScripts = /[\u0370-\u04ff]/.test(text);
  // A regular expression: String#includes of this one character scanned long texts many times slower.
  const softHyphens = SOFT_HYPHEN.test(text);
  let counted: Map<string, number> | undefined;
  const wordCounts = () => (counted ??= countWords(text));
  for (let i = 0; i < text.length;) {
    if (isSpaceAt(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    let raw = text.slice(start, tokenEnd(text, start));
    // Paragraphs run together without a space ("the crisis.A number of experts"): the
    // sentence still ends at the full stop. "Snopes.com" and "U.S." stay whole.
    const glued =
      raw.length >= 4 && raw.includes('.')
        ? (GLUED_SENTENCES.exec(raw) ??
          GLUED_BEFORE_OPENER.exec(raw) ??
          GLUED_AFTER_ACRONYM.exec(raw) ??
          GLUED_AFTER_CODE.exec(raw))
        : null;
    const lineEnd = !glued && raw.length > 5 ? (GLUED_AFTER_TIME.exec(raw) ?? GLUED_AFTER_QUOTE.exec(raw)) : null;
    if (glued?.[1]) raw = glued[1];
    else if (raw.length > 6 && GLUED_AFTER_YEAR.test(raw)) raw = raw.slice(0, 4);
    else if (lineEnd?.[1]) raw = lineEnd[1];
    else if (raw.length > 4)
      raw = withoutGluedName(
        withoutGluedLink(raw),
        tokens[tokens.length - 1],
        tokens[tokens.length - 2],
        text[start - 1] === '@',
        wordCounts,
      );
    if (gluesArticle(text, raw, start, tokens)) raw = raw.slice(0, -1);
    i = start + raw.length;
    const end = start + raw.length;
    const isWord = startsWord(raw);
    const owner = tokens[tokens.length - 1];
    if (!isWord && owner && isPluralPossessive(text, raw, start, owner)) {
      owner.text += raw;
      owner.end = end;
      owner.possessive = true;
      continue;
    }
    if (!isWord) {
      tokens.push({
        text: raw,
        start,
        end,
        norm: raw,
        isWord,
        capitalised: false,
        lowercase: false,
        possessive: false,
      });
      continue;
    }
    let base = mixedScripts ? foldLookAlikes(raw) : raw;
    if (softHyphens) base = withoutSoftHyphens(base);
    let possessive = false;
    const apostrophe = base.includes("'") || base.includes('’');
    const pronoun = apostrophe ? PRONOUN_CONTRACTION.exec(base) : null;
    if (pronoun?.[1]) {
      const word = pronoun[1].toLowerCase();
      tokens.push({
        text: raw,
        start,
        end,
        norm: word === 'let' ? 'we' : word,
        isWord,
        capitalised: false,
        lowercase: true,
        possessive: false,
      });
      continue;
    }
    if (apostrophe && base.length > 2 && (base.endsWith("'s") || base.endsWith('’s'))) {
      const stem = base.slice(0, -2);
      if (!CONTRACTIONS.has(stem.toLowerCase())) {
        base = stem;
        possessive = true;
      }
    }
    const lowercase = startsLowerCase(base);
    tokens.push({
      text: raw,
      start,
      end,
      norm: base.toLowerCase(),
      isWord,
      // Only a word with a hyphen or an apostrophe can start with a particle ("al-Assad").
      capitalised: lowercase
        ? base.length > 3 && (apostrophe || base.includes('-') || base.includes('‘')) && NAME_PARTICLE.test(base)
        : startsUpperCase(base),
      lowercase,
      possessive,
    });
  }
  return tokens;
}

/**
 * The key two spellings of a name share: accents, case, look-alikes, punctuation and a
 * possessive ending do not count ("Мoscow’s" and "moscow" meet).
 */
const nameKeys = new Map<string, string>();

export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    // Names repeat within and across articles; the cache is bounded all the same.
    if (nameKeys.size > 20000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return withoutSoftHyphens(foldLookAlikes(name))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SOFT_HYPHEN = /\u00ad/;
const SOFT_HYPHENS = /\u00ad/g;

/** A word as it reads, without the soft hyphens that only say where it may break. */
export function withoutSoftHyphens(word: string): string {
  return SOFT_HYPHEN.test(word) ? word.replace(SOFT_HYPHENS, '') : word;
}

/** Text with every run of white space made one space, as quotes are compared. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const OPENING_QUOTES = new Set(['“', '„', '«']);
export const CLOSING_QUOTES = new Set(['”', '»']);
export const STRAIGHT_QUOTE = '"';
