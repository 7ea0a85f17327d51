import { jsonLdText } from './json-ld-text';
import type { ArticleVersion } from '../db/snapshots';
import type { Annotation, Party } from '../model';
import { recordIri } from './iri';
import { annotationsByArticle, partiesById, versionsByArticle, type LibrarySnapshot } from './snapshot';
import { ABOUT_LABEL, ANNO_CONTEXT, CLAIMANT_LABEL, PURPOSE } from './w3c-vocabulary';

export type W3CBody =
  | { type: 'TextualBody'; value: string; purpose: string; format?: 'text/plain' }
  | { type: 'SpecificResource'; purpose: string; source: string };

export interface W3CAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  body?: W3CBody | W3CBody[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
    /** When the page read as annotated: the first sighting of the saved text the annotation was made on. */
    state?: { type: 'TimeState'; sourceDate: string };
  };
}

export interface W3CPage {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf?: { id: string; label: string; total: number };
  startIndex: number;
  items: W3CAnnotation[];
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  created: string;
  first: W3CPage;
}

export interface W3COptions {
  exportedAt: string;
  label?: string;
}

/**
 * A snapshot as one W3C AnnotationCollection whose single embedded first page holds every
 * annotation, in reading order per article: one file, readable by tools that take either a
 * collection or a page.
 */
export function toW3CCollection(snapshot: LibrarySnapshot, options: W3COptions): W3CCollection {
  const exportedAt = new Date(options.exportedAt).toISOString();
  const id = `urn:x-marginalia:export:${exportedAt}`;
  const parties = partiesById(snapshot);
  const versions = versionsByArticle(snapshot);
  const items = [...annotationsByArticle(snapshot).values()]
    .flat()
    .map((a) => toW3CAnnotation(a, parties, { versions: versions.get(a.articleId) ?? [] }));
  const label = options.label ?? 'Marginalia annotations';
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    created: exportedAt,
    first: {
      id: `${id}#page-1`,
      type: 'AnnotationPage',
      // Described, not just named, so the page read on its own still says what it is part of.
      partOf: { id, label, total: items.length },
      startIndex: 0,
      items,
    },
  };
}

export function w3cText(snapshot: LibrarySnapshot, options: W3COptions): string {
  return jsonLdText(toW3CCollection(snapshot, options));
}

export interface W3CAnnotationOptions {
  /** A document of its own: it then carries the JSON-LD context; inside a collection the collection's applies. */
  standalone?: boolean;
  /** The saved versions of the annotation's article, oldest first: they date its target. */
  versions?: ArticleVersion[];
}

/** One annotation as a W3C Web Annotation. */
export function toW3CAnnotation(
  annotation: Annotation,
  parties: Map<string, Party>,
  { standalone = false, versions = [] }: W3CAnnotationOptions = {},
): W3CAnnotation {
  const bodies = bodiesOf(annotation, parties);
  const { quote, position } = annotation.target;
  const sourceDate = versionAt(versions, annotation.created)?.firstSeen;
  return {
    ...(standalone && { '@context': ANNO_CONTEXT }),
    id: recordIri(annotation.id),
    type: 'Annotation',
    motivation: motivationOf(annotation),
    created: annotation.created,
    modified: annotation.updated,
    ...(bodies.length > 0 && { body: bodies.length === 1 ? bodies[0] : bodies }),
    target: {
      source: annotation.target.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          ...(quote.prefix && { prefix: quote.prefix }),
          ...(quote.suffix && { suffix: quote.suffix }),
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
      ...(sourceDate && { state: { type: 'TimeState', sourceDate } }),
    },
  };
}

/**
 * The version the page showed when the annotation was made: the latest first seen by
 * then. The first version is saved just after the first annotation, so an annotation
 * older than every version was made on the first.
 */
function versionAt(versions: ArticleVersion[], created: string): ArticleVersion | undefined {
  return versions.findLast((v) => v.firstSeen <= created) ?? versions[0];
}

/** What the reader meant by the annotation, as the model's motivations name it. */
function motivationOf(a: Annotation): string {
  if (a.kind === 'party-mention') return 'identifying';
  if (a.kind === 'claim' && a.claim && a.claim.verdict !== 'Unrated') return 'assessing';
  if (a.note.trim()) return 'commenting';
  if (a.tags.length > 0) return 'tagging';
  return 'highlighting';
}

function bodiesOf(a: Annotation, parties: Map<string, Party>): W3CBody[] {
  const text = (value: string, purpose: string): W3CBody => ({
    type: 'TextualBody',
    value,
    purpose,
    format: 'text/plain',
  });
  const nameOf = (id: string) => parties.get(id)?.name;
  const bodies: W3CBody[] = [];
  if (a.note.trim()) bodies.push(text(a.note, PURPOSE.note));
  for (const tag of a.tags) bodies.push(text(tag, PURPOSE.tag));
  if (a.kind === 'claim' && a.claim) {
    // Even "Unrated" is written: it is what marks the annotation as a claim for importers.
    bodies.push(text(a.claim.verdict, PURPOSE.verdict));
    const claimant = a.claim.claimantId && nameOf(a.claim.claimantId);
    if (claimant) bodies.push(text(`${CLAIMANT_LABEL}${claimant}`, PURPOSE.claimParty));
    for (const id of a.claim.aboutIds) {
      const name = nameOf(id);
      if (name) bodies.push(text(`${ABOUT_LABEL}${name}`, PURPOSE.claimParty));
    }
    for (const link of a.claim.evidence)
      bodies.push({ type: 'SpecificResource', purpose: PURPOSE.evidence, source: link.url });
  }
  const mentioned = a.kind === 'party-mention' && a.partyId && nameOf(a.partyId);
  if (mentioned) bodies.push(text(mentioned, PURPOSE.mentionedParty));
  return bodies;
}
