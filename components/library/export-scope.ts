import { narrowSnapshot, type LibrarySnapshot } from '../../core/exchange/snapshot';
import { partyIdsOf } from '../../core/model';

/**
 * What an export covers: the whole library, some articles with everything on them (a
 * collection, one article), or exactly what a filter shows (its articles and, of their
 * annotations, only those it kept).
 */
export type ExportScope =
  | { kind: 'library' }
  | { kind: 'articles'; articleIds: readonly string[]; label: string }
  | { kind: 'selection'; articleIds: readonly string[]; annotationIds: readonly string[]; label: string };

/**
 * The part of a library snapshot a scope covers: parties are those its annotations name,
 * saved versions those of its articles.
 */
export function scopeSnapshot(library: LibrarySnapshot, scope: ExportScope): LibrarySnapshot {
  if (scope.kind === 'library') return library;
  if (scope.kind === 'articles') return narrowSnapshot(library, scope.articleIds);
  const narrowed = narrowSnapshot(library, scope.articleIds);
  const annotationIds = new Set(scope.annotationIds);
  const annotations = narrowed.annotations.filter((a) => annotationIds.has(a.id));
  const named = new Set(annotations.flatMap(partyIdsOf));
  return { ...narrowed, annotations, parties: narrowed.parties.filter((p) => named.has(p.id)) };
}

/** The words a scope adds to a file name and a report's title ('' for the whole library). */
export function scopeLabel(scope: ExportScope): string {
  return scope.kind === 'library' ? '' : scope.label;
}
