import overlayCss from '../../components/page/page-overlay.css?inline';

const HOST_TAG = 'marginalia-ui';

/**
 * The one element Marginalia adds to a page: a closed shadow root that page CSS cannot
 * reach into and page scripts cannot open, so notes drawn there stay out of the page's
 * reach. It hangs off <html>, not <body>, so body-level page styles do not touch it.
 */
export function createUiHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}

export function isUiHost(node: Node | null): boolean {
  return node?.nodeType === 1 && (node as Element).localName === HOST_TAG;
}
