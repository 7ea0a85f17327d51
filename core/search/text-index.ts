import { words } from './fold';

/** A record's searchable text, by field: `{ quote: '…', note: '…' }`. */
export type FieldTexts<F extends string> = Partial<Record<F, string>>;

interface Postings {
  /** Record numbers holding the word, ascending (records are numbered as they are added). */
  docs: number[];
  /** How strongly each of those records holds it: field boosts summed over occurrences. */
  weights: number[];
}

/** A word repeated in a field counts up to this many times: a long note saying "war" ten times is not ten times as relevant. */
const MAX_REPEATS = 3;
/** A word that only starts with what was typed counts this much (the rest scaled by how much of it was typed). */
const PREFIX_WEIGHT = 0.5;
/** Scores are ranked at this resolution, which leaves 2^32 record numbers in a double's 53 bits. */
const SCORE_LEVELS = 2 ** 20;
const RECORD_SPAN = 2 ** 32;
/** Words of a query looked up; more add nothing a reader can see and would overflow the per-record hit count. */
const MAX_QUERY_WORDS = 32;
/** Compact once this many removed records linger, and they outnumber the live ones' tenth. */
const COMPACT_AFTER = 5000;

/**
 * A full-text index over records of one kind, kept in memory and updated record by record.
 * Every query word must be found (AND), each as the start of a word, so results narrow as
 * the reader types; records rank by the words' rarity (IDF) times the boost of the field
 * holding them. Made for 100,000 records on a page's main thread: postings are plain
 * arrays of record numbers, a query walks each word's postings once, and a removed record
 * is only marked until enough of them pile up.
 */
export class TextIndex<F extends string, T> {
  /** Each record by its number: a search hands back the records themselves, not ids to look up (40,000 string look-ups cost more than the search). */
  private readonly records: (T | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  private sortedWords: string[] | null = [];
  private removed = 0;
  private buffers: { hits: Uint8Array; scores: Float64Array } | null = null;

  constructor(private readonly boosts: Record<F, number>) {}

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds a record, or replaces what was indexed for it. */
  set(id: string, fields: FieldTexts<F>, record: T): void {
    this.delete(id);
    const weights = new Map<string, number>();
    for (const field of Object.keys(fields) as F[]) {
      const boost = this.boosts[field];
      if (!boost) continue;
      const repeats = new Map<string, number>();
      for (const word of words(fields[field] ?? '')) {
        const seen = (repeats.get(word) ?? 0) + 1;
        repeats.set(word, seen);
        if (seen <= MAX_REPEATS) weights.set(word, (weights.get(word) ?? 0) + boost);
      }
    }
    const number = this.records.length;
    this.records.push(record);
    this.numbers.set(id, number);
    for (const [word, weight] of weights) {
      let list = this.postings.get(word);
      if (!list) {
        list = { docs: [], weights: [] };
        this.postings.set(word, list);
        this.sortedWords = null;
      }
      list.docs.push(number);
      list.weights.push(weight);
    }
  }

  delete(id: string): void {
    const number = this.numbers.get(id);
    if (number === undefined) return;
    this.numbers.delete(id);
    this.records[number] = undefined;
    this.removed++;
    if (this.removed > COMPACT_AFTER && this.removed * 10 > this.numbers.size) this.compact();
  }

  clear(): void {
    this.records.length = 0;
    this.numbers.clear();
    this.postings.clear();
    this.sortedWords = [];
    this.removed = 0;
  }

  /**
   * The records holding every word of the query, best first; null when the query has no
   * words (no text filter at all, as opposed to no match).
   */
  search(query: string): T[] | null {
    const terms = [...new Set(words(query))].slice(0, MAX_QUERY_WORDS);
    if (terms.length === 0) return null;
    const matches = terms.map((term, i) => this.expand(term, i === terms.length - 1));
    // Rarest first: later words only add to records the earlier ones kept.
    matches.sort((a, b) => a.total - b.total);
    const { hits, scores } = this.scratch();
    const live = Math.max(this.numbers.size, 1);
    for (let round = 0; round < matches.length; round++) {
      for (const { list, closeness } of matches[round]!.lists) {
        const idf = Math.log(1 + live / list.docs.length) * closeness;
        const { docs, weights } = list;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          const seen = hits[doc]!;
          if (seen === round) hits[doc] = round + 1;
          else if (seen !== round + 1) continue;
          scores[doc] = scores[doc]! + idf * weights[k]!;
        }
      }
    }
    return this.ranked(hits, scores, matches.length);
  }

  /**
   * Records hit by every word, best first. Each is packed into one number, score above
   * and record number below, so the engine's native numeric sort orders them: a
   * comparator function over 40,000 hits costs more than the whole look-up.
   */
  private ranked(hits: Uint8Array, scores: Float64Array, rounds: number): T[] {
    let best = 0;
    let count = 0;
    for (let doc = 0; doc < hits.length; doc++) {
      if (hits[doc] !== rounds || this.records[doc] === undefined) continue;
      count++;
      if (scores[doc]! > best) best = scores[doc]!;
    }
    const packed = new Float64Array(count);
    const scale = best > 0 ? SCORE_LEVELS / best : 0;
    let at = 0;
    for (let doc = 0; doc < hits.length; doc++) {
      if (hits[doc] !== rounds || this.records[doc] === undefined) continue;
      // Lower record numbers (added earlier) first among equal scores.
      packed[at++] = Math.floor(scores[doc]! * scale) * RECORD_SPAN + (RECORD_SPAN - 1 - doc);
    }
    packed.sort();
    const found = new Array<T>(count);
    for (let k = 0; k < count; k++) {
      const doc = RECORD_SPAN - 1 - (packed[count - 1 - k]! % RECORD_SPAN);
      found[k] = this.records[doc]!;
    }
    return found;
  }

  /**
   * Per-record hit counts and scores for one search, zeroed. Kept between searches: two
   * fresh arrays of 100,000 numbers per keystroke only feed the garbage collector.
   */
  private scratch(): { hits: Uint8Array; scores: Float64Array } {
    const size = this.records.length;
    if (!this.buffers || this.buffers.hits.length < size) {
      this.buffers = { hits: new Uint8Array(size * 2), scores: new Float64Array(size * 2) };
    }
    const hits = this.buffers.hits.subarray(0, size);
    const scores = this.buffers.scores.subarray(0, size);
    hits.fill(0);
    scores.fill(0);
    return { hits, scores };
  }

  /**
   * The indexed words a query word stands for: itself, and the words it begins. Only the
   * last word of a query is taken as a start when it is a single letter: "a" in the middle
   * of a phrase means the word "a", not every word starting with it.
   */
  private expand(term: string, isLast: boolean): { lists: { list: Postings; closeness: number }[]; total: number } {
    const lists: { list: Postings; closeness: number }[] = [];
    let total = 0;
    const exact = this.postings.get(term);
    if (exact) {
      lists.push({ list: exact, closeness: 1 });
      total += exact.docs.length;
    }
    if (term.length > 1 || isLast) {
      const sorted = this.wordsInOrder();
      for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i]!.startsWith(term); i++) {
        const word = sorted[i]!;
        if (word === term) continue;
        const list = this.postings.get(word)!;
        lists.push({ list, closeness: (PREFIX_WEIGHT * term.length) / word.length });
        total += list.docs.length;
      }
    }
    return { lists, total };
  }

  private wordsInOrder(): string[] {
    this.sortedWords ??= [...this.postings.keys()].sort();
    return this.sortedWords;
  }

  /** Drops removed records from the postings (and words left with none). */
  private compact(): void {
    for (const [word, list] of this.postings) {
      const docs: number[] = [];
      const weights: number[] = [];
      for (let k = 0; k < list.docs.length; k++) {
        if (this.records[list.docs[k]!] === undefined) continue;
        docs.push(list.docs[k]!);
        weights.push(list.weights[k]!);
      }
      if (docs.length === 0) {
        this.postings.delete(word);
        this.sortedWords = null;
      } else {
        list.docs = docs;
        list.weights = weights;
      }
    }
    this.removed = 0;
  }
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
