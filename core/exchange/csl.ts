import type { Article } from '../model';
import { peopleInByline } from './byline';
import type { LibrarySnapshot } from './snapshot';

type DateParts = [number] | [number, number] | [number, number, number];

/**
 * A CSL-JSON item: the input format of every citation processor (Zotero, Pandoc, citeproc).
 * Its id is its citation key: short, because RIS keeps only 20 characters of an ID.
 */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  'citation-key': string;
  title: string;
  'container-title'?: string;
  author?: { given: string; family: string }[];
  issued?: { 'date-parts': [DateParts] };
  accessed: { 'date-parts': [DateParts] };
  URL: string;
  language?: string;
  abstract?: string;
}

/** One citation item per article, in a stable order (by id), with unique citation keys. */
export function toCslItems(snapshot: Pick<LibrarySnapshot, 'articles'>): CslItem[] {
  const articles = [...snapshot.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keys = new CitationKeys();
  return articles.map((article) => toCslItem(article, keys));
}

export function cslText(snapshot: Pick<LibrarySnapshot, 'articles'>): string {
  return `${JSON.stringify(toCslItems(snapshot), null, 2)}\n`;
}

function toCslItem(article: Article, keys: CitationKeys): CslItem {
  const author = peopleInByline(article.byline);
  const issued = publicationDate(article.publishedTime);
  const item: CslItem = {
    id: '',
    type: article.isArticle ? 'article-newspaper' : 'webpage',
    'citation-key': '',
    title: article.title.trim() || article.url,
    ...(article.siteName.trim() && { 'container-title': article.siteName.trim() }),
    ...(author.length > 0 && { author }),
    ...(issued && { issued: { 'date-parts': [issued] } }),
    accessed: { 'date-parts': [utcDateParts(new Date(article.lastVisit))] },
    URL: article.canonicalUrl ?? article.url,
    ...(article.language.trim() && { language: article.language.trim() }),
    ...(article.excerpt.trim() && { abstract: article.excerpt.trim() }),
  };
  item.id = item['citation-key'] = keys.next(item);
  return item;
}

/**
 * The date the page says it was published, at the precision it gives. A date written in
 * the page (`2024-05-01T23:30:00-05:00`) is the publisher's calendar date, kept as written
 * rather than shifted to UTC.
 */
export function publicationDate(text: string): DateParts | undefined {
  const written = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(text.trim());
  if (written) {
    const parts = written
      .slice(1)
      .filter((p): p is string => p !== undefined)
      .map(Number);
    if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) return undefined;
    return parts as DateParts;
  }
  // Other forms ("July 1, 2024") are read as local time by Date.parse: the local calendar
  // date is the one written.
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

function utcDateParts(date: Date): [number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Room for two suffix letters within RIS's 20 characters. */
const MAX_KEY_BASE = 18;

/**
 * Keys like `roe2024parliament`: first author's family name (or the site's name), year,
 * first significant title word; a, b, c… appended when two items would share one.
 */
class CitationKeys {
  private readonly used = new Set<string>();

  next(item: CslItem): string {
    const who = item.author?.[0]?.family ?? item['container-title'] ?? new URL(item.URL).hostname;
    const year = item.issued?.['date-parts'][0][0] ?? '';
    const word = item.title.split(/\s+/).find((w) => asciiWord(w).length > 3) ?? item.title;
    const base = `${asciiWord(who).slice(0, 8) || 'page'}${year}${asciiWord(word)}`.slice(0, MAX_KEY_BASE);
    let key = base;
    for (let n = 0; this.used.has(key); n++) key = `${base}${suffix(n)}`;
    this.used.add(key);
    return key;
  }
}

/** BibTeX keys must be plain ASCII letters and digits to work in every tool. */
function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function suffix(n: number): string {
  let s = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) s = String.fromCharCode(97 + (i % 26)) + s;
  return s;
}
