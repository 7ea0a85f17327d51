import {
  AnnotationSchema,
  ArticleSchema,
  PartySchema,
  articleKey,
  type Annotation,
  type Article,
  type Party,
} from '../../model';
import { ImportError, parseOrExplain } from './errors';
import { readForeignAnnotation, Unimportable, type ForeignAnnotation } from './foreign-annotation';

export type ForeignFormat = 'w3c' | 'hypothesis';

/** What another tool's file gives: records of our model, ready to be matched with the library. */
export interface ForeignRecords {
  format: ForeignFormat;
  articles: Article[];
  annotations: Annotation[];
  parties: Party[];
  /** Annotations whose file gave no time: never preferred over the library's copy. */
  undated: Set<string>;
  /** Annotations whose file gave no TextPositionSelector: found on the page by their quote alone. */
  positionsEstimated: number;
  skipped: Unimportable[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (value: Json): unknown[] => [value.type, value['@type']].flat();

/** Whether parsed JSON looks like W3C Web Annotation or Hypothesis data, and which. */
export function foreignFormatOf(data: unknown): ForeignFormat | undefined {
  const first = Array.isArray(data) ? data[0] : data;
  if (!isObject(first)) return undefined;
  const types = typesOf(first);
  if (types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage')) return 'w3c';
  if (
    Array.isArray(first.rows) ||
    Array.isArray(first.annotations) ||
    (typeof first.uri === 'string' && 'target' in first)
  ) {
    return 'hypothesis';
  }
  return undefined;
}

/**
 * Reads a W3C AnnotationCollection (with its pages embedded), an AnnotationPage, a list of
 * Annotations or one Annotation; or Hypothesis data: an API search result (`rows`), an
 * export (`annotations`), a list or one annotation.
 */
export function readForeign(data: unknown, format: ForeignFormat, now: string): ForeignRecords {
  const read: (ForeignAnnotation | Unimportable)[] = [];
  for (const [raw, where] of rawAnnotations(data)) read.push(readForeignAnnotation(raw, where));
  const annotations = read.filter((a): a is ForeignAnnotation => !(a instanceof Unimportable));
  rejectDuplicateIds(annotations);
  return {
    format,
    ...toRecords(annotations, now),
    skipped: read.filter((a): a is Unimportable => a instanceof Unimportable),
  };
}

function* rawAnnotations(data: unknown): Generator<[unknown, string]> {
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield [item, `[${i}]`];
    return;
  }
  if (!isObject(data)) return;
  const types = typesOf(data);
  if (types.includes('AnnotationCollection')) {
    let page: unknown = data.first;
    let where = 'first';
    if (page === undefined) return;
    while (page !== undefined) {
      if (!isObject(page)) {
        throw new ImportError(
          "this collection's annotations are not in the file (its pages are only linked); import the page files instead",
          where,
        );
      }
      yield* pageItems(page, where);
      page = page.next;
      where = `${where}.next`;
    }
    return;
  }
  if (types.includes('AnnotationPage')) {
    yield* pageItems(data, '');
    return;
  }
  const list = Array.isArray(data.rows) ? 'rows' : Array.isArray(data.annotations) ? 'annotations' : undefined;
  if (list) {
    for (const [i, item] of (data[list] as unknown[]).entries()) yield [item, `${list}[${i}]`];
    return;
  }
  yield [data, '(the annotation)'];
}

function* pageItems(page: Json, where: string): Generator<[unknown, string]> {
  const at = where ? `${where}.items` : 'items';
  if (!Array.isArray(page.items)) throw new ImportError('expected the list of annotations on this page', at);
  for (const [i, item] of page.items.entries()) yield [item, `${at}[${i}]`];
}

function rejectDuplicateIds(annotations: ForeignAnnotation[]): void {
  const seen = new Map<string, string>();
  for (const a of annotations) {
    const earlier = seen.get(a.id);
    if (earlier !== undefined)
      throw new ImportError(`${JSON.stringify(a.id)} appears twice in the file (also ${earlier})`, `${a.where}.id`);
    seen.set(a.id, a.where);
  }
}

function toRecords(foreign: ForeignAnnotation[], now: string): Omit<ForeignRecords, 'format' | 'skipped'> {
  const articles = new Map<string, Article>();
  const parties = new Map<string, Party>();
  const undated = new Set<string>();
  let positionsEstimated = 0;
  const annotations = foreign.map((f): Annotation => {
    const created = f.created ?? f.updated;
    const updated = f.updated ?? created;
    if (!created || !updated) undated.add(f.id);
    const when = { created: created ?? now, updated: updated ?? now };
    const articleId = articleKey(f.source);
    noteArticle(articles, articleId, f, when);
    const party = (name: string) => noteParty(parties, name, when.created);
    if (!f.position) positionsEstimated++;
    const annotation: Annotation = {
      id: f.id,
      articleId,
      kind: f.kind,
      target: {
        source: f.source,
        quote: { type: 'TextQuoteSelector', ...f.quote },
        position: { type: 'TextPositionSelector', ...(f.position ?? { start: 0, end: f.quote.exact.length }) },
      },
      note: f.note,
      tags: f.tags,
      ...(f.kind === 'claim' && {
        claim: {
          ...(f.claimant && { claimantId: party(f.claimant) }),
          aboutIds: [...new Set(f.about.map(party))],
          verdict: f.verdict ?? 'Unrated',
          evidence: f.evidence.map((url) => ({ url, title: '' })),
        },
      }),
      ...(f.kind === 'party-mention' && f.mentioned && { partyId: party(f.mentioned) }),
      ...when,
    };
    return parseOrExplain(AnnotationSchema, annotation, f.where);
  });
  // Built from checked parts; checked whole all the same, since the library trusts imports.
  for (const article of articles.values()) parseOrExplain(ArticleSchema, article, `(the page ${article.url})`);
  for (const party of parties.values()) parseOrExplain(PartySchema, party, `(the party ${JSON.stringify(party.name)})`);
  return { articles: [...articles.values()], annotations, parties: [...parties.values()], undated, positionsEstimated };
}

/** The article a foreign annotation sits on, known only by its address (and Hypothesis's title). */
function noteArticle(
  articles: Map<string, Article>,
  id: string,
  f: ForeignAnnotation,
  when: { created: string; updated: string },
): void {
  const known = articles.get(id);
  if (known) {
    if (when.created < known.firstVisit) known.firstVisit = when.created;
    if (when.updated > known.lastVisit) known.lastVisit = when.updated;
    if (!known.title) known.title = f.pageTitle;
    return;
  }
  articles.set(id, {
    id,
    url: f.source,
    urls: [...new Set([id, articleKey(f.source)])],
    title: f.pageTitle,
    byline: '',
    siteName: '',
    publishedTime: '',
    language: '',
    excerpt: '',
    isArticle: false,
    firstVisit: when.created,
    lastVisit: when.updated,
  });
}

/**
 * A party named in another tool's file. The id comes from the name, so the same name in
 * two files is one party; planning then matches it with the library's parties by name.
 */
function noteParty(parties: Map<string, Party>, name: string, seen: string): string {
  const key = partyNameKey(name);
  const known = parties.get(key);
  if (known) {
    if (seen < known.created) known.created = known.updated = seen;
    return known.id;
  }
  const party: Party = {
    id: `imported-party:${key}`,
    name: name.trim(),
    kind: 'other',
    aliases: [],
    description: '',
    created: seen,
    updated: seen,
  };
  parties.set(key, party);
  return party.id;
}

/** Names compared as a reader would: case, spacing and Unicode form aside. */
export function partyNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
