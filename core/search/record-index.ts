import { Index } from 'flexsearch';
import { words } from './fold';

/**
 * Separates a record's tiers in the text FlexSearch is given. It is taken out of the
 * texts themselves first; it is no letter or digit, so no word changes.
 */
const TIER_BREAK = '\u0001';
const TIER_BREAKS = /\u0001/g;
/** Words of a query looked up; more add nothing a reader can see. */
const MAX_QUERY_WORDS = 32;

/**
 * The words of a record's text with an empty string between tiers. FlexSearch skips
 * empty terms when it indexes, so the breaks cost nothing, yet the score function sees
 * them in the content it is handed and can tell which tier a word is in.
 */
function encode(text: string): string[] {
  const tiers = text.split(TIER_BREAK);
  if (tiers.length === 1) return words(text);
  const terms: string[] = [];
  tiers.forEach((tier, i) => {
    if (i > 0) terms.push('');
    for (const word of words(tier)) terms.push(word);
  });
  return terms;
}

/**
 * A full-text index over records of one kind, on FlexSearch, kept current record by
 * record. A record's text comes in tiers, the most telling first (an annotation's tags,
 * then its quote and party names, then its note). Every query word must be found (AND),
 * each as the start of a word ("forward" tokenizing), so results narrow as the reader
 * types. A record ranks by the least telling tier one of the query's words is found
 * in, and among equals the one indexed first comes first.
 */
export class RecordIndex<T> {
  private readonly index: Index;
  /** Records by number: FlexSearch holds numbers, cheaper to store and to look up than string ids. */
  private records: (T | undefined)[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(tiers: number) {
    let scored: string[] | null = null;
    // One buffer for every record, grown as needed, rather than a typed array each.
    let tierAt = new Uint8Array(256);
    this.index = new Index({
      tokenize: 'forward',
      encode,
      resolution: tiers,
      // Remove and update find a record's entries directly instead of walking the index.
      fastupdate: true,
      // FlexSearch ranks by this slot, 0 first: here the tier the word is in. It is called
      // for every word of a record with the same content array, so tiers are found once.
      score: (content, _term, at) => {
        if (content !== scored) {
          scored = content;
          if (tierAt.length < content.length) tierAt = new Uint8Array(content.length * 2);
          markTiers(content, tiers, tierAt);
        }
        return tierAt[at]!;
      },
    });
  }

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds a record, or replaces what was indexed for it; `tiers[0]` is its most telling text. */
  set(id: string, record: T, tiers: readonly string[]): void {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.records.length;
      this.numbers.set(id, number);
    } else {
      this.index.remove(number);
    }
    this.records[number] = record;
    this.index.add(number, tiers.map((text) => text.replace(TIER_BREAKS, ' ')).join(TIER_BREAK));
  }

  delete(id: string): void {
    const number = this.numbers.get(id);
    if (number === undefined) return;
    this.numbers.delete(id);
    this.records[number] = undefined;
    this.index.remove(number);
  }

  clear(): void {
    this.index.clear();
    this.records = [];
    this.numbers.clear();
  }

  /**
   * The records holding every word of the query, best first; null when the query has no
   * words (no text filter at all, as opposed to no match).
   */
  search(query: string): T[] | null {
    const terms = [...new Set(words(query))].slice(0, MAX_QUERY_WORDS);
    if (terms.length === 0) return null;
    if (this.numbers.size === 0) return [];
    // FlexSearch answers undefined, not [], for a word whose every record was removed.
    const found = (this.index.search(terms.join(' '), { limit: this.records.length }) as number[] | undefined) ?? [];
    const records = new Array<T>(found.length);
    for (let k = 0; k < found.length; k++) records[k] = this.records[found[k]!]!;
    return records;
  }
}

/** Writes the tier of each term of an encoded record into `at`, counting the empty breaks before it. */
function markTiers(content: readonly string[], tiers: number, at: Uint8Array): void {
  let tier = 0;
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '') tier = Math.min(tier + 1, tiers - 1);
    at[i] = tier;
  }
}
