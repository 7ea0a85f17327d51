import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses an element when it appears, without scrolling the page. The `autofocus`
 * attribute is not enough: browsers honour it once per document, and not at all for
 * elements added later in a shadow root.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus({ preventScroll: true });
  }, [enabled]);
  return ref;
}
