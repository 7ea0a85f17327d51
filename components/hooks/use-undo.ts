import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Undoable } from '../view-actions';

const UNDO_WINDOW_MS = 8000;

/** The last undoable action, offered for a few seconds, and a way to run or dismiss it. */
export function useUndo() {
  const [pending, setPending] = useState<Undoable | null>(null);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  const offer = useCallback((undoable: Undoable) => setPending(undoable), []);
  const undo = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    await pending.undo();
  }, [pending]);
  return { pending, offer, undo, dismiss: () => setPending(null) };
}
