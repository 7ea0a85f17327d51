import { useEffect, useState } from 'preact/hooks';
import type { ArticleMetadata } from '../../core/model';
import { sendToTab } from '../../platform/messaging';

export type PageState =
  { status: 'loading' } | { status: 'ready'; metadata: ArticleMetadata } | { status: 'unavailable'; reason: string };

/** Asks the page in a tab what it is (Readability runs there, on a clone, only now). */
export function usePageMetadata(tabId: number | undefined | null): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ status: 'unavailable', reason: 'There is no page open in this window.' });
      return;
    }
    let live = true;
    sendToTab(tabId, { type: 'page.describe' }).then(
      (metadata) => live && setState({ status: 'ready', metadata }),
      () =>
        live &&
        setState({
          status: 'unavailable',
          reason:
            'Marginalia cannot read this page. Browser pages, the extension gallery and files are off limits; on a web page, click the Marginalia button to give it access.',
        }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);
  return state;
}
