import { nowIso, type Annotation } from '../../core/model';
import type { ViewActions } from '../view-actions';
import { useDraft } from './use-draft';

const PREFIX = 'marginalia.note-draft.';

/** A note as last typed, and when. */
interface KeptNote {
  note: string;
  at: string;
}

/*
 * A note being typed is also kept in localStorage, which is written at once and outlives
 * the view: database work begun as a view closes is dropped (Firefox aborts it, and the
 * database library starts its writes a moment too late for Chromium), so a popup closed
 * mid-sentence would otherwise lose what was typed since the last save.
 */

function read(id: string): KeptNote | null {
  try {
    const kept = JSON.parse(localStorage.getItem(PREFIX + id) ?? 'null') as KeptNote | null;
    return kept && typeof kept.note === 'string' && typeof kept.at === 'string' ? kept : null;
  } catch {
    return null;
  }
}

function keep(id: string, note: string): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify({ note, at: nowIso() } satisfies KeptNote));
  } catch {
    // Storage full or refused: the draft still saves the usual way.
  }
}

function release(id: string, note: string): void {
  if (read(id)?.note === note) localStorage.removeItem(PREFIX + id);
}

/** An annotation's note as the reader types it: saved as they go (see useDraft), and kept until saved. */
export function useNoteDraft(annotation: Annotation, actions: ViewActions) {
  const draft = useDraft(annotation.note, async (value) => {
    await actions.editAnnotation(annotation, { note: value });
    release(annotation.id, value);
  });
  const onInput = (value: string) => {
    keep(annotation.id, value);
    draft.onInput(value);
  };
  return { ...draft, onInput };
}

/** Saves the notes a closed view kept but may not have saved, unless their annotation changed since. */
export async function recoverNoteDrafts(actions: ViewActions): Promise<void> {
  const ids = Object.keys(localStorage)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => key.slice(PREFIX.length));
  for (const id of ids) {
    const kept = read(id);
    if (!kept) {
      localStorage.removeItem(PREFIX + id);
      continue;
    }
    await actions.restoreNote(id, kept.note, kept.at);
    release(id, kept.note);
  }
}
