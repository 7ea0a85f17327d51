import { diffWords } from 'diff';

/** A stretch of text both versions share, or that one of them added or removed. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The word-level changes from one version of an article's text to another. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Whether two versions differ at all, cheaper than reading a whole diff. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/**
 * Where in the diff each change is, as the offset in the older text it sits at, so a
 * view can jump to the changes near a claim's quote.
 */
export function changeOffsets(parts: DiffPart[]): { index: number; before: number }[] {
  const offsets: { index: number; before: number }[] = [];
  let before = 0;
  parts.forEach((part, index) => {
    if (part.kind !== 'same') offsets.push({ index, before });
    if (part.kind !== 'added') before += part.text.length;
  });
  return offsets;
}
