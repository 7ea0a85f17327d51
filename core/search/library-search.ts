import { partyIdsOf, type Annotation, type Article, type Party } from '../model';
import { TextIndex } from './text-index';

/** What a query found, best first, by kind of record. */
export interface SearchHits {
  annotations: Annotation[];
  articles: Article[];
  parties: Party[];
}

/**
 * The library's full-text search: quotes, notes, tags and the names of the parties an
 * annotation names; article titles, sites and bylines; party names and aliases. Kept
 * current record by record by whoever holds the records (the library page).
 */
export class LibrarySearch {
  readonly annotations = new TextIndex<'quote' | 'note' | 'tags' | 'parties', Annotation>({
    quote: 2,
    note: 1,
    tags: 3,
    parties: 2,
  });
  readonly articles = new TextIndex<'title' | 'site' | 'byline', Article>({ title: 3, site: 2, byline: 1 });
  readonly parties = new TextIndex<'name' | 'aliases', Party>({ name: 3, aliases: 2 });
  private readonly partyText = new Map<string, string>();

  setArticle(article: Article): void {
    this.articles.set(
      article.id,
      {
        title: article.title,
        site: `${article.siteName} ${hostOf(article.url)}`,
        byline: article.byline,
      },
      article,
    );
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
    this.parties.set(party.id, { name: party.name, aliases: party.aliases.join(' ') }, party);
    if (changed) for (const a of naming) this.setAnnotation(a);
  }

  deleteParty(id: string, naming: Iterable<Annotation> = []): void {
    this.partyText.delete(id);
    this.parties.delete(id);
    for (const a of naming) this.setAnnotation(a);
  }

  setAnnotation(a: Annotation): void {
    this.annotations.set(
      a.id,
      {
        quote: a.target.quote.exact,
        note: a.note,
        tags: a.tags.join(' '),
        parties: partyIdsOf(a)
          .map((id) => this.partyText.get(id) ?? '')
          .join(' '),
      },
      a,
    );
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
