import { partyIdsOf, type Annotation, type Article, type Party } from '../model';
import { RecordIndex } from './record-index';

/** What a query found, best first, by kind of record. */
export interface SearchHits {
  annotations: Annotation[];
  articles: Article[];
  parties: Party[];
}

/**
 * The library's full-text search: quotes, notes, tags and the names of the parties an
 * annotation names; article titles, sites and bylines; party names and aliases. Kept
 * current record by record by whoever holds the records (the library page). A word in
 * a tag, title or party name ranks above one in a quote, site or alias, which ranks
 * above one in a note or byline.
 */
export class LibrarySearch {
  /** Tiers: tags; quote and the names of the parties it names; note. */
  readonly annotations = new RecordIndex<Annotation>(3);
  /** Tiers: title; site name and host; byline. */
  readonly articles = new RecordIndex<Article>(3);
  /** Tiers: name; aliases. */
  readonly parties = new RecordIndex<Party>(2);
  private readonly partyText = new Map<string, string>();

  setArticle(article: Article): void {
    this.articles.set(article.id, article, [
      article.title,
      `${article.siteName} ${hostOf(article.url)}`,
      article.byline,
    ]);
  }

  deleteArticle(id: string): void {
    this.articles.delete(id);
  }

  /**
   * Indexes a party. Annotations hold the party's name in their own entry, so those
   * naming it (`naming`) are indexed again when its name or aliases changed.
   */
  setParty(party: Party, naming: Iterable<Annotation> = []): void {
    const text = [party.name, ...party.aliases].join(' ');
    const changed = this.partyText.get(party.id) !== text;
    this.partyText.set(party.id, text);
    this.parties.set(party.id, party, [party.name, party.aliases.join(' ')]);
    if (changed) for (const a of naming) this.setAnnotation(a);
  }

  deleteParty(id: string, naming: Iterable<Annotation> = []): void {
    this.partyText.delete(id);
    this.parties.delete(id);
    for (const a of naming) this.setAnnotation(a);
  }

  setAnnotation(a: Annotation): void {
    const parties = partyIdsOf(a)
      .map((id) => this.partyText.get(id) ?? '')
      .join(' ');
    this.annotations.set(a.id, a, [a.tags.join(' '), `${a.target.quote.exact} ${parties}`, a.note]);
  }

  deleteAnnotation(id: string): void {
    this.annotations.delete(id);
  }

  clear(): void {
    this.annotations.clear();
    this.articles.clear();
    this.parties.clear();
    this.partyText.clear();
  }

  /** What the query finds; null when it has no words (no text filter, as opposed to no match). */
  search(query: string): SearchHits | null {
    const annotations = this.annotations.search(query);
    if (annotations === null) return null;
    return { annotations, articles: this.articles.search(query) ?? [], parties: this.parties.search(query) ?? [] };
  }
}

/** The host of an address without "www.", as readers name a site; '' when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
