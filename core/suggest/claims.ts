import {
  ADVICE_CUES,
  AUXILIARIES,
  BE_FORMS,
  COMPLEMENTS,
  MESSAGE_NOUNS,
  NEGATING_DETERMINERS,
  PARTICLE_CUES,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  STATEMENT_NOUNS,
  STATEMENT_VERBS,
  cueInfinitive,
  type CueVerb,
  cueVerb,
} from './cues';
import {
  ORGANIZATION_BACK_REFERENCES,
  PARTY_ADJECTIVES,
  PARTY_MEMBER_PLURALS,
  PARTY_MEMBER_WORDS,
  PERSON_BACK_REFERENCES,
  POST_NOMINALS,
  ROLE_NOUNS,
  SPEAKER_NOUNS,
  TITLE_INITIALS,
  STATE_ROLE_NOUNS,
  TITLE_WORDS,
} from './gazetteer';
import { genderOf, genderOfNoun, type Gender } from './gender';
import { isCommonWord, isDateWord, isPersonName, isRoleNoun, isVerbForm, tagsOf } from './lexicon';
import type { Mention } from './mentions';
import type { PartyCluster, PartyIndex } from './parties';
import { postSignatureAt, type Sentence, type SpeakerTurn, type TextLayout } from './sentences';
import { CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE, nameKey, type Token } from './text';

/** An attributed claim found in the text, before it is written out. */
export interface ClaimDraft {
  /** First and last token of the claim's quote. */
  first: number;
  last: number;
  claimant: PartyCluster | null;
  about: PartyCluster[];
  /** What marks the attribution: a verb's lemma, "according to", "quotation", … */
  cue: string;
}

type Speaker =
  | { type: 'mention'; mention: Mention; from: number; joined?: Mention[] }
  // A noun such as "the actress" stands for someone as "she" would; described says the text named no one there.
  | { type: 'pronoun'; word: string; from: number; described?: boolean }
  | { type: 'noun'; word: string; definite: boolean; qualifier?: Mention; from: number }
  | { type: 'none' }
  | { type: 'negated' };

interface Cue {
  /** First and last token of the cue phrase. */
  index: number;
  end: number;
  lemma: string;
  needsSpeaker: boolean;
  kind: 'verb' | 'gerund' | 'according' | 'words' | 'statement' | 'colon' | 'hearing';
}

interface Unit {
  first: number;
  last: number;
  firstSentence: number;
  lastSentence: number;
  paragraph: number;
  lastParagraph: number;
}

interface Context {
  tokens: Token[];
  layout: TextLayout;
  index: PartyIndex;
  mentionAt: (Mention | undefined)[];
  inQuote: Uint8Array;
  /** Token index of the quotation mark that opens a quotation, → its closing token. */
  quotationAt: Map<number, number>;
  genders: Map<PartyCluster, Gender | undefined>;
  /** Mentions of organisations and groups, in text order. */
  organizations: Mention[];
}

interface Salience {
  /** People who made claims, the latest last, with the sentence of their last claim. */
  personClaimants: { cluster: PartyCluster; sentence: number }[];
  /** People named outside quotations, the latest last. */
  people: PartyCluster[];
  /** The last person who was a sentence's subject, with that sentence and the name's first token. */
  lastSubjectPerson?: { cluster: PartyCluster; sentence: number; at: number };
  lastOtherClaimant?: { cluster: PartyCluster; sentence: number };
  personCounts: Map<PartyCluster, number>;
  /** Organisations named so far, the latest last, with the first token of that mention. */
  organizations: { cluster: PartyCluster; sentence: number; at: number }[];
  /** The last lone unknown word that spoke ("Vidyard announced"): maybe the company meant later. */
  lastUnknownSpeaker?: { cluster: PartyCluster; sentence: number };
  /** The last organisation that was a sentence's subject: what "it" most likely is. */
  lastSubjectOrganization?: { cluster: PartyCluster; sentence: number };
  /** Who last issued a statement: what "the statement read" speaks for. */
  lastIssuer?: { cluster: PartyCluster; sentence: number };
}

// "by arguing", "while claiming": the sentence's subject speaks.
const GERUND_LINKS = new Set(['by', 'while', 'after', 'before', 'when', 'without']);
// "can be heard saying that", "was caught telling": the speaker was recorded saying it.
const PERCEIVED = new Set(['heard', 'overheard', 'seen', 'caught', 'recorded', 'filmed']);
// How far into a sentence the person it opens on may be named: "But for Parata and his family".
const OPENING_REACH = 5;
const TAG_ONLY_CUES = new Set([
  'continued',
  'continues',
  'shared',
  'shares',
  'chanted',
  'gushed',
  'mused',
  'reflects',
  'reflected',
  'answered',
]);
// "“…,” Haley shot back.": a retort, though "the officer fired back" reports gunfire.
const RETORT_VERBS = new Set(['shot', 'fired', 'hit', 'snapped']);
const STUDY_VERBS = new Set(['show', 'suggest', 'conclude', 'report', 'estimate']);
// "the poll showed that", "a report by Amnesty": what reports a finding, speaking for whoever made it.
const FINDING_NOUNS = new Set([
  'study',
  'studies',
  'paper',
  'report',
  'reports',
  'survey',
  'poll',
  'data',
  'findings',
  'documents',
  'analysis',
  'review',
]);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'that']);
// Verbs whose passive ("we're told", "it is said") still reports what someone unnamed says.
const PASSIVE_REPORTS = new Set(['say', 'tell', 'report', 'claim', 'allege', 'estimate']);
// "Corbyn is accused by critics of …", "was accused Wednesday of trying to deceive": a charge reported, whoever made it.
const PASSIVE_CHARGES = new Set(['accuse']);
const PERSON_OR_BODY = new Set(['person', 'organization', 'group']);
const SPEAKING_KINDS = new Set(['person', 'organization', 'country', 'group', 'unknown']);
const QUALIFYING_KINDS = new Set(['person', 'organization', 'country', 'group', 'demonym']);
// "has since said": an adverb between the auxiliary and the verb; "can be heard saying".
// "The Wikileaks founder always argued": an adverb of time or frequency between the subject and its verb.
const SUBJECT_SKIP = new Set([
  'also',
  'meanwhile',
  'however',
  'though',
  'too',
  'since',
  'can',
  'be',
  'always',
  'often',
  'still',
  'later',
  'again',
]);

function isQuoteMark(t: Token | undefined): boolean {
  return !!t && (OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text) || t.text === STRAIGHT_QUOTE);
}

function isClosingQuote(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (CLOSING_QUOTES.has(t.text)) return true;
  return t.text === STRAIGHT_QUOTE && ctx.inQuote[i] === 1 && !ctx.quotationAt.has(i);
}

function buildContext(tokens: Token[], layout: TextLayout, mentions: Mention[], index: PartyIndex): Context {
  const mentionAt: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) {
    for (let i = m.first; i <= m.last; i += 1) if (!mentionAt[i] || index.clusterOf.has(m)) mentionAt[i] = m;
  }
  const inQuote = new Uint8Array(tokens.length);
  const quotationAt = new Map<number, number>();
  for (const q of layout.quotations) {
    inQuote.fill(1, q.open, q.close + 1);
    quotationAt.set(q.open, q.close);
  }
  const organizations = mentions.filter((m) => m.kind === 'organization' || m.kind === 'group');
  return { tokens, layout, index, mentionAt, inQuote, quotationAt, genders: new Map(), organizations };
}

function isCaption(ctx: Context, unit: Unit): boolean {
  return ctx.layout.sentences.slice(unit.firstSentence, unit.lastSentence + 1).every((s) => s.caption || s.listed);
}

function captionsBetween(ctx: Context, after: number, before: number): number {
  return ctx.layout.sentences.slice(after + 1, before).filter((s) => s.caption).length;
}

/** What an issuer puts out, which then speaks for it. */
const ISSUED_WORDS = new Set(['statement', 'letter', 'memo', 'note', 'post', 'release']);

/** Sentences joined where one quotation runs over several of them. */
function speaksBeforeColon(ctx: Context, sentence: { first: number; last: number }): boolean {
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const t = ctx.tokens[i] as Token;
    if (!ctx.inQuote[i] && t.isWord && lower(t) && cueVerb(t.norm)) return true;
  }
  return false;
}

function buildUnits(ctx: Context): Unit[] {
  const { sentences, quotations } = ctx.layout;
  const sentenceOf = new Int32Array(ctx.tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.first, s.last + 1));
  const reach = sentences.map((_, k) => k);
  // "Uber … tweeted this announcement:" and the quotation under it are one claim.
  sentences.forEach((sentence, k) => {
    const next = sentences[k + 1];
    if (!next || ctx.tokens[sentence.last]?.text !== ':') return;
    if (isQuoteMark(ctx.tokens[next.first])) reach[k] = k + 1;
    // "Tatang Zaenudin … said:" over a paragraph set off with no quotation marks: the paragraph is what was said.
    else if (next.paragraph > sentence.paragraph && speaksBeforeColon(ctx, sentence)) {
      let end = k + 1;
      while (sentences[end + 1]?.paragraph === next.paragraph) end += 1;
      reach[k] = end;
    }
  });
  for (const q of quotations) {
    if (q.words < 3) continue;
    const a = sentenceOf[q.open] ?? 0;
    const b = sentenceOf[q.close] ?? a;
    if (b > (reach[a] ?? a)) reach[a] = b;
  }
  const units: Unit[] = [];
  for (let k = 0; k < sentences.length;) {
    let end = reach[k] ?? k;
    for (let j = k; j <= end; j += 1) end = Math.max(end, reach[j] ?? j);
    const first = sentences[k]!;
    const last = sentences[end]!;
    units.push({
      first: first.first,
      last: last.last,
      firstSentence: k,
      lastSentence: end,
      paragraph: first.paragraph,
      lastParagraph: last.paragraph,
    });
    k = end + 1;
  }
  return units;
}

function lower(t: Token | undefined): boolean {
  return !!t && t.lowercase;
}

function findCues(ctx: Context, unit: Unit): Cue[] {
  const { tokens } = ctx;
  const cues: Cue[] = [];
  for (let i = unit.first; i <= unit.last; i += 1) {
    if (ctx.inQuote[i]) continue;
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.text === ':' && isQuoteMark(tokens[i + 1])) {
      cues.push({ index: i, end: i, lemma: 'quotation', needsSpeaker: true, kind: 'colon' });
      continue;
    }
    if (!token.isWord) continue;
    if (token.norm === 'according' && next?.norm === 'to') {
      cues.push({ index: i, end: i + 1, lemma: 'according to', needsSpeaker: false, kind: 'according' });
      continue;
    }
    // "the inquest heard that", "York Crown Court heard": what a hearing was told is reported,
    // by no one the sentence names.
    if (token.norm === 'heard' && hearingBefore(ctx, i) && reportAfterHearing(ctx, i)) {
      cues.push({ index: i, end: i, lemma: 'hear', needsSpeaker: false, kind: 'hearing' });
      continue;
    }
    // "the statement read", "the letter reads": a message's words are quoted.
    if ((token.norm === 'read' || token.norm === 'reads') && ISSUED_WORDS.has(tokens[i - 1]?.norm ?? '')) {
      cues.push({ index: i, end: i, lemma: 'say', needsSpeaker: true, kind: 'verb' });
      continue;
    }
    if (token.norm === 'words' && (tokens[i - 1]?.possessive || next?.norm === 'of')) {
      cues.push({ index: i, end: i, lemma: 'words', needsSpeaker: true, kind: 'words' });
      continue;
    }
    // "expressed concern about", "expressed regret that": a feeling voiced is said.
    const expressed = EXPRESSING_VERBS.has(token.norm);
    if (STATEMENT_VERBS.has(token.norm) || expressed) {
      for (let k = i + 1; k <= Math.min(i + 3, unit.last); k += 1) {
        const noun = (tokens[k] as Token).norm;
        // "released a television ad saying that …": a message that carries words said in it.
        const voiced = expressed ? EXPRESSED_NOUNS.has(noun) : STATEMENT_NOUNS.has(noun);
        if (voiced || (!expressed && MESSAGE_NOUNS.has(noun) && carriesWords(ctx, k + 1))) {
          cues.push({
            index: i,
            end: k,
            lemma: expressed ? 'express' : 'statement',
            needsSpeaker: true,
            kind: 'statement',
          });
          break;
        }
      }
      continue;
    }
    // "McConnell called the debt “the transcendent issue of our era”", "has called for
    // spending": naming something in quoted words, or calling for it, is a statement.
    if (
      NAMING_VERBS.has(token.norm) &&
      lower(token) &&
      followsSubject(ctx, i) &&
      (next?.norm === 'for' ||
        (next?.norm === 'on' && ctx.tokens[i + 2]?.norm !== 'by') ||
        quoteOpensSoon(ctx, unit, i, 12))
    ) {
      cues.push({ index: i, end: i, lemma: 'call', needsSpeaker: true, kind: 'verb' });
      continue;
    }
    // "“…,” he continued.", "“…,” Kelce shared.": going on speaks only as the tag of a quotation,
    // never in "continues to fall" or "shared a photo".
    if (TAG_ONLY_CUES.has(token.norm) && lower(token) && [',', '.', ':'].includes(next?.text ?? '')) {
      cues.push({ index: i, end: i, lemma: 'continue', needsSpeaker: true, kind: 'verb' });
      continue;
    }
    if (
      RETORT_VERBS.has(token.norm) &&
      lower(token) &&
      next?.norm === 'back' &&
      [',', '.', ':'].includes(tokens[i + 2]?.text ?? '') &&
      closesQuotationBefore(ctx, i)
    ) {
      cues.push({ index: i, end: i + 1, lemma: 'retort', needsSpeaker: true, kind: 'verb' });
      continue;
    }
    const particle = PARTICLE_CUES.get(token.norm);
    if (particle && next?.norm === particle) {
      // "has ruled out Taliban involvement": what is ruled out is the claim, with no clause after it.
      const ruling = particle === 'out' && token.norm.startsWith('rule');
      cues.push({
        index: eagerFrame(ctx, i) ?? i,
        end: i + 1,
        lemma: ruling ? 'rule out' : 'point out',
        needsSpeaker: true,
        kind: ruling ? 'statement' : 'verb',
      });
      continue;
    }
    // "was keen to stress that", "was quick to point out": the speech is reported all the same.
    const eager = lower(token) ? eagerFrame(ctx, i) : undefined;
    const infinitive = eager === undefined ? undefined : cueInfinitive(token.norm);
    if (eager !== undefined && infinitive) {
      cues.push({ index: eager, end: i, lemma: infinitive.lemma, needsSpeaker: infinitive.needsSpeaker, kind: 'verb' });
      continue;
    }
    // "Declaring the town's soul at stake, Mayor Ada Lund ordered …": an opening participle speaks as the main clause's subject.
    const opening = isOpeningWord(ctx, unit, i) && token.capitalised && token.norm.endsWith('ing');
    const verb = lower(token) || opening ? (cueVerb(token.norm) ?? afterDo(tokens, i)) : undefined;
    if (!verb) continue;
    if (opening) {
      // "Telling stories is fun": only a main clause with a speaking subject makes it a statement.
      cues.push({ index: i, end: i, lemma: verb.lemma, needsSpeaker: true, kind: 'gerund' });
      continue;
    }
    const previousWord = tokens[i - 1];
    // "to tell Facebook", "get a say": an infinitive or a noun, not a report.
    if (previousWord && (previousWord.norm === 'to' || NOUN_DETERMINERS.has(previousWord.norm))) continue;
    // "All told, …" sums up.
    if (previousWord?.norm === 'all' && token.norm === 'told') continue;
    // "shows off a new app": a caption's display, not a report.
    if (verb.lemma === 'show' && next?.norm === 'off') continue;
    // "across three states", "all possible states", "many claims": a plural noun.
    if (token.norm.endsWith('s') && previousWord && isQuantity(previousWord)) continue;
    // "multiple border claims": a quantity before a noun that qualifies the plural.
    const quantity = tokens[i - 2];
    if (
      token.norm.endsWith('s') &&
      lower(previousWord) &&
      !isVerbForm(previousWord!.norm) &&
      quantity &&
      isQuantity(quantity)
    )
      continue;
    if (token.norm.endsWith('s') && isObjectOfMake(tokens, i)) continue;
    // "to enable quicker replies", "the latest reports": a plural noun after a comparison.
    if (token.norm.endsWith('s') && previousWord && isComparison(previousWord)) continue;
    // "shifts between states", "false claims", "the most populous states": a plural noun
    // after a preposition, an adjective or a degree word; no verb comes right after them.
    if (token.norm.endsWith('s') && previousWord && isNounModifier(previousWord, tokens[i - 2])) continue;
    // "In remarks at the White House, Biden announced": the preposition opening the sentence is capitalised.
    if (token.norm.endsWith('s') && NOUN_PREPOSITIONS.has(previousWord?.norm ?? '') && isOpeningWord(ctx, unit, i - 1))
      continue;
    // "investigated for alleged incidents", "involving reported abuses": a participle used as an adjective.
    if (
      token.norm.endsWith('ed') &&
      previousWord &&
      lower(previousWord) &&
      next &&
      lower(next) &&
      isAdjectiveSlot(previousWord)
    )
      continue;
    if (token.norm.endsWith('ing')) {
      // "after repeatedly saying": an adverb stands between the link and the participle.
      const adverb = lower(tokens[i - 1]) && /ly$/.test(tokens[i - 1]?.norm ?? '');
      const before = adverb && GERUND_LINKS.has(tokens[i - 2]?.norm ?? '') ? tokens[i - 2] : tokens[i - 1];
      if (before && ([',', '—', '–', '--'].includes(before.text) || GERUND_LINKS.has(before.norm))) {
        cues.push({ index: i, end: i, lemma: verb.lemma, needsSpeaker: verb.needsSpeaker, kind: 'gerund' });
      } else if (before && (BE_FORMS.has(before.norm) || AUXILIARIES.has(before.norm) || PERCEIVED.has(before.norm))) {
        cues.push({ index: i, end: i, lemma: verb.lemma, needsSpeaker: verb.needsSpeaker, kind: 'verb' });
      }
      continue;
    }
    cues.push({ index: i, end: i, lemma: verb.lemma, needsSpeaker: verb.needsSpeaker, kind: 'verb' });
  }
  return cues;
}

const EXPRESSING_VERBS = new Set(['expressed', 'expresses', 'voiced', 'voices']);
const EXPRESSED_NOUNS = new Set([
  'concern',
  'concerns',
  'regret',
  'hope',
  'doubt',
  'doubts',
  'frustration',
  'disappointment',
  'confidence',
  'optimism',
  'outrage',
  'support',
  'opposition',
]);
const NAMING_VERBS = new Set(['called', 'calls', 'labeled', 'labelled', 'dubbed']);

/** "McConnell called", "he has called", "Mr. Warner, the Virginia Democrat, called": not "a group called". */
const HEARING_NOUNS = new Set(['court', 'inquest', 'tribunal', 'jury', 'hearing', 'trial']);

/** "the inquest at Stoke Town Hall heard", "the court previously heard": a hearing is the subject of the verb at i. */
function hearingBefore(ctx: Context, i: number): boolean {
  let k = i - 1;
  if (ctx.tokens[k]?.norm === 'previously' || ctx.tokens[k]?.norm === 'also') k -= 1;
  // "at Stoke Town Hall": where the hearing sat.
  let j = k;
  while (j > k - 5 && ctx.tokens[j]?.capitalised) j -= 1;
  if (j < k && (ctx.tokens[j]?.norm === 'at' || ctx.tokens[j]?.norm === 'in')) k = j - 1;
  return HEARING_NOUNS.has(ctx.tokens[k]?.norm ?? '');
}

/**
 * What follows "heard" at i is what the hearing was told: "that", a name or pronoun opening a
 * clause ("heard Mr Corbett sustained"), or nothing ("…, the inquest heard."), not a thing
 * heard ("heard the claims").
 */
function reportAfterHearing(ctx: Context, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || next.text === '.' || next.text === ',' || next.norm === 'that' || next.norm === 'how') return true;
  return (
    PRONOUNS.has(next.norm) || ctx.mentionAt[i + 1]?.kind === 'person' || (next.capitalised && next.norm !== 'the')
  );
}

function followsSubject(ctx: Context, i: number): boolean {
  // "He bluntly called", "would not disclose the number but called it": the subject is further back.
  const adverb = ctx.tokens[i - 1]?.lowercase && /ly$/.test(ctx.tokens[i - 1]!.norm) ? 1 : 0;
  // "Obama at the time called": a when between the subject and the verb.
  const end = i - 1 - adverb - whenPhraseEndingAt(ctx.tokens, i - 1 - adverb);
  const before = ctx.tokens[end];
  if (!before) return false;
  if (before.text === ',' || AUXILIARIES.has(before.norm) || PRONOUNS.has(before.norm)) return true;
  if (before.norm === 'but' || before.norm === 'and') return true;
  // "Former royal PR aides called it": people named by what they are.
  if (SPEAKER_NOUNS.has(before.norm) && before.norm.endsWith('s')) return true;
  return mentionEndingAt(ctx, end) !== undefined;
}

/** Whether a quotation opens within a few words after i, before the unit's clause ends. */
function quoteOpensSoon(ctx: Context, unit: Unit, i: number, within = 6): boolean {
  for (let k = i + 1; k <= Math.min(i + within, unit.last); k += 1) {
    const t = ctx.tokens[k] as Token;
    if (OPENING_QUOTES.has(t.text) || (t.text === '"' && ctx.inQuote[k + 1])) return true;
    if (t.text === '.' || t.text === ';') return false;
  }
  return false;
}

const EAGER_WORDS = new Set(['keen', 'quick', 'eager', 'careful', 'anxious', 'happy', 'willing']);

/** The "was" of "was keen to stress": where the cue's subject is looked for, before the frame. */
function eagerFrame(ctx: Context, i: number): number | undefined {
  const [be, eager, to] = [ctx.tokens[i - 3], ctx.tokens[i - 2], ctx.tokens[i - 1]];
  if (to?.norm !== 'to' || !eager || !EAGER_WORDS.has(eager.norm) || !be || !BE_FORMS.has(be.norm)) return undefined;
  return i - 3;
}

function carriesWords(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && (['saying', 'claiming', 'that', 'warning'].includes(t.norm) || t.text === ':' || isQuoteMark(t));
}

const QUANTIFIERS = new Set([
  'all',
  'many',
  'multiple',
  'numerous',
  'several',
  'some',
  'both',
  'various',
  'other',
  'possible',
  'different',
  'these',
  'those',
  'few',
  'such',
]);

function isComparison(t: Token): boolean {
  if (!t.lowercase || AUXILIARIES.has(t.norm)) return false;
  const tags = tagsOf(t.norm);
  return tags.includes('Comparative') || tags.includes('Superlative');
}

const NOUN_PREPOSITIONS = new Set(['between', 'among', 'across', 'in', 'of', 'for', 'from', 'with', 'into', 'about']);
const DEGREE_WORDS = new Set(['most', 'more', 'least', 'less']);

function isNounModifier(previous: Token, beforeThat: Token | undefined): boolean {
  if (!previous.lowercase || AUXILIARIES.has(previous.norm)) return false;
  if (NOUN_PREPOSITIONS.has(previous.norm)) return true;
  if (!beforeThat) return false;
  if (beforeThat.lowercase && DEGREE_WORDS.has(beforeThat.norm)) return true;
  // "the false claims", "his full remarks", but "the official says", "a senior executive claims":
  // an adjective that also names a person may be the subject.
  const personWord =
    SPEAKER_NOUNS.has(previous.norm) || ROLE_NOUNS.has(previous.norm) || TITLE_WORDS.has(previous.norm);
  const opensPhrase =
    beforeThat.possessive ||
    NOUN_DETERMINERS.has(beforeThat.norm) ||
    NOUN_PREPOSITIONS.has(beforeThat.norm) ||
    QUANTIFIERS.has(beforeThat.norm);
  return !personWord && opensPhrase && tagsOf(previous.norm).includes('Adjective');
}

function isAdjectiveSlot(previous: Token): boolean {
  return NOUN_PREPOSITIONS.has(previous.norm) || tagsOf(previous.norm).includes('Gerund');
}

function isQuantity(t: Token): boolean {
  return t.lowercase ? QUANTIFIERS.has(t.norm) || tagsOf(t.norm).includes('Cardinal') : /^\p{N}+$/u.test(t.text);
}

/** Whether reported speech follows the cue: "that …", "to …", a quotation, a colon, or nothing (", de Miranda notes."). */
function hasComplement(ctx: Context, cue: Cue, unit: Unit): boolean {
  const { tokens } = ctx;
  const next = tokens[cue.end + 1];
  if (!next || cue.end >= unit.last) return true;
  // "the study found that …", "found 38 of the top 100 firms have …": a finding is a clause,
  // not a thing found ("found two motorcycles", "found himself helping").
  if (cue.lemma === 'find') return next.norm === 'that' || bareClauseAfter(ctx, cue.end, unit);
  if (next.text === '.' || next.text === ';' || next.text === ')') return true;
  // "wrote the specific programs that revealed …": what is written is a thing, and "that"
  // opens a relative clause ("wrote a letter: “…”" still quotes).
  const writtenThing = cue.lemma === 'write' && ARTICLES.has(next.norm);
  if (ADVICE_CUES.has(cue.lemma) && next.lowercase && next.norm.endsWith('ing')) return true;
  // "promises it will …": a clause without "that".
  if ((PRONOUNS.has(next.norm) || next.capitalised) && MODALS.has(tokens[cue.end + 2]?.norm ?? '')) return true;
  if (cue.lemma === 'report' && reportsFigure(tokens, cue.end + 1, Math.min(cue.end + 6, unit.last))) return true;
  if (BARE_CLAUSE_CUES.has(cue.lemma) && bareClauseAfter(ctx, cue.end, unit)) return true;
  // What "called" takes was read where its cue was found.
  if (cue.lemma === 'call') return true;
  // "criticized Friday the Fed's policy of … as a “dangerous gamble”": what it was called, quoted, however long the object.
  if (EVALUATING_CUES.has(cue.lemma) && quotedAsAfter(ctx, cue.end + 1, unit.last)) return true;
  // An object may come between: "told Kerry that", "said Thursday that", "promised the
  // state of New York that", "defended the company on the grounds that".
  const charge = CHARGE_PREPOSITIONS.get(cue.lemma);
  const reach = charge ? 15 : 7;
  for (let k = cue.end + 1; k <= Math.min(cue.end + reach, unit.last); k += 1) {
    const t = tokens[k] as Token;
    if (isQuoteMark(t) || t.text === ':') return true;
    // "threatened to", "urged them to", "accused him of"; a later "to" belongs to something else.
    // "asked five people to perform a task" is a request; "asked whether" reports a question.
    if (cue.lemma === 'ask' && t.norm === 'to') return false;
    // "accused the country's Islamists, who held power, of", "criticized the council for": the
    // charge may come after a long object.
    if (charge === t.norm) return true;
    // "reported to work", "reported to the police": whom one reports to, not what.
    const reportedTo = cue.lemma === 'report' && t.norm === 'to';
    if (
      t.isWord &&
      COMPLEMENTS.has(t.norm) &&
      !writtenThing &&
      !reportedTo &&
      (!NEAR_COMPLEMENTS.has(t.norm) || k <= cue.end + 2)
    )
      return true;
    if (charge && (t.text === ',' || DASHES.has(t.text))) continue;
    if (t.text === ',') return isQuoteMark(tokens[k + 1]) || k === cue.end + 1;
    // "noted on Oct. 6 that": a month written short.
    const previous = tokens[k - 1] as Token;
    if (t.text === '.' && previous.end === t.start && isDateWord(previous.norm)) continue;
    if (!t.isWord) return false;
  }
  return false;
}

const NEAR_COMPLEMENTS = new Set(['to', 'of']);

// "He added the collapse of the aid system is “by design”": verbs that take a clause without "that".
const BARE_CLAUSE_CUES = new Set(['add', 'note', 'suggest', 'reveal', 'indicate', 'stress', 'recall']);

/** A subject of a few words and its finite verb right after the cue, with no comma or quotation between. */
function bareClauseAfter(ctx: Context, end: number, unit: Unit): boolean {
  for (let k = end + 1; k <= Math.min(end + 9, unit.last); k += 1) {
    const t = ctx.tokens[k] as Token;
    if (!t.isWord) return false;
    // The modals' set holds the forms of "be" and "have" that make a clause finite too.
    if (MODALS.has(t.norm)) return k >= end + 2;
    if (COMPLEMENTS.has(t.norm)) return false;
  }
  return false;
}

// Where or when something was written or noted: "wrote in the paper", "noted on Monday".
const MEDIUM_LINKS = new Set(['in', 'on', 'at', 'during', 'via', 'after', 'last', 'this', 'today', 'yesterday']);

/** "…, Paganini and his team wrote in the new paper.": a speaker and a verb that close the sentence after a comma. */
function closesReport(ctx: Context, unit: Unit, cue: Cue, speaker: Speaker): boolean {
  if (!('from' in speaker) || speaker.from >= cue.index) return false;
  const { tokens } = ctx;
  const opening = tokens[speaker.from - 1]?.norm === 'the' ? speaker.from - 2 : speaker.from - 1;
  if (tokens[opening]?.text !== ',' || opening <= unit.first) return false;
  const next = tokens[cue.end + 1];
  if (!next || !(MEDIUM_LINKS.has(next.norm) || isDateWord(next.norm))) return false;
  for (let k = cue.end + 2; k <= unit.last; k += 1) {
    const t = tokens[k] as Token;
    if (t.text === '.' && k === unit.last) return true;
    // "in a Sept. 7 research note": a month's short form keeps its full stop.
    const monthStop = t.text === '.' && isDateWord(tokens[k - 1]?.norm ?? '') && tokens[k - 1]?.end === t.start;
    if (monthStop) continue;
    if (!t.isWord || (lower(t) && (COMPLEMENTS.has(t.norm) || AUXILIARIES.has(t.norm)))) return false;
  }
  return false;
}
const DO_FORMS = new Set(['do', 'does', 'did']);

/** "did note that", "does not recall": a bare form after "do" is the verb, though the word is a noun too. */
function afterDo(tokens: Token[], i: number): CueVerb | undefined {
  const before = tokens[i - 1]?.norm === 'not' ? tokens[i - 2] : tokens[i - 1];
  return before && DO_FORMS.has(before.norm) ? cueInfinitive((tokens[i] as Token).norm) : undefined;
}

const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
// Words that may stand between "made" and its object: "more than 13,000 false or misleading".
const OBJECT_FILLERS = new Set(['more', 'than', 'or', 'and', 'a', 'few', 'many', 'several', 'the', 'similar', 'such']);

/** "made claims", "has made more than 13,000 false or misleading claims": the object of "make" is a plural noun. */
function isObjectOfMake(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7); k -= 1) {
    const t = tokens[k] as Token;
    if (MAKE_FORMS.has(t.norm) && t.lowercase) return true;
    const filler =
      /^\p{N}/u.test(t.text) ||
      (t.lowercase && (OBJECT_FILLERS.has(t.norm) || t.norm.endsWith('ing') || tagsOf(t.norm).includes('Adjective')));
    if (!filler) return false;
  }
  return false;
}

// What a firm or an agency reports as a figure: "reported a loss of $304.7 million", "reported long-term debt".
const RESULT_NOUNS = new Set([
  'loss',
  'losses',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'sales',
  'debt',
  'deficit',
]);

/** "McClatchy reported a loss of $304.7 million", "police reported at least 5,000 people": a figure is what is reported. */
function reportsFigure(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    const t = tokens[k] as Token;
    if (t.text === '$' || /^\p{N}/u.test(t.text) || RESULT_NOUNS.has(t.norm)) return true;
    if (t.text === ',' || t.text === '.') return false;
  }
  return false;
}

/** The preposition that opens the charge of a verb of blame or praise: "accused … of", "praised … for". */
const DASHES = new Set(['—', '–', '--']);
const EVALUATING_CUES = new Set(['criticize', 'describe', 'praise', 'condemn', 'hail', 'tout']);

function quotedAsAfter(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    if (ctx.tokens[k]!.norm === 'as' && !ctx.inQuote[k] && [1, 2, 3].some((d) => isQuoteMark(ctx.tokens[k + d])))
      return true;
  }
  return false;
}
const CHARGE_PREPOSITIONS = new Map([
  ['accuse', 'of'],
  ['criticize', 'for'],
  ['praise', 'for'],
  ['blame', 'for'],
  // "urged the American public not to tolerate", "touted the plan as making strides".
  ['urge', 'to'],
  ['tout', 'as'],
  // "described the doctored video as lighthearted satire": what one calls a thing.
  ['describe', 'as'],
]);
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'had',
  'has',
  'have',
  'is',
  'was',
  'were',
  'are',
]);

function clauseStartBefore(ctx: Context, unit: Unit, index: number): number {
  for (let k = index - 1; k >= unit.first; k -= 1) {
    const t = ctx.tokens[k] as Token;
    if (t.text === ';') return k + 1;
    if (isClosingQuote(ctx, k) && !isScareQuote(ctx, unit, k)) return k + 1;
  }
  return unit.first;
}

/**
 * "branded the event a “shambles” and said:": a word or two quoted inside the clause do not
 * end it; nor does a title ("author of the article "The Case for Colonialism," argued").
 */
function isScareQuote(ctx: Context, unit: Unit, close: number): boolean {
  const open = quotationOpening(ctx, unit, close);
  return open !== undefined && (close - open <= 4 || isTitleCased(ctx.tokens.slice(open + 1, close)));
}

/** A title quoted after a lower-case word: "the article "The Case for Colonialism,"". */
function isQuotedTitle(ctx: Context, unit: Unit, close: number): boolean {
  const open = quotationOpening(ctx, unit, close);
  return open !== undefined && isTitleCased(ctx.tokens.slice(open + 1, close));
}

/** Where a quotation of a few words closing at `close` opens, after a lower-case word. */
function quotationOpening(ctx: Context, unit: Unit, close: number): number | undefined {
  for (let k = close - 1; k >= Math.max(unit.first + 1, close - 10); k -= 1)
    if (ctx.quotationAt.get(k) === close) return lower(ctx.tokens[k - 1]) ? k : undefined;
  return undefined;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'to', 'at', 'by', 'with']);

function isTitleCased(words: Token[]): boolean {
  return words.every((t) => !t.isWord || !lower(t) || TITLE_SMALL_WORDS.has(t.norm) || t.text === ',');
}

function mentionStartingAt(ctx: Context, k: number): Mention | undefined {
  const m = ctx.mentionAt[k];
  return m && m.first === k ? m : undefined;
}

function mentionEndingAt(ctx: Context, k: number): Mention | undefined {
  const m = ctx.mentionAt[k];
  return m && m.last === k ? m : undefined;
}

/** "Officials in Zambia", "authorities of Peru", "representatives for the US": the country after the speakers speaks. */
function countryAfter(ctx: Context, k: number): Mention | undefined {
  const preposition = ctx.tokens[k + 1];
  if (!preposition || !['in', 'of', 'from', 'for'].includes(preposition.norm)) return undefined;
  const m = mentionStartingAt(ctx, ctx.tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2);
  return m && m.kind === 'country' && !m.possessive ? m : undefined;
}

// "analysts at Goldman Sachs", "researchers from the University of Toronto": people who speak for where they work.
const STAFF_NOUNS = new Set([
  'analyst',
  'analysts',
  'economist',
  'economists',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
  'expert',
  'experts',
  'strategist',
  'strategists',
  'official',
  'officials',
  'executive',
  'executives',
  'representatives',
]);
const STAFF_LINKS = new Set(['at', 'from', 'with']);

/** "analysts at US investment banking giant Goldman Sachs": the organisation the staff work at speaks. */
function workplaceAfter(ctx: Context, k: number): Mention | undefined {
  if (!STAFF_NOUNS.has(ctx.tokens[k]!.norm) || !STAFF_LINKS.has(ctx.tokens[k + 1]?.norm ?? '')) return undefined;
  for (let j = k + 2; j <= k + 7; j += 1) {
    const m = ctx.mentionAt[j];
    if (m?.kind === 'organization' && m.first === j) return m.possessive ? undefined : m;
    if (m && (m.kind === 'country' || m.kind === 'demonym')) j = m.last;
    else if (!lower(ctx.tokens[j])) return undefined;
  }
  return undefined;
}

const AGED = 'year-old';

/** What a party's members are called when the text does not name them. */
const MEMBER_NOUNS = new Set([
  'insider',
  'insiders',
  'strategist',
  'strategists',
  'operative',
  'operatives',
  'lawmaker',
  'lawmakers',
  'official',
  'officials',
  'donor',
  'donors',
  'aide',
  'aides',
  'source',
  'sources',
]);
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

/** The party the text names whose name starts with this word ("Republicans", "the GOP", "the Democratic Party"). */
function partyMentionOf(ctx: Context, stem: string): Mention | undefined {
  return latest(ctx.organizations, (m) => {
    if (!ctx.index.clusterOf.has(m)) return false;
    const words = nameKey(m.surface).split(' ');
    const last = words[words.length - 1] ?? '';
    return (
      PARTY_MEMBER_PLURALS.get(last) === stem ||
      (words.length === 2 && words[0] === stem && last === 'party') ||
      (words.length === 1 && PARTY_MEMBER_WORDS.get(last) === stem && last !== stem)
    );
  });
}

/**
 * "an Iowa Republican said", "said a GOP insider": someone unnamed who speaks as one of a
 * party's members, as "American officials" speak for their country. The member word at k.
 */
function partyMemberAt(ctx: Context, k: number): Speaker | undefined {
  const t = ctx.tokens[k] as Token;
  let stem: string | undefined;
  let start = k;
  if (t.capitalised && (t.norm === 'republican' || t.norm === 'democrat')) {
    // "an Iowa Republican", "One Nevada Democrat": one of them, and where they come from.
    let j = k - 1;
    while (j > k - 4 && ctx.tokens[j]?.isWord && ctx.tokens[j]!.capitalised && !INDEFINITES.has(ctx.tokens[j]!.norm))
      j -= 1;
    if (!INDEFINITES.has(ctx.tokens[j]?.norm ?? '')) return undefined;
    stem = PARTY_MEMBER_WORDS.get(t.norm);
    start = j;
  } else if (lower(t) && MEMBER_NOUNS.has(t.norm) && ctx.tokens[k - 1]?.capitalised) {
    stem = PARTY_MEMBER_WORDS.get(ctx.tokens[k - 1]!.norm);
    start = k - 1;
  }
  const party = stem ? partyMentionOf(ctx, stem) : undefined;
  return party ? { type: 'mention', mention: party, from: start } : undefined;
}

// Where the words of an office before its noun stop: "the (then prime) minister", "the former (adviser)".
const OFFICE_SCAN_STOPS = new Set(['the', 'former']);

function speakerNounAt(ctx: Context, k: number, from: number): Speaker | undefined {
  const partyMember = partyMemberAt(ctx, k);
  if (partyMember) return partyMember;
  const t = ctx.tokens[k] as Token;
  // "the actress says": the woman the text is about, as "she" would be.
  const gender = lower(t) && ctx.tokens[k - 1]?.norm === 'the' ? genderOfNoun(t.norm) : undefined;
  if (gender) return { type: 'pronoun', word: gender === 'male' ? 'he' : 'she', from: k - 1, described: true };
  const mention = ctx.mentionAt[k];
  const isPeopleDemonym = mention?.kind === 'demonym' && /s$/.test(t.norm);
  // "officials", or "Prosecutors" opening a sentence (not the "Police" of "West Mercia Police").
  // "the president said": a role with "the" is the person the text gave it to ("President Barack Obama").
  // "Austria's interior minister", "the Austrian interior minister": an office with its owner.
  const office = ctx.tokens[k - 1]?.isWord && lower(ctx.tokens[k - 1]) ? k - 2 : k - 1;
  const owner = ctx.mentionAt[office];
  // "the US President said": a country's short form after "the" owns the office as a demonym does.
  const ownerAfterThe =
    !!owner &&
    (owner.kind === 'demonym' || (owner.kind === 'country' && !owner.possessive)) &&
    ctx.tokens[owner.first - 1]?.norm === 'the';
  const ownedOffice = !!owner && ((owner.kind === 'country' && owner.possessive) || ownerAfterThe);
  // "the President said", "the President-elect fumed": an office some texts capitalise.
  // "The MEC emphasised": an office written as initials, after "the" opening the sentence too.
  const initials = TITLE_INITIALS.has(t.norm) && ctx.tokens[k - 1]?.norm === 'the';
  const capitalRole =
    t.capitalised &&
    (!isAllCapsWord(t) || initials) &&
    (ctx.tokens[k - 1]?.text === 'the' || initials || (ownerAfterThe && owner.last === k - 1)) &&
    !ctx.tokens[k + 1]?.capitalised &&
    (!mention || (mention.kind === 'unknown' && mention.first === mention.last));
  // "the prime minister said", "the then foreign minister": words of the office between;
  // "the former adviser" is as often someone the text leaves unnamed.
  let article = k - 1;
  while (
    article > k - 3 &&
    lower(ctx.tokens[article]) &&
    !OFFICE_SCAN_STOPS.has(ctx.tokens[article]!.norm) &&
    !isVerbForm(ctx.tokens[article]!.norm)
  )
    article -= 1;
  const definiteRole =
    t.isWord &&
    (lower(t) || capitalRole) &&
    ROLE_NOUNS.has(t.norm) &&
    (ctx.tokens[article]?.norm === 'the' || ownedOffice || isRoleAtNamedBody(ctx, k));
  // "The 56-year-old said": the person the text is about, named by age.
  if (
    t.norm === AGED &&
    ctx.tokens[k - 1]?.text === '-' &&
    /^\d{1,3}$/.test(ctx.tokens[k - 2]?.text ?? '') &&
    ctx.tokens[k - 3]?.norm === 'the'
  )
    return { type: 'noun', word: AGED, definite: true, from: k - 3 };
  const speakerNoun = t.isWord && (SPEAKER_NOUNS.has(t.norm) || definiteRole) && (lower(t) || !mention || capitalRole);
  // "Reid's campaign said", "Ms. Holt's office said": whom they speak for speaks.
  const ownedVoice = t.isWord && lower(t) && OWNED_VOICES.has(t.norm) && !!ctx.mentionAt[k - 1]?.possessive;
  // "His office said": the one "his" means speaks through it.
  const ownerPronoun = ctx.tokens[k - 1]?.norm;
  if (t.isWord && lower(t) && OWNED_VOICES.has(t.norm) && (ownerPronoun === 'his' || ownerPronoun === 'her'))
    return { type: 'pronoun', word: ownerPronoun === 'his' ? 'he' : 'she', from: k - 1 };
  if (!speakerNoun && !isPeopleDemonym && !ownedVoice) return organizationNamedBy(ctx, k);
  // "council member Ray Moss", "the group's leader Ed Pike": a role word leads to the person.
  // "said resident Nathan Pensler": one of those people, named right after the word.
  const member =
    speakerNoun && lower(t)
      ? personAfterRoleWords(ctx, k + 1, ROLE_NOUNS.has(t.norm) || !/s$/.test(t.norm))
      : undefined;
  if (member) return { type: 'mention', mention: member, from: k };
  let qualifier: Mention | undefined;
  let definite = false;
  for (let j = k - 1; j >= Math.max(from, k - 4); j -= 1) {
    const q = ctx.tokens[j] as Token;
    const m = ctx.mentionAt[j];
    if (m && m !== mention) {
      // "the German automaker": a firm's nationality, not its country speaking.
      const nationality =
        m.kind === 'demonym' && ORGANIZATION_BACK_REFERENCES.has(t.norm) && ctx.tokens[m.first - 1]?.norm === 'the';
      if (nationality) definite = true;
      else if ((!m.weak || ctx.index.clusterOf.has(m)) && QUALIFYING_KINDS.has(m.kind)) qualifier = m;
      break;
    }
    if (q.norm === 'the' || q.norm === 'these' || q.norm === 'our' || q.norm === 'its') {
      definite = q.norm === 'the' || q.norm === 'these';
      break;
    }
    if (isShortFormStop(ctx, j)) continue;
    if (!lower(q)) break;
  }
  // "Rudolph's supporters have stated", "Uber’s fans defended": those on someone's side speak for no one.
  if (qualifier?.possessive && FOLLOWER_NOUNS.has(t.norm))
    return { type: 'noun', word: t.norm, definite: false, from: k };
  const body = !qualifier && speakerNoun ? bodyOfSpokesperson(ctx, k) : undefined;
  if (body) return body;
  // "…, agency officials said", "company executives say", "a company spokesperson said": the
  // organisation the word stands for speaks through them.
  const organizationWord = ctx.tokens[k - 1];
  const beforeWord = ctx.tokens[k - 2];
  if (
    !qualifier &&
    !definite &&
    speakerNoun &&
    organizationWord &&
    lower(organizationWord) &&
    ORGANIZATION_BACK_REFERENCES.has(organizationWord.norm) &&
    (!lower(beforeWord) || beforeWord?.norm === 'a' || beforeWord?.norm === 'an')
  )
    return { type: 'noun', word: organizationWord.norm, definite: true, from: k - 1 };
  if (!qualifier && !isPeopleDemonym) qualifier = countryAfter(ctx, k) ?? workplaceAfter(ctx, k);
  if (isPeopleDemonym && !qualifier) return { type: 'noun', word: 'people', definite: false, from: k };
  if (!qualifier && !isPeopleDemonym) {
    const employer = employerAfter(ctx, k);
    if (employer) return { type: 'noun', word: t.norm, definite, qualifier: employer, from: k };
  }
  // "the company" alone goes to the organisation the text is about, not to any "… Company".
  if (definite && !qualifier && !(ORGANIZATION_BACK_REFERENCES.has(t.norm) && ctx.tokens[k - 1]?.norm === 'the')) {
    const named = organizationNamedBy(ctx, k);
    if (named) return named;
  }
  return { type: 'noun', word: t.norm, definite, qualifier, from: qualifier ? qualifier.first : k };
}

/**
 * "the Wikileaks founder", "the Tesla co-founder": a person's role (not a spokesperson's,
 * who speaks for the body) after "the" and an organisation's name, at k.
 */
function isRoleAtNamedBody(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  const body = mentionEndingAt(ctx, k - 1);
  return (
    !!t &&
    lower(t) &&
    ROLE_NOUNS.has(t.norm) &&
    !SPEAKER_NOUNS.has(t.norm) &&
    body?.kind === 'organization' &&
    !body.possessive &&
    ctx.tokens[body.first - 1]?.norm === 'the'
  );
}

/**
 * "the doctors stated", "the utilities commission said": an organisation or group named
 * before whose name holds those words ("Doctors for Camp Closure", "California Public
 * Utilities Commission") speaks.
 */
function organizationNamedBy(ctx: Context, k: number, openers: ReadonlySet<string> = DEFINITE): Speaker | undefined {
  const words: string[] = [];
  let j = k;
  for (; j > k - 4 && j >= 0; j -= 1) {
    const t = ctx.tokens[j] as Token;
    if (!t.isWord || !lower(t) || ctx.mentionAt[j] || openers.has(t.norm)) break;
    words.unshift(t.norm);
  }
  if (words.length === 0 || !openers.has(ctx.tokens[j]?.norm ?? '')) return undefined;
  const phrase = ` ${words.join(' ')} `;
  const named = latest(ctx.organizations, (m) => m.last < j && ` ${nameKey(m.surface)} `.includes(phrase));
  return named ? { type: 'mention', mention: named, from: j } : undefined;
}

const DEFINITE = new Set(['the']);
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "a navy spokesman said" after "the Indonesian Navy", "a sheriff's spokeswoman told" after
 * "the Morton County sheriff's office": the body the text named with those words speaks.
 */
function bodyOfSpokesperson(ctx: Context, k: number): Speaker | undefined {
  const word = ctx.tokens[k - 1];
  if (!SPOKESPEOPLE.has(ctx.tokens[k]?.norm ?? '') || !word?.isWord || !lower(word)) return undefined;
  return organizationNamedBy(ctx, k - 1, ARTICLE_WORDS);
}

/** What speaks for its owner and is no speaker noun by itself ("the campaign" alone says nothing of whose). */
const OWNED_VOICES = new Set([
  'campaign',
  'office',
  'camp',
  'lawyers',
  'lawyer',
  'attorneys',
  'aides',
  'representative',
  'representatives',
  'rep',
  'reps',
  'publicist',
]);

const EMPLOYER_LINKS = new Set(['for', 'of', 'at', 'from']);

/**
 * "A spokesman for the ambulance service", "a lawyer at the bank": the organisation named
 * earlier whose name ends with the words after "the" ("Scottish Ambulance Service") speaks
 * through its people.
 */
function employerAfter(ctx: Context, k: number): Mention | undefined {
  const { tokens } = ctx;
  if (!EMPLOYER_LINKS.has(tokens[k + 1]?.norm ?? '') || tokens[k + 2]?.norm !== 'the') return undefined;
  const words: string[] = [];
  for (let j = k + 3; j <= k + 5 && lower(tokens[j]) && tokens[j]!.isWord && !ctx.mentionAt[j]; j += 1)
    words.push(tokens[j]!.norm);
  for (let n = words.length; n > 0; n -= 1) {
    const tail = words.slice(0, n).join(' ');
    for (let j = ctx.organizations.length - 1; j >= 0; j -= 1) {
      const m = ctx.organizations[j] as Mention;
      if (m.last >= k) continue;
      const key = nameKey(m.surface);
      if (key === tail || key.endsWith(` ${tail}`)) return m;
    }
  }
  return undefined;
}

const PLACE_KINDS = new Set(['place', 'country']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'last', 'this']);
/** "Mr. Ruano last week said": spans of time that "last" or "this" make a when. */
const TIME_SPANS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']);

/** How many words of a when ("on Thursday", "in 2017", "last week", "at the time") end at `end`, or 0. */
function whenPhraseEndingAt(tokens: Token[], end: number): number {
  const t = tokens[end];
  const before = tokens[end - 1];
  if (!t?.isWord || !before) return 0;
  if ((isDateWord(t.norm) || /^(?:1[89]|20)\d\d$/.test(t.text)) && TIME_PREPOSITIONS.has(before.norm)) return 2;
  if (TIME_SPANS.has(t.norm) && (before.norm === 'last' || before.norm === 'this')) return 2;
  if (t.norm === 'time' && (before.norm === 'the' || before.norm === 'that') && tokens[end - 2]?.norm === 'at')
    return 3;
  return 0;
}

/** ", an analyst at Cross Research,": the name after one of these in an appositive is the speaker's employer. */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'with', 'for', 'of', 'from']);

/**
 * The subject of a verb that comes before it. "Lead author Ana Ruiz, a scientist at NASA and
 * Vale University in New Haven, Conn., said": a person who opens the clause before an aside
 * speaks, not a body or place the aside names.
 */
/** "Whirlpool Corp. said", "Acme Inc. officials": the full stop of a firm's short form, of its name. */
function isShortFormStop(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.text === '.' && !!ctx.mentionAt[k - 1] && ctx.tokens[k - 1]!.end === t.start;
}

function subjectBefore(ctx: Context, unit: Unit, verbIndex: number): Speaker {
  const found = subjectNextToVerb(ctx, unit, verbIndex);
  if (found.type === 'mention' && found.mention.kind === 'person') return found;
  const clauseStart = clauseStartBefore(ctx, unit, verbIndex);
  if (ctx.tokens[verbIndex - 1]?.text !== ',') {
    const end = found.type === 'mention' ? found.mention.first : verbIndex;
    const person = personBeforeOpenAppositive(ctx, clauseStart, end);
    return person ? { type: 'mention', mention: person, from: person.first } : found;
  }
  if (found.type !== 'mention') return found;
  for (let j = clauseStart; j < found.mention.first && j <= clauseStart + 3; j += 1) {
    const m = ctx.mentionAt[j];
    if (!m) continue;
    // "Lead author", "The": words of a role before the name; the clause's first word is capitalised.
    const roleWords = ctx.tokens
      .slice(clauseStart, m.first)
      .every((t, n) => t.isWord && (lower(t) || n === 0 || TITLE_WORDS.has(t.norm) || ROLE_NOUNS.has(t.norm)));
    const opens = m.kind === 'person' && !m.possessive && ctx.tokens[m.last + 1]?.text === ',' && roleWords;
    return opens ? { type: 'mention', mention: m, from: m.first } : found;
  }
  return found;
}

/** Whether the tokens from `from` up to `to` are titles only ("Dr", "Cllr", "Rev."), or none. */
function onlyTitlesBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (t.text !== '.' && !(t.isWord && TITLE_WORDS.has(t.norm))) return false;
  }
  return true;
}

const APPOSITIVE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '--']);

/**
 * "Eric Durr, Director of Public Affairs at the New York State Division of Military and
 * Naval Affairs told Mashable": the body ends a description of the person opening the
 * clause, whose closing comma the text left out.
 */
function personBeforeOpenAppositive(ctx: Context, clauseStart: number, end: number): Mention | undefined {
  // "Despite the concern from New Yorkers, Eric Durr, …": after an opening phrase's comma.
  // "Cllr Louise Gittins, Chair of …": or after the titles that open the clause.
  let at = clauseStart;
  while (
    at < end &&
    !(
      ctx.mentionAt[at]?.kind === 'person' &&
      (ctx.tokens[at - 1]?.text === ',' || onlyTitlesBetween(ctx, clauseStart, at))
    )
  )
    at += 1;
  const m = ctx.mentionAt[at];
  if (!m || m.kind !== 'person' || m.possessive) return undefined;
  // "Matthew O’Connor from UPS corporate communications said", "Jade Chapman from the charity
  // Surfers Against Sewage told": whom the person speaks for, after them, maybe with what it is.
  const link = ctx.tokens[m.last + 1];
  let named = m.last + 2;
  while (named < Math.min(end, m.last + 6) && lower(ctx.tokens[named]) && !ctx.mentionAt[named]) named += 1;
  const employer = link && EMPLOYER_LINKS.has(link.norm) ? ctx.mentionAt[named] : undefined;
  if (employer && employer.kind !== 'person' && employer.first === named) {
    const rest = ctx.tokens.slice(employer.last + 1, end);
    return rest.length <= 3 && rest.every((t) => t.isWord && lower(t)) ? m : undefined;
  }
  if (link?.text !== ',') return undefined;
  // "a 32-year-old member of …", "Director of Public Affairs at …": a role within the first words.
  const role = ctx.tokens
    .slice(m.last + 2, Math.min(end, m.last + 9))
    .findIndex((t) => t.isWord && (ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm) || SPEAKER_NOUNS.has(t.norm)));
  // "Chad Hawk, vice president of PMG, … told": a role without an article opens the aside too.
  const opened = ARTICLES.has(ctx.tokens[m.last + 2]?.norm ?? '') || !!ctx.tokens[m.last + 2]?.capitalised || role <= 1;
  if (role < 0 || !opened) return undefined;
  for (let k = m.last + 2; k < end; k += 1) {
    const t = ctx.tokens[k] as Token;
    // "vice president of PMG, a paper money grading company": an aside on the employer inside the aside.
    if (t.text === ',' && ARTICLES.has(ctx.tokens[k + 1]?.norm ?? '') && ctx.mentionAt[k - 1]?.kind === 'organization')
      continue;
    // "…, the lawyer … who questioned Trump": the verb of a relative clause has its own subject.
    if (APPOSITIVE_BREAKS.has(t.text) || isQuoteMark(t) || RELATIVE_PRONOUNS.has(t.norm)) return undefined;
  }
  return m;
}

/** The person or body nearest before a relative clause's comma, past where they are from, if it is the clause's subject. */
function partyBeforeRelative(ctx: Context, clauseStart: number, comma: number): Mention | undefined {
  for (let k = comma - 1; k >= clauseStart; k -= 1) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    if (PERSON_OR_BODY.has(m.kind)) {
      const governed = NOUN_PREPOSITIONS.has(ctx.tokens[m.first - 1]?.norm ?? '');
      // "The figures are ministers Moyo and Kasukuwere, who fled": an object after a verb is no subject.
      const afterVerb = ctx.tokens.slice(clauseStart, m.first).some((t) => t.isWord && AUXILIARIES.has(t.norm));
      return m.possessive || governed || afterVerb ? undefined : m;
    }
    k = m.first;
  }
  return undefined;
}

/** The subject of a verb that comes before it: "Kerry's spokesman, John Kirby, said". */
function subjectNextToVerb(ctx: Context, unit: Unit, verbIndex: number): Speaker {
  const { tokens } = ctx;
  const clauseStart = clauseStartBefore(ctx, unit, verbIndex);
  let k = verbIndex - 1;
  for (let guard = 0; guard < 8 && k >= clauseStart; guard += 1) {
    const t = tokens[k] as Token;
    // "Microsoft in 2017 announced", "Microsoft on Thursday reiterated": when is no subject.
    const when = whenPhraseEndingAt(tokens, k);
    if (when > 0 && k - when >= clauseStart) {
      k -= when;
      continue;
    }
    if (
      t.isWord &&
      (AUXILIARIES.has(t.norm) ||
        SUBJECT_SKIP.has(t.norm) ||
        (PERCEIVED.has(t.norm) && k === verbIndex - 1) ||
        (lower(t) && /ly$/.test(t.norm) && !SPEAKER_NOUNS.has(t.norm)))
    ) {
      k -= 1;
      continue;
    }
    if (isShortFormStop(ctx, k)) {
      k -= 1;
      continue;
    }
    // "Gilley, author of the article "The Case for Colonialism," argued": the title's closing mark ends the aside.
    if (CLOSING_QUOTES.has(t.text) || t.text === STRAIGHT_QUOTE) {
      if (tokens[k - 1]?.text !== ',') break;
      k -= 1;
      continue;
    }
    if (t.text === ')') {
      // "The Food Standards Agency (FSA) warned": the aside is not the subject.
      let j = k - 1;
      while (j > clauseStart && (tokens[j] as Token).text !== '(') j -= 1;
      k = j - 1;
      continue;
    }
    if (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '--') {
      // An appositive or an aside between commas: a bare name there is the speaker
      // (", John Kirby,"); anything else is skipped to reach the subject before it.
      let j = k - 1;
      // "at the University of California, Berkeley,": a comma inside a name opens no aside.
      while (
        j >= clauseStart &&
        (![',', '—', '–', '--'].includes((tokens[j] as Token).text) ||
          ctx.mentionAt[j] ||
          townBeforeRegion(ctx, j) !== undefined ||
          townBeforeRegion(ctx, regionAfterComma(ctx, j)) !== undefined)
      )
        j -= 1;
      // "of the University of Otago in Dunedin, New Zealand, said": the commas around a town's
      // country belong to where the speaker works, not to an aside.
      const town = townBeforeRegion(ctx, k);
      if (j < clauseStart && town !== undefined && town - 2 >= clauseStart) {
        k = town - 2;
        continue;
      }
      if (j < clauseStart) return { type: 'none' };
      // ", Councillor Afrasiab Anwar MBE,": the letters after a name are no part of the aside's end.
      let nameEnd = k - 1;
      while (nameEnd > j && POST_NOMINALS.has((tokens[nameEnd] as Token).text)) nameEnd -= 1;
      const named = mentionEndingAt(ctx, nameEnd);
      // ", who represents Thomas,": a relative clause names whom the subject deals with.
      const relative = RELATIVE_PRONOUNS.has((tokens[j + 1] as Token | undefined)?.norm ?? '');
      // "Eddie Foreman, 40, of Opelika, Alabama, who has a job, said": the relative clause is of the one named before it.
      const described = relative ? partyBeforeRelative(ctx, clauseStart, j) : undefined;
      if (described) return { type: 'mention', mention: described, from: described.first };
      if (
        named &&
        !relative &&
        SPEAKING_KINDS.has(named.kind) &&
        !named.possessive &&
        onlyRoleWordsBetween(ctx, j + 1, named.first) &&
        !EMPLOYER_PREPOSITIONS.has((tokens[named.first - 1] as Token).norm)
      ) {
        return { type: 'mention', mention: named, from: named.first };
      }
      // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, said": an aside
      // may follow another, which is skipped the same way.
      k = (tokens[j] as Token).text === ',' && opensAside(ctx, j, clauseStart) ? j : j - 1;
      continue;
    }
    if (isAgeAside(ctx, k) && tokens[k + 1]?.text === ',') {
      k -= 2;
      continue;
    }
    break;
  }
  if (k < clauseStart) return { type: 'none' };
  // "The Daily Ledger newspaper in Tarvik reported": where the subject is comes after it.
  const placed = mentionEndingAt(ctx, k);
  if (placed && (tokens[placed.first - 1] as Token | undefined)?.norm === 'in' && placed.first - 2 >= clauseStart) {
    const before = placed.first - 2;
    if (ctx.mentionAt[before] || (lower(tokens[before] as Token) && ctx.mentionAt[before - 1])) k = before;
  }
  // "Senator Mitch McConnell of Kentucky said", "Dr. Ana Ruiz of the state health department
  // says": where a person is from or works is not the speaker.
  // "Joost van Hoof of the Netherlands’ Fontys University said": the employer's owner may come first.
  let employerLink = (placed?.first ?? 0) - 1;
  const owner = ctx.mentionAt[employerLink];
  if (owner?.possessive && owner !== placed) employerLink = owner.first - 1;
  if (tokens[employerLink]?.norm === 'the') employerLink -= 1;
  if (
    placed &&
    (PLACE_KINDS.has(placed.kind) || placed.kind === 'organization') &&
    (tokens[employerLink] as Token | undefined)?.norm === 'of' &&
    ctx.mentionAt[employerLink - 1]?.kind === 'person' &&
    employerLink - 1 >= clauseStart
  )
    k = employerLink - 1;
  let t = tokens[k] as Token;
  if (t.norm === 'and' || t.norm === 'but') return subjectOfClause(ctx, clauseStart, k);
  if (t.norm === 'who' && tokens[k - 1]?.text === ',' && ctx.mentionAt[k - 2]?.kind === 'person') {
    // "Julian Assange, who denies the accusation, has avoided …": the one the clause is about.
    k -= 2;
    t = tokens[k] as Token;
  } else if (RELATIVE_PRONOUNS.has(t.norm) && !ctx.mentionAt[k] && k - 1 >= clauseStart) {
    k -= 1;
    t = tokens[k] as Token;
  }
  if (t.isWord && PRONOUNS.has(t.norm)) return { type: 'pronoun', word: t.norm, from: k };
  const mention = ctx.mentionAt[k];
  if (
    mention &&
    mention.kind !== 'demonym' &&
    SPEAKING_KINDS.has(mention.kind) &&
    !mention.possessive &&
    !isAfterLocative(ctx, mention)
  ) {
    if (NEGATING_DETERMINERS.has(tokens[mention.first - 1]?.norm ?? '')) return { type: 'negated' };
    const circle = circleAround(ctx, mention, clauseStart);
    if (circle !== undefined) return { type: 'noun', word: 'people', definite: false, from: circle };
    const joined = conjunctsBefore(ctx, mention, clauseStart);
    const first = joined[0];
    if (first) return { type: 'mention', mention: first, from: first.first, joined: [...joined.slice(1), mention] };
    return { type: 'mention', mention, from: mention.first };
  }
  const noun = speakerNounAt(ctx, k, clauseStart);
  if (noun) {
    const det = tokens[noun.type === 'noun' ? noun.from - 1 : k - 1];
    if (det && NEGATING_DETERMINERS.has(det.norm)) return { type: 'negated' };
    return noun;
  }
  // "One Weibo commenter said", "a Twitter user wrote": someone unnamed who uses the platform.
  const platform = lower(t) && PLATFORM_USERS.has(t.norm) ? ctx.mentionAt[k - 1] : undefined;
  if (platform) return { type: 'noun', word: t.norm, definite: false, from: platform.first };
  // "The tweet from Vulture magazine reads", "an article by New York magazine that claimed":
  // the party in the subject phrase speaks.
  // Only a head noun may come between ("respondents using AI for software development said":
  // AI is what they use, not who speaks).
  for (let j = k; j >= Math.max(clauseStart, k - 3); j -= 1) {
    const m = ctx.mentionAt[j];
    if (m && m.last < k - 1) break;
    if (m && SPEAKING_KINDS.has(m.kind) && m.kind !== 'demonym' && !m.possessive && !isAfterLocative(ctx, m))
      return { type: 'mention', mention: m, from: m.first };
    if (!(tokens[j] as Token).isWord) break;
  }
  if (NEGATING_DETERMINERS.has(t.norm) || NEGATING_DETERMINERS.has(tokens[k - 1]?.norm ?? ''))
    return { type: 'negated' };
  // "The mother of a woman who took … has described": a long subject whose head opens the clause.
  const head = tokens[clauseStart]?.norm === 'the' || tokens[clauseStart]?.norm === 'a' ? clauseStart + 1 : clauseStart;
  const opening = head < k ? speakerNounAt(ctx, head, clauseStart) : undefined;
  return opening ?? { type: 'none' };
}

/**
 * "People close to Ms. Haley insisted", "Those around Trump admit": unnamed people near
 * someone, who speak for no one. Where the phrase starts, if the mention ends one.
 */
function circleAround(ctx: Context, mention: Mention, clauseStart: number): number | undefined {
  let j = mention.first - 1;
  // "Ms. Haley": the honorific before the name.
  while (j > clauseStart && (ctx.tokens[j]!.text === '.' || ctx.tokens[j]!.capitalised)) j -= 1;
  const link = ctx.tokens[j]?.norm;
  const near = link === 'around' ? j - 1 : link === 'to' && ctx.tokens[j - 1]?.norm === 'close' ? j - 2 : -1;
  return near >= clauseStart && CIRCLE_WORDS.has(ctx.tokens[near]!.norm) ? near : undefined;
}
const FOLLOWER_NOUNS = new Set([
  'supporters',
  'fans',
  'friends',
  'critics',
  'opponents',
  'allies',
  'detractors',
  'admirers',
]);
const CIRCLE_WORDS = new Set(['people', 'those', 'sources', 'someone', 'one', 'friends', 'insiders']);

/** People named by what they do with a service; its users are not its people, as its employees are. */
const PLATFORM_USERS = new Set([
  'user',
  'users',
  'commenter',
  'commenters',
  'poster',
  'posters',
  'follower',
  'followers',
  'subscriber',
  'subscribers',
  'reader',
  'readers',
  'viewer',
  'viewers',
  'listener',
  'listeners',
  'customer',
  'customers',
]);

/**
 * "The World Bank and the African Union stressed", "Germany, France and Italy said": the
 * parties named before the last of a subject's conjuncts, first first. The first speaks, and
 * the claim is about the others too.
 */
function conjunctsBefore(ctx: Context, last: Mention, clauseStart: number): Mention[] {
  const before: Mention[] = [];
  for (let current = last; ;) {
    let k = current.first - 1;
    // "… and Senator Paul Wexley": a title between the joint and the name.
    while (k > clauseStart && ctx.tokens[k]?.capitalised && TITLE_WORDS.has(ctx.tokens[k]?.norm ?? '')) k -= 1;
    if (ctx.tokens[k]?.norm === 'the') k -= 1;
    const joint = ctx.tokens[k];
    const joins = joint?.norm === 'and' ? before.length === 0 : joint?.text === ',' && before.length > 0;
    if (!joins || k <= clauseStart) return before;
    const m = ctx.mentionAt[k - 1];
    if (!m || m.last !== k - 1 || !SPEAKING_KINDS.has(m.kind) || m.kind === 'demonym' || m.possessive) return before;
    before.unshift(m);
    current = m;
  }
}

/**
 * Whether the words before the comma at `comma`, back to the comma before them, are an aside
 * after a name: ", a senior analyst at X", ", president of X".
 */
function opensAside(ctx: Context, comma: number, clauseStart: number): boolean {
  let j = comma - 1;
  while (j > clauseStart && (ctx.tokens[j] as Token).text !== ',') j -= 1;
  const opening = ctx.tokens[j + 1] as Token | undefined;
  return (
    j > clauseStart &&
    !!opening &&
    (ASIDE_OPENINGS.has(opening.norm) ||
      RELATIVE_PRONOUNS.has(opening.norm) ||
      (lower(opening) && (ROLE_NOUNS.has(opening.norm) || TITLE_WORDS.has(opening.norm)))) &&
    mentionEndingAt(ctx, j - 1) !== undefined
  );
}

/**
 * "in Munich, Germany,": where the town before the region named before the comma at `comma`
 * starts, after "in" or "from"; undefined unless the comma closes such a pair.
 */
function townBeforeRegion(ctx: Context, comma: number): number | undefined {
  if (ctx.tokens[comma]?.text !== ',') return undefined;
  const region = mentionEndingAt(ctx, comma - 1);
  if (!region || !PLACE_KINDS.has(region.kind) || ctx.tokens[region.first - 1]?.text !== ',') return undefined;
  let town = region.first - 2;
  while (town > region.first - 5 && ctx.tokens[town - 1]?.capitalised) town -= 1;
  const before = ctx.tokens[town - 1]?.norm;
  return ctx.tokens[town]?.capitalised && (before === 'in' || before === 'from') ? town : undefined;
}

/** The comma that would close the region starting after the comma at `comma` ("Munich, |Germany,"). */
function regionAfterComma(ctx: Context, comma: number): number {
  const region = mentionStartingAt(ctx, comma + 1);
  return region ? region.last + 1 : -1;
}

/** "Diego Jeronimo, 36, the owner of a store": the age between commas after a name. */
function isAgeAside(ctx: Context, age: number): boolean {
  return /^\d{1,3}$/.test(ctx.tokens[age]?.text ?? '') && ctx.tokens[age - 1]?.text === ',';
}

const ASIDE_OPENINGS = new Set(['a', 'an', 'the']);

function onlyRoleWordsBetween(ctx: Context, from: number, to: number): boolean {
  // ", Natural Resources Defense Council board member Nicole Lederer,": the body someone works for may open the role.
  const employer = ctx.mentionAt[from];
  if (employer?.kind === 'organization' && employer.first === from && employer.last + 1 < to) from = employer.last + 1;
  for (let j = from; j < to; j += 1) {
    const t = ctx.tokens[j] as Token;
    // ", Republican Sen. Scott Beason,": a party's adjective and a title are role words too.
    const title = t.text === '.' || (t.isWord && (TITLE_WORDS.has(t.norm) || PARTY_ADJECTIVES.has(t.norm)));
    if (!(title || (t.isWord && (ROLE_NOUNS.has(t.norm) || t.norm === 'the' || lower(t))))) return false;
  }
  return to - from <= 3;
}

/**
 * "White House press secretary Josh Earnest": the person an organisation's role words lead to.
 * "Local councillor Ruth Abbot": after a capitalised word that is only weakly a name, any
 * lower-case description leads to the person.
 */
function personAfterRole(ctx: Context, m: Mention, before: number): Mention | undefined {
  let roles = 0;
  for (let j = m.last + 1; j < Math.min(before, m.last + 5); j += 1) {
    const t = ctx.tokens[j] as Token;
    const named = ctx.mentionAt[j];
    if (named && named !== m) return roles > 0 && named.kind === 'person' ? named : undefined;
    const role = ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm) || (m.weak && m.kind === 'unknown');
    // "Apple CEO Tim Cook", "Browns DL Sheldon Richardson": a title may be capitalised.
    if (!(t.isWord && (lower(t) || TITLE_WORDS.has(t.norm)) && role)) return undefined;
    roles += 1;
  }
  return undefined;
}

/** The person named after lower-case role words from `from` (none needed after a role: "member Ray Moss"). */
function personAfterRoleWords(ctx: Context, from: number, afterRole: boolean): Mention | undefined {
  for (let j = from; j < from + 3; j += 1) {
    const t = ctx.tokens[j] as Token | undefined;
    const named = ctx.mentionAt[j];
    if (named) return (j > from || afterRole) && named.kind === 'person' && named.first === j ? named : undefined;
    if (!t || !t.isWord || !lower(t) || !(ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm))) return undefined;
  }
  return undefined;
}

/** "the head of (the) Farmers Union": the name completes a description of someone. */
function isAfterOf(ctx: Context, m: Mention): boolean {
  const before = ctx.tokens[m.first - 1];
  return before?.norm === 'of' || (before?.norm === 'the' && ctx.tokens[m.first - 2]?.norm === 'of');
}

/** "The leader of Ennahda, Rachid Ghannouchi, condemned": the person the appositive names. */
function appositiveAfter(ctx: Context, from: number, before: number): Mention | undefined {
  for (let j = from + 1; j < Math.min(before, from + 6); j += 1) {
    if ((ctx.tokens[j] as Token).text !== ',') continue;
    const named = ctx.mentionAt[j + 1];
    if (named?.kind === 'person' && named.first === j + 1 && ctx.tokens[named.last + 1]?.text === ',') return named;
    return undefined;
  }
  return undefined;
}

// Words opening a phrase set before the subject: "Hours before the game, the coach said".
const FRONTED_OPENERS = new Set(['hours', 'days', 'minutes', 'before', 'after', 'when', 'while', 'during', 'since']);

/** Where the main clause's subject may start: after a dateline's dash and a fronted phrase's comma. */
function subjectSearchStart(ctx: Context, clauseStart: number, before: number): number {
  let start = clauseStart;
  for (let k = clauseStart; k < Math.min(before, clauseStart + 8); k += 1) {
    if (['—', '–', '--'].includes((ctx.tokens[k] as Token).text) && isAllCapsWord(ctx.tokens[clauseStart])) {
      start = k + 1;
      break;
    }
  }
  if (!FRONTED_OPENERS.has((ctx.tokens[start] as Token | undefined)?.norm ?? '')) return start;
  for (let k = start + 1; k < before; k += 1) if ((ctx.tokens[k] as Token).text === ',') return k + 1;
  return start;
}

function isAllCapsWord(t: Token | undefined): boolean {
  return !!t && t.isWord && t.text.length > 1 && t.text === t.text.toUpperCase();
}

/** The subject of the sentence's main clause: the first party, pronoun or speaker noun in it. */
function subjectOfClause(ctx: Context, clauseStart: number, before: number): Speaker {
  for (let j = subjectSearchStart(ctx, clauseStart, before); j < before; j += 1) {
    const t = ctx.tokens[j] as Token;
    if (t.text === ',' && j > clauseStart + 6) break;
    const m = ctx.mentionAt[j];
    if (
      m &&
      SPEAKING_KINDS.has(m.kind) &&
      m.kind !== 'demonym' &&
      !m.possessive &&
      !isAfterLocative(ctx, m) &&
      !isInParentheses(ctx, m)
    ) {
      const person =
        m.kind === 'person'
          ? undefined
          : (personAfterRole(ctx, m, before) ??
            (isAfterOf(ctx, m) ? appositiveAfter(ctx, m.last - 1, before) : undefined));
      return person
        ? { type: 'mention', mention: person, from: m.first }
        : { type: 'mention', mention: m, from: m.first };
    }
    if (t.isWord && PRONOUNS.has(t.norm)) return { type: 'pronoun', word: t.norm, from: j };
    const noun = speakerNounAt(ctx, j, clauseStart);
    if (noun) {
      const named = noun.type === 'noun' && !noun.qualifier ? appositiveAfter(ctx, j, before) : undefined;
      return named ? { type: 'mention', mention: named, from: j } : noun;
    }
  }
  return { type: 'none' };
}

/** "SAN FRANCISCO (AP) — Steve Jobs …": a name in parentheses is an aside (a dateline's agency), not the subject. */
function isInParentheses(ctx: Context, m: Mention): boolean {
  return ctx.tokens[m.first - 1]?.text === '(' && ctx.tokens[m.last + 1]?.text === ')';
}

function isAfterLocative(ctx: Context, m: Mention): boolean {
  const before = ctx.tokens[m.first - 1];
  if (!before || !lower(before) || !['in', 'at', 'from', 'on', 'near'].includes(before.norm)) return false;
  // "A spokesperson at Air Mobility Command told": where someone works speaks through them.
  const worker = ctx.tokens[m.first - 2];
  return !(
    before.norm === 'at' &&
    m.kind === 'organization' &&
    !!worker &&
    lower(worker) &&
    SPEAKER_NOUNS.has(worker.norm)
  );
}

/** The speaker named after an inverted verb: "…,” said Mr. Reeves", "say the researchers". */
function subjectAfter(ctx: Context, unit: Unit, cueEnd: number): Speaker {
  const { tokens } = ctx;
  for (let j = cueEnd + 1; j <= Math.min(cueEnd + 5, unit.last); j += 1) {
    const t = tokens[j] as Token;
    const m = ctx.mentionAt[j];
    if (m && SPEAKING_KINDS.has(m.kind) && m.kind !== 'demonym') {
      // "according to RedMonk’s Stephens": the one the possessive names speaks, not its owner.
      const owned = m.possessive
        ? (mentionStartingAt(ctx, m.last + 1) ?? personNamedAfterRole(ctx, m.last + 1, unit.last, 3))
        : undefined;
      const speaker = owned && SPEAKING_KINDS.has(owned.kind) && owned.kind !== 'demonym' ? owned : m;
      return {
        type: 'mention',
        mention: officerAfter(ctx, speaker) ?? residentAfter(ctx, speaker) ?? speaker,
        from: cueEnd + 1,
      };
    }
    // "said head coach of the men’s team, Dwayne Killings": the person named after the role.
    const roleHolder =
      j === cueEnd + 1 && (ROLE_NOUNS.has(t.norm) || ROLE_NOUNS.has(tokens[j + 1]?.norm ?? ''))
        ? personNamedAfterRole(ctx, j, unit.last, 7)
        : undefined;
    if (roleHolder) return { type: 'mention', mention: roleHolder, from: j };
    // "said his lawyer, Tom Smith": the one named beside the role speaks, not the owner.
    const holder = POSSESSIVE_PRONOUNS.has(t.norm) ? personNamedAfterRole(ctx, j + 1, unit.last, 3) : undefined;
    if (holder) return { type: 'mention', mention: holder, from: j };
    if (t.isWord && PRONOUNS.has(t.norm)) return { type: 'pronoun', word: t.norm, from: j };
    if (INDEFINITES.has(t.norm)) {
      let end = j + 1;
      while (end < j + 5 && tokens[end]?.isWord && tokens[end]!.capitalised) end += 1;
      const member = partyMemberAt(ctx, end - 1) ?? partyMemberAt(ctx, end);
      if (member) return member;
    }
    const noun = speakerNounAt(ctx, j, cueEnd + 1);
    // "according to whale rescue group Project Jonah": the body the noun names right after it.
    const body = noun?.type === 'noun' && !noun.qualifier ? ctx.mentionAt[j + 1] : undefined;
    if (body && body.first === j + 1 && PERSON_OR_BODY.has(body.kind))
      return { type: 'mention', mention: body, from: j + 1 };
    if (noun) return authorOfFinding(ctx, noun, j) ?? noun;
    // "declared a later chancellor, Bernhard von Bülow,": the role's holder, named beside it.
    const named = t.text === ',' && j > cueEnd + 1 ? ctx.mentionAt[j + 1] : undefined;
    if (named?.kind === 'person' && named.first === j + 1 && tokens[named.last + 1]?.text === ',')
      return { type: 'mention', mention: named, from: j + 1 };
    // "says Ravens GM Ozzie Newsome": whose office it is may come before the title.
    const titleLike =
      (t.isWord && TITLE_WORDS.has(t.norm)) ||
      t.text === '.' ||
      (t.capitalised && TITLE_WORDS.has(tokens[j + 1]?.norm ?? ''));
    // "said Republican strategist Karl Rove": the party's word describes the one named after it.
    const partyWord = t.capitalised && PARTY_MEMBER_WORDS.has(t.norm) && !!tokens[j + 1] && lower(tokens[j + 1]!);
    // "according to a 2018 survey by": a year is read past.
    const year = /^(?:1[89]|20)\d\d$/.test(t.text);
    if (!titleLike && !partyWord && !year && (!t.isWord || !(lower(t) || t.norm === 'the'))) break;
  }
  return { type: 'none' };
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * "said Kerry’s spokesman, John Kirby", "said head coach of the men’s team, Dwayne Killings":
 * the person named after a comma that ends at most `most` lower-case words from `from`.
 */
function personNamedAfterRole(ctx: Context, from: number, last: number, most: number): Mention | undefined {
  let j = from;
  while (j < from + most && j <= last && lower(ctx.tokens[j])) j += 1;
  if (j === from || ctx.tokens[j]?.text !== ',') return undefined;
  const named = mentionStartingAt(ctx, j + 1);
  const after = ctx.tokens[(named?.last ?? j) + 1]?.text;
  return named?.kind === 'person' && (after === ',' || after === '.' || named.last === last) ? named : undefined;
}

/** "according to a new report from E! News", "according to a study by Gallup": who made it speaks. */
const RELAY_ADVERBS = new Set(['first', 'previously', 'originally', 'earlier']);

/**
 * "…,” said one legal expert, as reported by the Independent": the outlet the article relies
 * on for the words is the claimant, as the labels' nested-report rule says.
 */
function relayedBy(ctx: Context, unit: Unit, from: number): Speaker | undefined {
  const { tokens } = ctx;
  for (let k = from + 1; k + 2 <= unit.last; k += 1) {
    if (tokens[k]?.norm !== 'as' || !lower(tokens[k])) continue;
    const verb = RELAY_ADVERBS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const link = tokens[verb + 1]?.norm;
    if (tokens[verb]?.norm !== 'reported' || (link !== 'by' && link !== 'in')) continue;
    const first = tokens[verb + 2]?.norm === 'the' ? verb + 3 : verb + 2;
    const outlet = ctx.mentionAt[first];
    if (outlet && outlet.first === first && SPEAKING_KINDS.has(outlet.kind) && outlet.kind !== 'demonym')
      return { type: 'mention', mention: outlet, from: first };
  }
  return undefined;
}

const GATHERED = new Set(['received', 'compiled', 'gathered', 'collected', 'published', 'released', 'issued']);

function authorOfFinding(ctx: Context, noun: Speaker, at: number): Speaker | undefined {
  if (noun.type !== 'noun' || noun.qualifier || !(FINDING_NOUNS.has(noun.word) || ISSUED_WORDS.has(noun.word)))
    return undefined;
  // "reports received by Amnesty": who gathered them vouches for them (not "seen by Reuters").
  let handled = GATHERED.has(ctx.tokens[at + 1]?.norm ?? '') && ctx.tokens[at + 2]?.norm === 'by' ? 1 : 0;
  // "an analysis of Census survey data by The Associated Press": who analysed, past what was analysed.
  if (ctx.tokens[at + 1]?.norm === 'of') {
    for (let k = at + 2; k <= at + 7; k += 1) {
      const t = ctx.tokens[k];
      if (!t || !t.isWord) break;
      if (t.norm === 'by') {
        handled = k - at - 1;
        break;
      }
    }
  }
  const link = ctx.tokens[at + 1 + handled]?.norm;
  if (link !== 'from' && link !== 'by') return undefined;
  let first = ctx.tokens[at + 2 + handled]?.norm === 'the' ? at + 3 + handled : at + 2 + handled;
  // "an analysis by venture capital database CB Insights": what the author is may come before its name.
  const described = first + 4;
  while (first < described && lower(ctx.tokens[first]) && !ctx.mentionAt[first]) first += 1;
  const author = ctx.mentionAt[first];
  return author && author.first === first && SPEAKING_KINDS.has(author.kind) && author.kind !== 'demonym'
    ? { type: 'mention', mention: author, from: first }
    : undefined;
}

/** "said Kyiv resident Svitlana Onofryichuk": someone of a place, named after the word for who they are. */
function residentAfter(ctx: Context, place: Mention): Mention | undefined {
  if (place.kind !== 'country' || place.possessive) return undefined;
  const noun = ctx.tokens[place.last + 1];
  if (!noun || !lower(noun) || !(SPEAKER_NOUNS.has(noun.norm) || ROLE_NOUNS.has(noun.norm))) return undefined;
  const person = ctx.mentionAt[place.last + 2];
  return person?.kind === 'person' && person.first === place.last + 2 ? person : undefined;
}

/** "said BVX President Tom Wrenley": the officer named after an organisation and a title speaks. */
function isLowerRoleWord(t: Token | undefined): boolean {
  return !!t && t.isWord && lower(t) && (ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm) || isRoleNoun(t.norm));
}

function officerAfter(ctx: Context, organization: Mention): Mention | undefined {
  // "NOAA head …": an acronym read alone as unknown is the organisation its cluster says it is.
  const kind = ctx.index.clusterOf.get(organization)?.kind ?? organization.kind;
  if (kind !== 'organization' || organization.possessive) return undefined;
  for (let k = organization.last + 1; k <= organization.last + 4; k += 1) {
    const t = ctx.tokens[k];
    const m = ctx.mentionAt[k];
    if (m) return m.first === k && m.kind === 'person' && k > organization.last + 1 ? m : undefined;
    // "said NOAA head Jane Lubchenco": a role word in lower case leads to the officer too.
    // "said LAPD homicide detective Efren Guttierez": so does a word that qualifies the role.
    const role = isLowerRoleWord(t) || (!!t && t.isWord && lower(t) && isLowerRoleWord(ctx.tokens[k + 1]));
    // "said Army Maj. Mike Lyons": an abbreviated title keeps its full stop.
    const titleStop = t?.text === '.' && TITLE_WORDS.has(ctx.tokens[k - 1]?.norm ?? '');
    if (
      !role &&
      !titleStop &&
      (!t || !t.isWord || !t.capitalised || !(TITLE_WORDS.has(t.norm) || isCommonWord(t.norm)))
    )
      return undefined;
  }
  return undefined;
}

/** "“…?” Linda Park asked", "“…,” Dr. Bones wrote": a quotation closes right before the speaker's name and title. */
function quotationEndsBefore(ctx: Context, from: number): boolean {
  let k = from - 1;
  while (k > from - 4 && ctx.tokens[k] && (ctx.tokens[k]!.text === '.' || TITLE_WORDS.has(ctx.tokens[k]!.norm))) k -= 1;
  return isClosingQuote(ctx, k);
}

/** "“…,” Haley shot back": a quotation closes a few words before the verb at `verb`. */
function closesQuotationBefore(ctx: Context, verb: number): boolean {
  for (let k = verb - 1; k >= verb - 5 && k >= 0; k -= 1) if (isClosingQuote(ctx, k)) return true;
  return false;
}

/** "…,” wrote user jayk1984": the verb comes right after the quotation it attributes. */
function followsQuotation(ctx: Context, cue: Cue): boolean {
  const before = cue.index - 1;
  return isClosingQuote(ctx, before) || (ctx.tokens[before]?.text === ',' && isClosingQuote(ctx, before - 1));
}

function isInverted(ctx: Context, unit: Unit, cue: Cue): boolean {
  const before = cue.index - 1;
  if (isClosingQuote(ctx, before)) return !isQuotedTitle(ctx, unit, before);
  if ((ctx.tokens[before] as Token | undefined)?.text !== ',') return false;
  return isClosingQuote(ctx, before - 1) || isInsertedSay(ctx, cue);
}

const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'across', 'near', 'from', 'throughout']);
const SAID_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'with', 'during', 'after', 'about', 'via']);

// "…, reported MSNBC.", "…, noted experts.": verbs that follow what was said as "said" does.
const INSERTED_CUES = new Set(['say', 'report', 'note', 'add', 'write', 'explain', 'recall', 'observe']);

/** "…, say the researchers, and…": a short "say" clause set between commas inside the sentence. */
function isInsertedSay(ctx: Context, cue: Cue): boolean {
  // ", her mother, Fiona, said in a statement": a name before the comma is the subject,
  // unless a preposition governs it ("rain falls on Titan, said its co-author").
  // "A storm struck Texas, said Steve Cowan": nor is the object of a verb.
  const named = ctx.mentionAt[cue.index - 2];
  const article = named && ARTICLES.has(ctx.tokens[named.first - 1]?.norm ?? '') ? 1 : 0;
  const lead = named && ctx.tokens[named.first - 1 - article];
  const governed =
    !!lead &&
    (PLACE_PREPOSITIONS.has(lead.norm) ||
      (lead.lowercase && !SPEAKER_NOUNS.has(lead.norm) && !ROLE_NOUNS.has(lead.norm) && !isRoleNoun(lead.norm)));
  if (!INSERTED_CUES.has(cue.lemma) || (named && !governed)) return false;
  // "…, said of that on-ramp in a teleconference with reporters.": who is spoken to is no speaker.
  // "…, reported by Reuters, …" is a passive: the words were not said there.
  const next = ctx.tokens[cue.end + 1]?.norm ?? '';
  if (SAID_PREPOSITIONS.has(next) || next === 'by') return false;
  for (let k = cue.end + 1; k <= cue.end + 10; k += 1) {
    const t = ctx.tokens[k];
    if (!t) return false;
    // "Doherty, who represents a district, says his main frustration is that …,": a clause with its own verb is what was said.
    if (t.text === ',') return k > cue.end + 1 && !hasOwnVerb(ctx, cue.end + 1, k);
    // "The ferry will run again in June, said harbour master Tom Wallis.": the speaker ends the sentence.
    const titleDot = t.text === '.' && TITLE_WORDS.has(ctx.tokens[k - 1]?.norm ?? '');
    if (t.text === '.' && !titleDot) return k > cue.end + 1 && namesSpeaker(ctx, cue.end + 1, k);
    if (!t.isWord && !titleDot) return false;
  }
  return false;
}

function hasOwnVerb(ctx: Context, from: number, to: number): boolean {
  return ctx.tokens.slice(from, to).some((t) => t.isWord && (AUXILIARIES.has(t.norm) || t.norm === 'that'));
}

function namesSpeaker(ctx: Context, from: number, to: number): boolean {
  let found = false;
  for (let k = from; k < to; k += 1) {
    const t = ctx.tokens[k] as Token;
    // ", said his company's award was a sign.": a clause with its own verb is what was said.
    if (t.isWord && AUXILIARIES.has(t.norm)) return false;
    const m = ctx.mentionAt[k];
    if (m && SPEAKING_KINDS.has(m.kind) && m.kind !== 'demonym' && !m.possessive) found = true;
    if (SPEAKER_NOUNS.has(t.norm) && !t.possessive && !isMediumOfSaying(ctx, k)) found = true;
  }
  return found;
}

const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'through', 'during']);

/** "Stephane Dujarric said in a statement that …": the claim's own words name a statement it was made in. */
function saidInStatement(ctx: Context, unit: Unit): boolean {
  for (let i = unit.first + 2; i <= unit.last; i += 1) {
    if (ctx.inQuote[i] || ctx.tokens[i]?.norm !== 'statement') continue;
    const article = ctx.tokens[i - 1]?.norm === 'written' ? i - 2 : i - 1;
    if (ctx.tokens[article]?.norm === 'a' && ctx.tokens[article - 1]?.norm === 'in') return true;
  }
  return false;
}

/** "…, a director, said in a statement.": the statement is how it was said, not who said it. */
function isMediumOfSaying(ctx: Context, k: number): boolean {
  const before = ctx.tokens[k - 1];
  const skip = before && DETERMINERS_BEFORE_MEDIUM.has(before.norm) ? 2 : 1;
  return MEDIUM_PREPOSITIONS.has(ctx.tokens[k - skip]?.norm ?? '');
}

const DETERMINERS_BEFORE_MEDIUM = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

function isPassive(ctx: Context, cue: Cue): boolean {
  // "Researchers are warning of …", "the group is urging": a form in -ing after "be" is no passive.
  if (/ing$/.test(ctx.tokens[cue.index]?.norm ?? '')) return false;
  for (let k = cue.index - 1; k >= Math.max(0, cue.index - 2); k -= 1) {
    const t = ctx.tokens[k] as Token;
    const contracted = /['’](?:re|s|m)$/.test(t.text.toLowerCase()) && !/^let/i.test(t.text);
    if (BE_FORMS.has(t.norm) || contracted) return true;
    if (!(t.isWord && /ly$/.test(t.norm))) return false;
  }
  return false;
}

const UNREAL = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

/** "something to be said for", "we will be told", "I’d then be accused": a passive not yet (or never) said. */
function isUnrealPassive(ctx: Context, cue: Cue): boolean {
  if (ctx.tokens[cue.index - 1]?.norm !== 'be') return false;
  // "I’d then be accused": an adverb may stand between, and "would" be run together with its subject.
  const before = ctx.tokens[cue.index - 2]?.norm === 'then' ? cue.index - 3 : cue.index - 2;
  const modal = ctx.tokens[before];
  return UNREAL.has(modal?.norm ?? '') || /['’]d$/.test(modal?.text ?? '');
}

function isBareAfterSingular(ctx: Context, cue: Cue): boolean {
  const verb = ctx.tokens[cue.index] as Token;
  // "The combination, say economists, marks …": the subject of an inserted verb comes after it.
  if (verb.norm !== cue.lemma || isInsertedSay(ctx, cue)) return false;
  let before = ctx.tokens[cue.index - 1];
  // "Most economists, however, argue": the subject stands before the aside.
  if (before?.text === ',') {
    for (let k = cue.index - 2; k >= Math.max(0, cue.index - 6); k -= 1)
      if (ctx.tokens[k]?.text === ',') {
        before = ctx.tokens[k - 1];
        break;
      }
  }
  return (
    !before || !(before.isWord && (/s$/.test(before.norm) || AUXILIARIES.has(before.norm) || PRONOUNS.has(before.norm)))
  );
}

function isHypothetical(ctx: Context, index: number): boolean {
  const have = ctx.tokens[index - 1];
  const modal = ctx.tokens[index - 2];
  if (have?.norm === 'have' && !!modal && ['might', 'could', 'would', 'should', 'may'].includes(modal.norm))
    return true;
  // "Some might say that…", "you could argue": speech imagined, not reported.
  const verb = ctx.tokens[index] as Token;
  return !!have && ['might', 'could'].includes(have.norm) && cueVerb(verb.norm)?.lemma === verb.norm;
}

const CONDITIONS = new Set(['if', 'unless']);

/** "If the council insists on a vote, …": speech only supposed in an opening condition is not reported. */
function isInCondition(ctx: Context, unit: Unit, index: number): boolean {
  if (!CONDITIONS.has(ctx.tokens[unit.first]?.norm ?? '')) return false;
  for (let k = unit.first + 1; k < index; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (ctx.inQuote[k] || t.text === ',' || t.text === ';' || t.text === '—') return false;
  }
  return true;
}

/** "Ellesa Throwden reports.": a speaker and a verb with nothing said (a hand-over). */
function saysNothing(ctx: Context, unit: Unit, region: [number, number]): boolean {
  for (let i = unit.first; i <= unit.last; i += 1) {
    if ((i < region[0] || i > region[1]) && (ctx.tokens[i] as Token).isWord) return false;
  }
  return true;
}

function isNegated(ctx: Context, index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 3); k -= 1) {
    const t = ctx.tokens[k] as Token;
    // "whether they are from the deep web or not, Espinosa says": a comma ends the negation's reach.
    if (!t.isWord) return false;
    if (/^(?:not|never|cannot)$|n['’]t$/.test(t.norm)) return true;
  }
  return false;
}

function speakerOfCue(ctx: Context, unit: Unit, cue: Cue): Speaker {
  switch (cue.kind) {
    case 'according':
      return subjectAfter(ctx, unit, cue.end);
    case 'words': {
      const before = ctx.tokens[cue.index - 1];
      if (before?.possessive) {
        const m = ctx.mentionAt[cue.index - 1];
        return m ? { type: 'mention', mention: m, from: m.first } : { type: 'none' };
      }
      return subjectAfter(ctx, unit, cue.index + 1);
    }
    case 'gerund':
      if (isOpeningWord(ctx, unit, cue.index)) return subjectAfterOpening(ctx, unit, cue.index);
      return subjectOfClause(ctx, clauseStartBefore(ctx, unit, cue.index), cue.index);
    case 'colon':
      return subjectOfClause(ctx, clauseStartBefore(ctx, unit, cue.index), cue.index);
    case 'hearing':
      return { type: 'none' };
    default:
      if (isPassive(ctx, cue)) {
        // "has been described as “heartbreaking” by the conservation department": the agent speaks.
        const agent =
          EVALUATING_CUES.has(cue.lemma) || PASSIVE_CHARGES.has(cue.lemma) ? agentAfter(ctx, unit, cue.end) : undefined;
        if (agent) return agent;
        return (PASSIVE_REPORTS.has(cue.lemma) || PASSIVE_CHARGES.has(cue.lemma)) &&
          !isNegated(ctx, cue.index) &&
          !isUnrealPassive(ctx, cue)
          ? { type: 'none' }
          : { type: 'negated' };
      }
      return isInverted(ctx, unit, cue) ? subjectAfter(ctx, unit, cue.end) : subjectBefore(ctx, unit, cue.index);
  }
}

/** The party after "by" that closes a passive's quoted words: "described as “heartbreaking” by the department". */
function agentAfter(ctx: Context, unit: Unit, cueEnd: number): Speaker | undefined {
  for (let k = cueEnd + 1; k <= Math.min(unit.last, cueEnd + 12); k += 1) {
    if (ctx.inQuote[k] || ctx.tokens[k]!.norm !== 'by' || !isClosingQuote(ctx, k - 1)) continue;
    const agent = subjectAfter(ctx, unit, k);
    return isSpeaking(agent) ? agent : undefined;
  }
  return undefined;
}

/**
 * "They insist that …", "…, they said.": "they" opening the sentence or set off by a comma
 * speaks for people the text has described, named or not; inside a clause ("the goals they
 * claim") it is seldom who reports.
 */
function opensClauseAt(ctx: Context, unit: Unit, i: number): boolean {
  return i === unit.first || ctx.tokens[i - 1]?.text === ',';
}

/** The sentence's first word, or the first after a dateline's dash ("WASHINGTON (Aug. 13) -- Declaring"). */
function isOpeningWord(ctx: Context, unit: Unit, i: number): boolean {
  if (i === unit.first) return true;
  return i - unit.first <= 8 && ['--', '—', '–'].includes(ctx.tokens[i - 1]?.text ?? '');
}

/** The subject of the main clause after an opening participle's comma. */
function subjectAfterOpening(ctx: Context, unit: Unit, cueIndex: number): Speaker {
  for (let k = cueIndex + 1; k <= unit.last; k += 1) {
    if (!ctx.inQuote[k] && ctx.tokens[k]!.text === ',') return subjectOfClause(ctx, k + 1, unit.last + 1);
  }
  return { type: 'none' };
}

function isSpeaking(speaker: Speaker): boolean {
  return speaker.type === 'mention' || speaker.type === 'pronoun' || speaker.type === 'noun';
}

function resolve(ctx: Context, speaker: Speaker, salience: Salience, sentence: number): PartyCluster | null {
  switch (speaker.type) {
    case 'mention': {
      const m = speaker.mention;
      const cluster = ctx.index.clusterOf.get(m);
      if (cluster) return cluster;
      return m.kind === 'unknown' || m.kind === 'person' ? ctx.index.speakerCluster(m) : null;
    }
    case 'pronoun': {
      if (speaker.word === 'he' || speaker.word === 'she')
        return personOfPronoun(ctx, speaker.word, salience, sentence, speaker.from);
      if (speaker.word === 'it') {
        const recent = salience.lastOtherClaimant;
        if (recent && sentence - recent.sentence <= 4) return recent.cluster;
        const subject = salience.lastSubjectOrganization;
        return subject && sentence - subject.sentence <= 2 ? subject.cluster : null;
      }
      if (speaker.word === 'they') {
        const recent = salience.lastOtherClaimant;
        return recent && sentence - recent.sentence <= 4 ? recent.cluster : null;
      }
      return null;
    }
    case 'noun': {
      if (speaker.qualifier) {
        const q = speaker.qualifier;
        // "Austria's interior minister said … Interior Minister Wolfgang Peschorn": the one
        // the text names with that office, before or after.
        const holder =
          ROLE_NOUNS.has(speaker.word) && (q.kind === 'country' || q.kind === 'demonym')
            ? (officeHolder(ctx, speaker.from, speaker.word) ??
              (ctx.tokens[q.first - 1]?.norm === 'the' && q.country
                ? countryOfficeHolder(ctx, speaker.from, speaker.word, q.country)
                : undefined))
            : undefined;
        if (holder) return holder;
        // "the Portuguese coach said": a nationality, not a state speaking.
        if (q.kind === 'demonym' && ROLE_NOUNS.has(speaker.word) && !STATE_ROLE_NOUNS.has(speaker.word))
          return personDescribedAs(ctx, speaker.word, speaker.from, salience) ?? null;
        // "American officials": the state speaks.
        if (q.kind === 'demonym') return q.country ? ctx.index.countryCluster(q.country, q) : null;
        // "Zambian authorities": the demonym before a government word was read as its country.
        if (q.kind === 'country' && q.country && !ctx.index.clusterOf.has(q))
          return ctx.index.countryCluster(q.country, q);
        // "The Wikileaks founder argued": the person the text named with that role.
        if (isRoleAtNamedBody(ctx, q.last + 1))
          return personDescribedAs(ctx, speaker.word, speaker.from, salience) ?? ctx.index.clusterOf.get(q) ?? null;
        return ctx.index.clusterOf.get(q) ?? null;
      }
      if (speaker.definite && ROLE_NOUNS.has(speaker.word)) {
        const described = personDescribedAs(ctx, speaker.word, speaker.from, salience);
        if (described) return described;
      }
      if (speaker.definite && (PERSON_BACK_REFERENCES.has(speaker.word) || speaker.word === AGED))
        return mostMentionedPerson(salience);
      if (speaker.definite && ORGANIZATION_BACK_REFERENCES.has(speaker.word))
        return organizationMeant(salience, sentence, speaker.from, speaker.word);
      if (speaker.word === 'government' && (speaker.definite || ctx.tokens[speaker.from - 1]?.norm === 'its'))
        return stateMeant(ctx, speaker.from, salience, sentence);
      if (speaker.definite && AUTHORED_WORDS.has(speaker.word)) {
        const author = authorOf(ctx, speaker.word, speaker.from, sentence);
        if (author) return author;
      }
      // "… issued a statement … The statement, obtained by Variety, claimed": its issuer speaks.
      const issuer = salience.lastIssuer;
      if (speaker.definite && ISSUED_WORDS.has(speaker.word) && issuer && sentence - issuer.sentence <= 8)
        return issuer.cluster;
      return null;
    }
    default:
      return null;
  }
}

// Papers that speak for whoever wrote them: "the report states", "according to the study".
const AUTHORED_WORDS = new Set(['report', 'study', 'survey']);
const AUTHOR_REACH = 12;

/**
 * Who wrote the report, study or survey that "the report" means: the one named with that word
 * a few sentences back ("the IEA's report", "a study by Gallup", "…, reports The Information"),
 * the latest first.
 */
function authorOf(ctx: Context, word: string, from: number, sentence: number): PartyCluster | undefined {
  const reach = ctx.layout.sentences[Math.max(0, sentence - AUTHOR_REACH)]?.first ?? 0;
  const clusterAt = (k: number) => {
    const m = ctx.mentionAt[k];
    const cluster = m && !ctx.inQuote[k] ? ctx.index.clusterOf.get(m) : undefined;
    return cluster && cluster.kind !== 'other' ? cluster : undefined;
  };
  for (let j = from - 1; j >= reach; j -= 1) {
    const t = ctx.tokens[j] as Token;
    if (ctx.inQuote[j] || (t.norm !== word && t.norm !== `${word}s`)) continue;
    const after = ctx.tokens[j + 1]?.norm;
    const author =
      (ctx.tokens[j - 1]?.possessive ? clusterAt(j - 1) : undefined) ??
      (after === 'by' || after === 'from' ? (clusterAt(j + 2) ?? clusterAt(j + 3)) : undefined) ??
      (t.norm === `${word}s` && ctx.tokens[j - 1]?.text === ',' ? (clusterAt(j + 1) ?? clusterAt(j + 2)) : undefined);
    if (author) return author;
  }
  return undefined;
}

// "the government says", "its government announced": the state the sentence has named
// before the word, or else the one that last acted, a few sentences back at most.
const STATE_REACH = 3;

function stateMeant(ctx: Context, from: number, salience: Salience, sentence: number): PartyCluster | null {
  const first = ctx.layout.sentences[sentence]?.first ?? from;
  for (let j = from - 1; j >= first; j -= 1) {
    const m = ctx.mentionAt[j];
    if (m && !ctx.inQuote[j] && m.kind === 'country') return ctx.index.clusterOf.get(m) ?? null;
  }
  const subject = salience.lastSubjectOrganization;
  return subject?.cluster.kind === 'country' && sentence - subject.sentence <= STATE_REACH ? subject.cluster : null;
}

/**
 * The person named next to an office ("interior minister") anywhere in the text outside
 * quotations, when the office is written with the word before it and exactly one person holds it.
 */
function officeHolder(ctx: Context, from: number, role: string): PartyCluster | undefined {
  let at = from;
  while (at < from + 5 && ctx.tokens[at]?.norm !== role) at += 1;
  const office = ctx.tokens[at - 1];
  if (ctx.tokens[at]?.norm !== role || !office?.isWord || !lower(office)) return undefined;
  const holders = new Set<PartyCluster>();
  ctx.tokens.forEach((t, j) => {
    if (j === at || t.norm !== role || ctx.inQuote[j] || ctx.tokens[j - 1]?.norm !== office.norm) return;
    const cluster = personNextTo(ctx, j);
    if (cluster) holders.add(cluster);
  });
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** "the US President said" after "US President Donald Trump": the one person the text names with the country's office. */
function countryOfficeHolder(ctx: Context, from: number, role: string, country: string): PartyCluster | undefined {
  const holders = new Set<PartyCluster>();
  ctx.tokens.forEach((t, j) => {
    if (t.norm !== role || ctx.inQuote[j] || (j >= from && j < from + 5)) return;
    if (ctx.mentionAt[j - 1]?.country !== country) return;
    const cluster = personNextTo(ctx, j);
    if (cluster) holders.add(cluster);
  });
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** Titles written short before a name ("Gov. Eric Holcomb" is the governor the text means later). */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  governor: 'gov',
  senator: 'sen',
  president: 'pres',
  professor: 'prof',
  general: 'gen',
  representative: 'rep',
};

/**
 * "according to the scientist", "the governor said": a person the text named next to that
 * role word ("Adam Kramer, Facebook data scientist", "Gov. Eric Holcomb"). Of several, the
 * one the text has named most so far, as a reader takes "the president" to be the main one
 * rather than the last "president of" some bank; of equals, the latest.
 */
function personDescribedAs(ctx: Context, role: string, before: number, salience: Salience): PartyCluster | undefined {
  const short = ROLE_ABBREVIATIONS[role];
  let best: PartyCluster | undefined;
  let bestCount = -1;
  for (let j = before - 1; j >= 0; j -= 1) {
    const norm = ctx.tokens[j]!.norm;
    // "the founder" after "co-founder Julian Assange".
    if ((norm !== role && norm !== short && norm !== `co-${role}`) || ctx.inQuote[j]) continue;
    const cluster = personNextTo(ctx, j);
    const count = cluster ? (salience.personCounts.get(cluster) ?? 0) : -1;
    if (cluster && count > bestCount) {
      best = cluster;
      bestCount = count;
    }
  }
  return best;
}

function personNextTo(ctx: Context, j: number): PartyCluster | undefined {
  for (let d = 1; d <= 4; d += 1) {
    for (const at of [j + d, j - d]) {
      const m = ctx.mentionAt[at];
      const cluster = m && ctx.index.clusterOf.get(m);
      if (cluster?.kind === 'person') return cluster;
    }
  }
  return undefined;
}

/**
 * "The company says": the last organisation named before it ("The group announced that
 * WeWork …" is not WeWork's), or a lone unknown name that spoke more recently ("Vidyard
 * announced …"), which the back reference shows to be an organisation.
 */
function organizationMeant(salience: Salience, sentence: number, before: number, word: string): PartyCluster | null {
  // "the airline said" after "The Tanus family": a business word means no group of people.
  const groups = word === 'group' || word === 'party' || word === 'union';
  const known = latest(salience.organizations, (o) => o.at < before && (groups || o.cluster.kind !== 'group'));
  const spoke = salience.lastUnknownSpeaker;
  if (spoke && sentence - spoke.sentence <= 4 && (!known || spoke.sentence >= known.sentence)) {
    spoke.cluster.kind = 'organization';
    return spoke.cluster;
  }
  return known?.cluster ?? null;
}

function genderOfCluster(ctx: Context, cluster: PartyCluster): Gender | undefined {
  if (!ctx.genders.has(cluster)) ctx.genders.set(cluster, genderOf(cluster, ctx.tokens));
  return ctx.genders.get(cluster);
}

function latest<T>(list: T[], accepts: (item: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k -= 1) if (accepts(list[k] as T)) return list[k];
  return undefined;
}

/**
 * "he" or "she": the last person who spoke, within eight sentences, or else the last named,
 * skipping those whose name says the other gender. When all do, the pronoun's gender is
 * taken to be unknown to the rules rather than no one's.
 */
function personOfPronoun(
  ctx: Context,
  word: 'he' | 'she',
  salience: Salience,
  sentence: number,
  at: number,
): PartyCluster | null {
  const other: Gender = word === 'he' ? 'female' : 'male';
  const recent = salience.personClaimants.filter((c) => sentence - c.sentence <= 8);
  const fits = (cluster: PartyCluster) => genderOfCluster(ctx, cluster) !== other;
  const speaker = latest(recent, (c) => fits(c.cluster));
  // "Sarah Gille is an oceanographer. “…,” she said.": someone who just became the subject
  // is whom the pronoun means, more than the one who spoke before them.
  const subject = salience.lastSubjectPerson;
  if (
    subject &&
    subject.at < at &&
    sentence - subject.sentence <= 1 &&
    (!speaker || subject.sentence > speaker.sentence) &&
    fits(subject.cluster)
  )
    return subject.cluster;
  const found =
    speaker?.cluster ??
    latest(salience.people, fits) ??
    recent[recent.length - 1]?.cluster ??
    salience.people[salience.people.length - 1];
  return found ?? null;
}

function pushLatest<T>(list: T[], item: T, same: (a: T) => boolean): void {
  const at = list.findIndex(same);
  if (at >= 0) list.splice(at, 1);
  list.push(item);
}

function mostMentionedPerson(salience: Salience): PartyCluster | null {
  let best: PartyCluster | null = null;
  let count = 0;
  for (const [cluster, n] of salience.personCounts) {
    if (n > count) {
      best = cluster;
      count = n;
    }
  }
  return best;
}

/**
 * "Kheradpir made the argument. He used his family as an example. He said …": a sentence
 * whose subject is "he" or "she" meaning the last subject keeps that person the subject.
 */
function keepPronounSubject(ctx: Context, unit: Unit, salience: Salience): void {
  const subject = salience.lastSubjectPerson;
  if (!subject || unit.firstSentence - subject.sentence > 1) return;
  for (let i = unit.first; i <= Math.min(unit.last, unit.first + 4); i += 1) {
    const t = ctx.tokens[i] as Token;
    if (ctx.inQuote[i] || ctx.mentionAt[i]) return;
    if (t.norm !== 'he' && t.norm !== 'she') continue;
    if (personOfPronoun(ctx, t.norm, salience, unit.firstSentence, i) === subject.cluster)
      salience.lastSubjectPerson = { ...subject, sentence: unit.lastSentence };
    return;
  }
}

function noteMentions(ctx: Context, unit: Unit, salience: Salience): void {
  for (let i = unit.first; i <= unit.last; i += 1) {
    const m = ctx.mentionAt[i];
    if (!m || m.first !== i || ctx.inQuote[i]) continue;
    const cluster = ctx.index.clusterOf.get(m);
    if (!cluster) continue;
    if (cluster.kind === 'person') {
      salience.personCounts.set(cluster, (salience.personCounts.get(cluster) ?? 0) + 1);
      pushLatest(salience.people, cluster, (c) => c === cluster);
      if (isSentenceSubject(ctx, m)) salience.lastSubjectPerson = { cluster, sentence: m.sentence, at: m.first };
    } else if ((cluster.kind === 'organization' || cluster.kind === 'group') && !isChannel(ctx, m)) {
      pushLatest(salience.organizations, { cluster, sentence: m.sentence, at: m.first }, (o) => o.cluster === cluster);
      if (isSentenceSubject(ctx, m)) salience.lastSubjectOrganization = { cluster, sentence: unit.lastSentence };
    } else if (cluster.kind === 'country' && !m.possessive && isSentenceSubject(ctx, m)) {
      // "Israel rejected the ruling. It argued that …": a state that acts is what "it" says next.
      salience.lastSubjectOrganization = { cluster, sentence: unit.lastSentence };
    }
  }
}

const SENT_WORDS = new Set(['emailed', 'sent', 'statement', 'interview', 'comment', 'comments', 'said', 'spoke']);

/**
 * "told NBC News", "a statement emailed to NBC News", "said on Twitter", "(Reuters) —": the
 * outlet spoken to, the network spoken on and the agency of a dateline are not "the agency"
 * or "the company" that speaks next.
 */
function isChannel(ctx: Context, m: Mention): boolean {
  const before = ctx.tokens[m.first - 1]?.norm;
  if (before === 'told' || before === 'tells' || before === 'telling' || before === 'on') return true;
  if (ctx.tokens[m.first - 1]?.text === '(' && ctx.tokens[m.last + 1]?.text === ')') return true;
  return before === 'to' && SENT_WORDS.has(ctx.tokens[m.first - 2]?.norm ?? '');
}

const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'by', 'to', 'for', 'with', 'on', 'about', 'against', 'like']);

/** First in its sentence and not after a preposition: "Uber has …", not "presented at the Academy". */
function isSentenceSubject(ctx: Context, m: Mention): boolean {
  const sentence = ctx.layout.sentences[m.sentence];
  if (!sentence) return false;
  for (let i = sentence.first; i < m.first; i += 1) {
    const t = ctx.tokens[i] as Token;
    if (ctx.mentionAt[i] || PREPOSITIONS.has(t.norm) || RELATIVE_PRONOUNS.has(t.norm))
      return followsOpeningPhrase(ctx, sentence.first, m);
  }
  return true;
}

/** "At a bar near campus, 21-year-old Ryan Dubicki rolled his eyes": the subject after an opening phrase's comma. */
function followsOpeningPhrase(ctx: Context, first: number, m: Mention): boolean {
  const opening = ctx.tokens[first]?.norm ?? '';
  if (!PREPOSITIONS.has(opening) && !SUBORDINATORS.has(opening)) return false;
  let comma = first;
  while (comma < m.first && ctx.tokens[comma]?.text !== ',') comma += 1;
  if (comma >= m.first) return false;
  for (let i = comma + 1; i < m.first; i += 1) {
    const t = ctx.tokens[i] as Token;
    const modifier =
      t.text === '-' || (t.isWord && (t.lowercase || /^\p{N}/u.test(t.text)) && !PREPOSITIONS.has(t.norm));
    if (ctx.mentionAt[i] || !modifier || RELATIVE_PRONOUNS.has(t.norm)) return false;
  }
  return true;
}

function aboutOf(
  ctx: Context,
  first: number,
  last: number,
  claimant: PartyCluster | null,
  speakerRegion: [number, number] | undefined,
): PartyCluster[] {
  const about: PartyCluster[] = [];
  for (let i = first; i <= last; i += 1) {
    const m = ctx.mentionAt[i];
    if (!m || m.first !== i) continue;
    if (speakerRegion && i >= speakerRegion[0] && i <= speakerRegion[1]) continue;
    const cluster = ctx.index.clusterOf.get(m);
    if (!cluster || cluster === claimant || cluster.kind === 'unknown' || about.includes(cluster)) continue;
    about.push(cluster);
  }
  return about;
}

/** The claim is about the parties the speaker was named with ("Germany and France said"). */
function withJoined(
  ctx: Context,
  about: PartyCluster[],
  speaker: Speaker,
  claimant: PartyCluster | null,
): PartyCluster[] {
  if (speaker.type !== 'mention' || !speaker.joined) return about;
  const joined = speaker.joined
    .map((m) => ctx.index.clusterOf.get(m))
    .filter((c): c is PartyCluster => !!c && c !== claimant && c.kind !== 'unknown' && !about.includes(c));
  return [...joined, ...about];
}

function qualifiesNoun(ctx: Context, m: Mention): boolean {
  const next = ctx.tokens[m.last + 1];
  return !m.possessive && !!next && lower(next) && !isVerbForm(next.norm) && next.norm !== 'and';
}

/**
 * "But for Parata and his family the deaths are personal. “It’s very emotional. …”": a
 * quotation with no speech verb standing alone in its paragraph, right after a sentence that
 * quotes no one and opens on one person, is that person's.
 */
function personIntroducedBefore(ctx: Context, unit: Unit, cues: Cue[]): PartyCluster | undefined {
  const before = ctx.layout.sentences[unit.firstSentence - 1];
  if (!before || before.paragraph !== unit.paragraph - 1 || cues.length > 0) return undefined;
  const people = new Set<PartyCluster>();
  for (let k = before.first; k <= before.last; k += 1) {
    if (ctx.inQuote[k]) return undefined;
    const cluster = ctx.mentionAt[k] && ctx.index.clusterOf.get(ctx.mentionAt[k] as Mention);
    if (cluster?.kind !== 'person') continue;
    const m = ctx.mentionAt[k] as Mention;
    // "many Trump supporters": a name before the noun it qualifies is no one the sentence is about.
    if (people.size === 0 && (k - before.first > OPENING_REACH || qualifiesNoun(ctx, m))) return undefined;
    people.add(cluster);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * "How social was she? Suspended? / “Um. Not for more than a couple of days.”": a quotation
 * opening the paragraph after an interviewer's question with no quotation in it answers it.
 */
function answersQuestion(ctx: Context, unit: Unit): boolean {
  const before = ctx.layout.sentences[unit.firstSentence - 1];
  if (!before || before.paragraph !== unit.paragraph - 1 || ctx.tokens[before.last]?.text !== '?') return false;
  let opening = unit.firstSentence - 1;
  while (ctx.layout.sentences[opening - 1]?.paragraph === before.paragraph) opening -= 1;
  const first = (ctx.layout.sentences[opening] as Sentence).first;
  for (let k = first; k <= before.last; k += 1) if (ctx.inQuote[k] || isQuoteMark(ctx.tokens[k])) return false;
  return true;
}

/**
 * "“… Do you dispute that?” / “There can be a very minimal risk …”": a quotation opening the
 * paragraph after someone's quoted question is the answer of the other one in the exchange.
 */
function replierTo(
  ctx: Context,
  claims: ClaimDraft[],
  previous: { claim: ClaimDraft; unit: Unit },
  unit: Unit,
): PartyCluster | undefined {
  const asker = previous.claim.claimant;
  const close = ctx.tokens[previous.unit.last];
  if (!asker || unit.paragraph === previous.unit.lastParagraph || !isQuoteMark(close)) return undefined;
  if (ctx.tokens[previous.unit.last - 1]?.text !== '?') return undefined;
  for (let k = claims.length - 1; k >= Math.max(0, claims.length - 4); k -= 1) {
    const other = claims[k]!.claimant;
    if (other && other !== asker) return other.kind === 'person' ? other : undefined;
  }
  return undefined;
}

const QUESTION_WORDS = new Set(['what', 'why', 'how', 'who', 'when', 'where', 'which']);

/** "What has Trump said about Nato?": an explainer's heading asks what was said, and reports nothing. */
function isQuestionHeading(ctx: Context, unit: Unit): boolean {
  const first = ctx.tokens[unit.first] as Token;
  if (!first.capitalised || !QUESTION_WORDS.has(first.norm) || ctx.tokens[unit.last]?.text !== '?') return false;
  let words = 0;
  for (let k = unit.first; k <= unit.last; k += 1) {
    if (ctx.inQuote[k] || isQuoteMark(ctx.tokens[k])) return false;
    if (ctx.tokens[k]!.isWord) words += 1;
  }
  return words <= 12;
}

/** "…fallen."We write with urgency"In a Nov. 5 letter": a quoted heading glued to the story, which reports nothing. */
function isQuotedHeading(ctx: Context, unit: Unit): boolean {
  const first = ctx.tokens[unit.first] as Token;
  const last = ctx.tokens[unit.last] as Token;
  const next = ctx.tokens[unit.last + 1];
  if (!isQuoteMark(first) || !isQuoteMark(last) || !next || next.start !== last.end) return false;
  if (!ctx.tokens[unit.last - 1]?.isWord) return false;
  let words = 0;
  for (let k = unit.first + 1; k < unit.last; k += 1) if (ctx.tokens[k]!.isWord) words += 1;
  return words <= 8;
}

function startsWithQuotation(ctx: Context, unit: Unit): boolean {
  const first = ctx.tokens[unit.first];
  const close = ctx.quotationAt.get(unit.first);
  if (!first || close === undefined) return ctx.inQuote[unit.first] === 1 && !isQuoteMark(first);
  let words = 0;
  for (let i = unit.first; i <= close; i += 1) if ((ctx.tokens[i] as Token).isWord) words += 1;
  return words >= 3;
}

/**
 * "“…somewhere.” Kheradpir.": a bare surname after the quotation, all that is left of its
 * sentence, is the speaker: the person already named with that surname.
 */
function signature(ctx: Context, unit: Unit): PartyCluster | undefined {
  const close = ctx.quotationAt.get(unit.first);
  if (close === undefined || close + 2 !== unit.last || ctx.tokens[unit.last]?.text !== '.') return undefined;
  const name = ctx.tokens[close + 1] as Token;
  if (!name.capitalised) return undefined;
  const key = nameKey(name.text);
  return ctx.index.clusters.find(
    (c) =>
      (c.kind === 'person' || c.kind === 'unknown') &&
      c.mentions.some((m) => m.sentence < unit.firstSentence && nameKey(m.surface).split(' ').pop() === key),
  );
}

/** A paragraph that is only a name under a quotation: "Michael Shadlen, Ph.D." */
function captionSpeaker(ctx: Context, unit: Unit | undefined): Mention | undefined {
  if (!unit || unit.lastSentence !== unit.firstSentence) return undefined;
  const m = ctx.mentionAt[unit.first];
  if (!m || m.kind !== 'person') return undefined;
  const rest = ctx.tokens.slice(m.last + 1, unit.last + 1).filter((t) => t.isWord);
  return rest.length <= 2 ? m : undefined;
}

/** A one-word name the lexicon does not know as a person's: a brand as much as a surname. */
function isLoneUnknownName(cluster: PartyCluster): boolean {
  return (
    cluster.kind === 'unknown' &&
    cluster.mentions.every((m) => m.first === m.last) &&
    !isPersonName(nameKey(cluster.name))
  );
}

const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'although', 'though', 'once', 'until']);

/**
 * "After Russia said in March that …, Clinton said that …": a sentence's speaker is that of
 * its main clause, so cues in an opening subordinate clause are tried last. ("As Mashable
 * reports, …" names the source of the main clause: "as" is left out.)
 */
function mainClauseFirst(ctx: Context, unit: Unit, cues: Cue[]): Cue[] {
  const opening = ctx.tokens[unit.first] as Token | undefined;
  if (cues.length < 2 || !opening) return cues;
  // "Sondland said he had relayed the aid, Morrison testified.": the one who closes the sentence reports the rest.
  // "…, Chinese foreign ministry spokesperson Lin Jian said.": words of the speaker's office may come between.
  const closing = cues[cues.length - 1] as Cue;
  const subject = mentionEndingAt(ctx, closing.index - 1);
  let comma = subject ? subject.first - 1 : -1;
  while (
    subject &&
    comma > subject.first - 6 &&
    ctx.tokens[comma]?.isWord &&
    !RELATIVE_PRONOUNS.has(ctx.tokens[comma]!.norm) &&
    !ctx.inQuote[comma]
  )
    comma -= 1;
  if (
    closing.kind === 'verb' &&
    closing.end + 1 === unit.last &&
    ['.', '!'].includes(ctx.tokens[unit.last]?.text ?? '') &&
    subject &&
    ctx.tokens[comma]?.text === ',' &&
    !ctx.inQuote[closing.index - 1]
  )
    return [closing, ...cues.slice(0, -1)];
  // "China expressed “regret” …, spokesperson Lin Jian said during a briefing": the one who said so reports it.
  if ((cues[0] as Cue).lemma === 'express' && cues.some((c) => c.kind === 'verb'))
    return [...cues.slice(1), cues[0] as Cue];
  if (!SUBORDINATORS.has(opening.norm)) return cues;
  let clauseEnd = -1;
  for (let k = unit.first + 1; k <= unit.last; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (ctx.inQuote[k]) return cues;
    if (t.text === ',') {
      clauseEnd = k;
      break;
    }
  }
  if (clauseEnd < 0) return cues;
  return [...cues.filter((c) => c.index > clauseEnd), ...cues.filter((c) => c.index < clauseEnd)];
}

function labelKey(ctx: Context, turn: SpeakerTurn): string {
  return nameKey(
    ctx.tokens
      .slice(turn.first, turn.colon)
      .map((t) => t.text)
      .join(' '),
  );
}

/**
 * The turns of a transcript that are statements: those of the people interviewed. The
 * first speaker (the presenter), whoever asks a question and whoever the text hands over
 * to ("Ellesa Throwden reports.") narrate and ask; what they report is read sentence by
 * sentence like any other text.
 */
function statementTurns(ctx: Context): Map<number, SpeakerTurn> {
  const { turns } = ctx.layout;
  const narrators = new Set<string>();
  if (turns[0]) narrators.add(labelKey(ctx, turns[0]));
  for (const turn of turns) {
    let end = turn.last;
    while (end > turn.colon && isQuoteMark(ctx.tokens[end])) end -= 1;
    if (ctx.tokens[end]?.text === '?') narrators.add(labelKey(ctx, turn));
  }
  ctx.tokens.forEach((t, i) => {
    const m = mentionEndingAt(ctx, i - 1);
    if (m && t.norm === 'reports' && ctx.tokens[i + 1]?.text === '.') narrators.add(nameKey(m.surface));
  });
  const statements = new Map<number, SpeakerTurn>();
  for (const turn of turns) if (!narrators.has(labelKey(ctx, turn))) statements.set(turn.colon + 1, turn);
  return statements;
}

/** The party a transcript's label names: its mention, or the last of those inside it ("BILL KIRBY" read as "KIRBY"). */
function labelSpeaker(ctx: Context, turn: SpeakerTurn): PartyCluster | null {
  for (let i = turn.colon - 1; i >= turn.first; i -= 1) {
    const m = ctx.mentionAt[i];
    const cluster = m && ctx.index.clusterOf.get(m);
    if (cluster) return cluster;
  }
  return null;
}

/**
 * The most characters a post's text may hold (280, and the addresses of its links and
 * pictures): more before its signature is the story's own text.
 */
const POST_LENGTH = 340;

/**
 * Posts embedded in the story, each keyed by its first token, with its signature's end and
 * who signed it. A post's text is what stands between its signature and the paragraph's
 * start or the post before, when that fits in a post; else its signature's sentence alone.
 */
function embeddedPosts(ctx: Context, units: Unit[]): Map<number, { last: number; signer: PartyCluster | null }> {
  const posts = new Map<number, { last: number; signer: PartyCluster | null }>();
  units.forEach((unit, u) => {
    const dash = postSignatureAt(ctx.tokens, unit.last);
    if (dash === undefined) return;
    let k = u;
    while (k > 0) {
      const before = units[k - 1] as Unit;
      if (before.lastParagraph !== unit.paragraph || postSignatureAt(ctx.tokens, before.last) !== undefined) break;
      k -= 1;
    }
    const from = (units[k] as Unit).first;
    const fits = (ctx.tokens[dash] as Token).start - (ctx.tokens[from] as Token).start <= POST_LENGTH;
    let signer: PartyCluster | null = null;
    for (let i = dash + 1; i < unit.last && !signer; i += 1) {
      const m = ctx.mentionAt[i];
      if (m) signer = ctx.index.clusterOf.get(m) ?? null;
    }
    posts.set(fits ? from : unit.first, { last: unit.last, signer });
  });
  return posts;
}

/**
 * Finds attributed claims: sentences (joined over quotations) where someone says, tells,
 * claims, denies, threatens or reports something, with the claimant resolved through
 * appositives, pronouns and back-references, and quotations that continue a speaker.
 */
export function findClaims(tokens: Token[], layout: TextLayout, mentions: Mention[], index: PartyIndex): ClaimDraft[] {
  const ctx = buildContext(tokens, layout, mentions, index);
  const units = buildUnits(ctx);
  const salience: Salience = { personClaimants: [], people: [], personCounts: new Map(), organizations: [] };
  const claims: ClaimDraft[] = [];
  let previous: { claim: ClaimDraft; unit: Unit } | undefined;
  const statements = statementTurns(ctx);
  const posts = embeddedPosts(ctx, units);
  const labels = new Set(layout.turns.map((t) => t.first));
  let turnEnd = -1;

  units.forEach((unit, u) => {
    noteMentions(ctx, unit, salience);
    keepPronounSubject(ctx, unit, salience);
    if (
      unit.first <= turnEnd ||
      labels.has(unit.first) ||
      isCaption(ctx, unit) ||
      isQuestionHeading(ctx, unit) ||
      isQuotedHeading(ctx, unit)
    )
      return;
    let drafted: ClaimDraft | undefined;
    // A turn of someone interviewed is one statement, however many sentences it has.
    const turn = statements.get(unit.first);
    if (turn) {
      const claimant = labelSpeaker(ctx, turn);
      drafted = {
        first: unit.first,
        last: turn.last,
        claimant,
        about: aboutOf(ctx, unit.first, turn.last, claimant, undefined),
        cue: 'transcript',
      };
      turnEnd = turn.last;
    }
    const post = drafted ? undefined : posts.get(unit.first);
    if (post) {
      drafted = {
        first: unit.first,
        last: post.last,
        claimant: post.signer,
        about: aboutOf(ctx, unit.first, post.last, post.signer, undefined),
        cue: 'post',
      };
      turnEnd = post.last;
    }
    let unnamed: ClaimDraft | undefined;
    const cues = drafted ? [] : findCues(ctx, unit);
    for (const cue of mainClauseFirst(ctx, unit, cues)) {
      // "has not denied", "never said", "might have suggested": no statement is reported.
      const verbal = cue.kind === 'verb' || cue.lemma === 'rule out';
      if (verbal && (isNegated(ctx, cue.index) || isHypothetical(ctx, cue.index))) continue;
      if (isInCondition(ctx, unit, cue.index)) continue;
      const speaker = speakerOfCue(ctx, unit, cue);
      if (speaker.type === 'negated') continue;
      const charged = PASSIVE_CHARGES.has(cue.lemma) && speaker.type === 'none' && isPassive(ctx, cue);
      if (cue.needsSpeaker && !isSpeaking(speaker) && !charged) continue;
      // "“Who will pay?” Linda Park asked the council": the quotation before the speaker is what was said.
      const quotedBefore =
        (isSpeaking(speaker) && 'from' in speaker && quotationEndsBefore(ctx, speaker.from)) ||
        followsQuotation(ctx, cue);
      // "…, reported MSNBC.", "…, Paganini wrote in the paper.": what was said comes before the verb.
      const saidBefore = quotedBefore || isInverted(ctx, unit, cue) || closesReport(ctx, unit, cue, speaker);
      if (cue.needsSpeaker && cue.kind === 'verb' && !saidBefore && !hasComplement(ctx, cue, unit)) continue;
      // "makes your browser tell Facebook": a bare verb needs a subject that speaks, or
      // at least a plural one ("advertisers claim").
      if (speaker.type === 'none' && cue.kind === 'verb' && isBareAfterSingular(ctx, cue)) continue;
      const relay = relayedBy(ctx, unit, cue.end);
      const claimant = relay
        ? resolve(ctx, relay, salience, unit.firstSentence)
        : resolve(ctx, speaker, salience, unit.firstSentence);
      // "you will say", the writer's own "I argue": no party reports anything.
      if (
        speaker.type === 'pronoun' &&
        (speaker.word === 'you' || ((speaker.word === 'i' || speaker.word === 'we') && !ctx.inQuote[speaker.from]))
      )
        continue;
      // An unresolved pronoun is no claimant: only a study ("it found that") and "they" opening
      // a clause may stay unnamed.
      // "The mother of a woman … has described": a noun for someone stays a claim when no one named fits it.
      if (
        speaker.type === 'pronoun' &&
        claimant === null &&
        !speaker.described &&
        !(speaker.word === 'it' && STUDY_VERBS.has(cue.lemma)) &&
        !(speaker.word === 'they' && opensClauseAt(ctx, unit, speaker.from))
      )
        continue;
      const region: [number, number] | undefined =
        speaker.type === 'mention' || speaker.type === 'noun' || speaker.type === 'pronoun'
          ? [Math.min(speaker.from, cue.index), cue.end]
          : undefined;
      if (region && cue.kind === 'verb' && saysNothing(ctx, unit, region)) continue;
      const found = {
        first: unit.first,
        last: unit.last,
        claimant,
        about: withJoined(ctx, aboutOf(ctx, unit.first, unit.last, claimant, region), speaker, claimant),
        cue: cue.lemma,
      };
      // "… the little deal” announced in October, said Derek Scissors": a verb with no subject
      // at all gives way to a later one that names who spoke.
      if (speaker.type === 'none' && claimant === null) {
        unnamed ??= found;
        continue;
      }
      drafted = found;
      break;
    }
    drafted ??= unnamed;
    if (!drafted && startsWithQuotation(ctx, unit)) {
      const captions = previous ? captionsBetween(ctx, previous.unit.lastSentence, unit.firstSentence) : 0;
      // Captions between are read past, with the paragraph breaks they bring.
      const near =
        previous &&
        unit.firstSentence - previous.unit.lastSentence - captions <= 2 &&
        unit.paragraph - previous.unit.lastParagraph <= (captions > 0 ? captions + 2 : 1);
      const signed = signature(ctx, unit);
      const caption = signed ? undefined : captionSpeaker(ctx, units[u + 1]);
      const introduced = signed || caption || near ? undefined : personIntroducedBefore(ctx, unit, cues);
      const answerer =
        signed || caption || near || introduced || !answersQuestion(ctx, unit)
          ? undefined
          : mostMentionedPerson(salience);
      const replier = near ? replierTo(ctx, claims, previous!, unit) : undefined;
      const claimant =
        signed ??
        (caption
          ? (index.clusterOf.get(caption) ?? null)
          : near
            ? (replier ?? previous!.claim.claimant)
            : (introduced ?? answerer));
      if (claimant !== undefined && (signed || caption || near || introduced || answerer)) {
        drafted = {
          first: unit.first,
          last: unit.last,
          claimant,
          about: aboutOf(ctx, unit.first, unit.last, claimant, undefined),
          cue: 'quotation',
        };
      }
    }
    if (!drafted) return;
    claims.push(drafted);
    previous = { claim: drafted, unit };
    const claimant = drafted.claimant;
    // The issuer stays in mind while its statement is quoted on.
    if (
      claimant &&
      (drafted.cue === 'statement' || claimant === salience.lastIssuer?.cluster || saidInStatement(ctx, unit))
    )
      salience.lastIssuer = { cluster: claimant, sentence: unit.lastSentence };
    if (claimant) {
      claimant.speaks = true;
      if (claimant.kind === 'person' || claimant.kind === 'unknown')
        pushLatest(
          salience.personClaimants,
          { cluster: claimant, sentence: unit.lastSentence },
          (c) => c.cluster === claimant,
        );
      else salience.lastOtherClaimant = { cluster: claimant, sentence: unit.lastSentence };
      if (isLoneUnknownName(claimant)) salience.lastUnknownSpeaker = { cluster: claimant, sentence: unit.lastSentence };
    }
  });
  return claims;
}
