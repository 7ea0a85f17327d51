import type { LibraryFilter } from '../../core/search/filters';
import { KIND_NAMES } from './format';
import type { LibraryState } from './library-store';

/** A filter in a few words, for an export's file name and title: "ceasefire, tag syria, claims". */
export function filterLabel(f: LibraryFilter, state: LibraryState): string {
  const parts = [
    f.text.trim(),
    f.kind && `${KIND_NAMES[f.kind].toLowerCase()}s`,
    f.tag && `tag ${f.tag}`,
    f.partyId && state.parties.get(f.partyId)?.name,
    f.verdict,
    f.site,
    f.collectionId && state.collections.find((c) => c.id === f.collectionId)?.name,
    f.found === 'not-found' && 'not found',
    f.from && `from ${f.from}`,
    f.to && `to ${f.to}`,
  ];
  return parts.filter(Boolean).join(', ') || 'filter';
}
