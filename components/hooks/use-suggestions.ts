import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSuggestions } from '../../core/messaging/protocol';
import { sendToTab } from '../../platform/messaging';

export type SuggestionsState =
  { status: 'loading' } | { status: 'ready'; suggestions: PageSuggestions } | { status: 'failed'; message: string };

/** The page's suggestions, asked for when the view opens; `drop` takes one off once handled. */
export function useSuggestions(tabId: number | null | undefined) {
  const [state, setState] = useState<SuggestionsState>({ status: 'loading' });
  useEffect(() => {
    if (!tabId) return;
    let live = true;
    sendToTab(tabId, { type: 'page.suggest' }).then(
      (suggestions) => live && setState({ status: 'ready', suggestions }),
      (error: unknown) =>
        live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);
  const drop = useCallback((keys: string[]) => {
    setState((current) =>
      current.status !== 'ready'
        ? current
        : {
            status: 'ready',
            suggestions: {
              ...current.suggestions,
              parties: current.suggestions.parties.filter((p) => !keys.includes(p.key)),
              claims: current.suggestions.claims.filter((c) => !keys.includes(c.key)),
            },
          },
    );
  }, []);
  return { state, drop };
}
