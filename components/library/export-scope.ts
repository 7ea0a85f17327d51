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

/** The part of a library snapshot a scope covers; parties are those its annotations name. */
export function scopeSnapshot(library: LibrarySnapshot, scope: ExportScope): LibrarySnapshot {
  if (scope.kind === 'library') return library;
  if (scope.kind === 'articles') return narrowSnapshot(library, scope.articleIds);
  const articleIds = new Set(scope.articleIds);
  const annotationIds = new Set(scope.annotationIds);
  const annotations = library.annotations.filter((a) => annotationIds.has(a.id) && articleIds.has(a.articleId));
  const named = new Set(annotations.flatMap(partyIdsOf));
  return {
    articles: library.articles.filter((a) => articleIds.has(a.id)),
    annotations,
    parties: library.parties.filter((p) => named.has(p.id)),
    settings: library.settings,
  };
}

/** The words a scope adds to a file name and a report's title ('' for the whole library). */
export function scopeLabel(scope: ExportScope): string {
  return scope.kind === 'library' ? '' : scope.label;
}
