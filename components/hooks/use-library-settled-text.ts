import { useEffect, useState } from 'preact/hooks';

/**
 * A text that follows `text` once it has stayed the same for `delayMs` (at once when the
 * delay is 0 or the text is cleared), so work keyed on it skips what is typed in passing.
 */
export function useSettledText(text: string, delayMs: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (delayMs <= 0 || text === '') {
      setSettled(text);
      return;
    }
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return delayMs <= 0 ? text : settled;
}
