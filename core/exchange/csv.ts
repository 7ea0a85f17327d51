import Papa from 'papaparse';
import type { Annotation, Article, Party } from '../model';
import { annotationsByArticle, partiesById, type LibrarySnapshot } from './snapshot';

export const CSV_COLUMNS = [
  'article title',
  'url',
  'kind',
  'quote',
  'note',
  'tags',
  'claimant',
  'about',
  'verdict',
  'evidence urls',
  'created',
  'updated',
] as const;

/**
 * Cells a spreadsheet would run as a formula (OWASP's CSV injection list: = + - @ tab
 * carriage return, also after leading spaces, which some spreadsheets skip, and their
 * full-width forms, which some map to ASCII), plus a leading line feed. Papa Parse puts
 * a single quote before such a cell so it is shown as text. Its own default pattern misses
 * a formula that spans lines, hence ours.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/** Several values in one cell (tags, parties, links), joined by this. */
const LIST_SEPARATOR = '; ';

/**
 * One row per annotation, grouped by article in reading order. Starts with a byte-order
 * mark, which is how spreadsheets (Excel above all) know the file is UTF-8 and not
 * mangle non-Latin text.
 */
export function csvText(snapshot: LibrarySnapshot): string {
  const parties = partiesById(snapshot);
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const rows = [...annotationsByArticle(snapshot).values()]
    .flat()
    .map((a) => rowOf(a, articles.get(a.articleId), parties));
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', header: true },
  );
  return `\uFEFF${csv}\r\n`;
}

function rowOf(a: Annotation, article: Article | undefined, parties: Map<string, Party>): string[] {
  const name = (id: string | undefined) => (id ? (parties.get(id)?.name ?? '') : '');
  return [
    article?.title ?? '',
    article ? (article.canonicalUrl ?? article.url) : a.target.source,
    a.kind,
    a.target.quote.exact,
    a.note,
    a.tags.join(LIST_SEPARATOR),
    name(a.claim?.claimantId),
    // A party mention's party is what the annotation is about.
    [...(a.claim?.aboutIds ?? []), ...(a.partyId ? [a.partyId] : [])].map(name).filter(Boolean).join(LIST_SEPARATOR),
    a.kind === 'claim' ? (a.claim?.verdict ?? '') : '',
    (a.claim?.evidence ?? []).map((e) => e.url).join(LIST_SEPARATOR),
    a.created,
    a.updated,
  ];
}
