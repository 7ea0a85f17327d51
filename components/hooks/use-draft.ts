import { useEffect, useRef, useState } from 'preact/hooks';

const SAVE_DELAY_MS = 400;

/**
 * A field's value that saves itself shortly after typing stops, and at once when the
 * field loses focus or the view closes, so nothing typed is lost. Until then the stored
 * value does not overwrite it, so the echo of an earlier save cannot undo a later change
 * (a select stepped through with the arrow keys).
 */
export function useDraft<T extends string = string>(stored: T, save: (value: T) => Promise<void> | void) {
  const [value, setValue] = useState<T>(stored);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (pending.current === null) setValue(stored);
  }, [stored]);

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current;
    pending.current = null;
    void saveRef.current(next);
  };

  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, []);

  const onInput = (next: T) => {
    setValue(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  return { value, onInput, flush };
}
