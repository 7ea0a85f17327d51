import type { TextLayout } from './sentences';
import type { Token } from './text';

/** Words of a note about who wrote the story: "… is a Metro reporter", "… covers the White House". */
const JOURNALISM_WORDS = new Set([
  'reporter',
  'writer',
  'correspondent',
  'columnist',
  'editor',
  'journalist',
  'contributor',
  'blogger',
  'covers',
  'covering',
  'covered',
  'reporting',
  // "Emiliano joined pv magazine in March 2017.": the writer's outlet.
  'magazine',
  'newspaper',
]);

/** What follows the writer's name at the start of a note: "is", "covers", "currently works", "writes". */
const NOTE_VERBS = new Set(['is', 'covers', 'currently', 'works', 'writes', 'has', 'joined']);

const NOTE_PRONOUNS = new Set(['he', 'she', 'his', 'her']);

/** Notes sit at either end of the story: in its first sentences or in its last words. */
const OPENING_SENTENCES = 3;
const CLOSING_WORDS = 150;

/** Words that a line of a name and a network or two ("@coreykilgannon • Facebook") stays under. */
const SHORT_LINE_WORDS = 6;

function wordsIn(tokens: Token[], first: number, last: number): Token[] {
  const words: Token[] = [];
  for (let i = first; i <= last; i += 1) if ((tokens[i] as Token).isWord) words.push(tokens[i] as Token);
  return words;
}

/** "Jeff Foust (jeff@thespacereview.com) is the editor": the words of a sentence, its brackets left out. */
function wordsOutsideBrackets(tokens: Token[], first: number, last: number): Token[] {
  const words: Token[] = [];
  let depth = 0;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i] as Token;
    if (t.text === '(') depth += 1;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.isWord && depth === 0) words.push(t);
  }
  return words;
}

/** "Steven Mufson covers the White House.": a name of two or three words, a note's verb, a journalist's word. */
function opensNote(all: Token[], headed: boolean): boolean {
  // "ABOUT THE AUTHORYasmine Hassan is a producer …": the note's heading, glued before it or a sentence of its own.
  const glued = isNoteHeading(all.slice(0, 3));
  const heading = headed || glued;
  const words = glued ? all.slice(3) : all;
  let name = 0;
  while (name < words.length && name < 6 && (words[name] as Token).capitalised) name += 1;
  // "Phil HelselPhil Helsel is a reporter": the byline glued before the note repeats the name.
  const half = name / 2;
  const repeated = name % 2 === 0 && words.slice(0, half).every((w, k) => w.text === words[half + k]?.text);
  if (name > 3 && !repeated) return false;
  if (name < 2 || !NOTE_VERBS.has(words[name]?.norm ?? '')) return false;
  return heading || words.slice(name).some((w) => JOURNALISM_WORDS.has(w.norm));
}

function isNoteHeading(words: Token[]): boolean {
  return words.map((w) => w.norm).join(' ') === 'about the author';
}

/** "He was also part of the team …", "Since joining The Post, he has covered …": the note goes on about its writer. */
function continuesNote(words: Token[]): boolean {
  return words.length <= SHORT_LINE_WORDS || words.slice(0, 8).some((w) => NOTE_PRONOUNS.has(w.norm));
}

/**
 * The sentences of a note about the story's writer ("Corey Kilgannon is a Metro reporter
 * covering …"): the people, outlets and prizes in it are not parties of the story.
 */
export function authorNoteSentences(tokens: Token[], layout: TextLayout): Set<number> {
  const notes = new Set<number>();
  const { sentences } = layout;
  const wordsAfter = new Array<number>(sentences.length + 1).fill(0);
  for (let s = sentences.length - 1; s >= 0; s -= 1) {
    const sentence = sentences[s] as (typeof sentences)[number];
    wordsAfter[s] = (wordsAfter[s + 1] as number) + wordsIn(tokens, sentence.first, sentence.last).length;
  }
  for (let s = 0; s < sentences.length; s += 1) {
    if (s >= OPENING_SENTENCES && (wordsAfter[s] as number) > CLOSING_WORDS) continue;
    const sentence = sentences[s] as (typeof sentences)[number];
    const previous = sentences[s - 1];
    const headed = !!previous && isNoteHeading(wordsIn(tokens, previous.first, previous.last));
    if (!opensNote(wordsOutsideBrackets(tokens, sentence.first, sentence.last), headed)) continue;
    notes.add(s);
    for (let next = s + 1; next < sentences.length; next += 1) {
      const following = sentences[next] as (typeof sentences)[number];
      if (!continuesNote(wordsIn(tokens, following.first, following.last))) break;
      notes.add(next);
    }
  }
  return notes;
}
