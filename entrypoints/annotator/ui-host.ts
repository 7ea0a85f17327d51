import overlayCss from '../../components/page/page-overlay.css?inline';

const HOST_TAGS = { panels: 'marginalia-ui', toolbar: 'marginalia-toolbar' } as const;

/**
 * An element Marginalia adds to a page, with a shadow root that page CSS cannot reach
 * into. Panels that show the reader's notes, tags and parties use a closed root, which
 * page scripts cannot open. The selection toolbar holds nothing but its four labels, so
 * its root is open (tools that read the page, such as assistive technology and test
 * drivers, can reach it); its clicks only count when the reader made them. Both hang off
 * <html>, not <body>, so body-level page styles do not touch them.
 */
export function createUiHost(doc: Document, kind: keyof typeof HOST_TAGS): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAGS[kind]);
  const root = host.attachShadow({ mode: kind === 'toolbar' ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}

export function isUiHost(node: Node | null): boolean {
  if (node?.nodeType !== 1) return false;
  const name = (node as Element).localName;
  return name === HOST_TAGS.panels || name === HOST_TAGS.toolbar;
}
