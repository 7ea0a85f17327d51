import { useEffect, useRef, useState } from 'preact/hooks';
import { anchorTargets } from '../../core/anchoring/anchor';
import { buildTextIndex } from '../../core/anchoring/text-index';
import type { Annotation } from '../../core/model';
import { Painter } from '../../core/painting/painter';
import { inertArticle, releaseImages } from './inert-article';

export interface SnapshotArticleProps {
  html: string;
  annotations: Annotation[];
  /** Reports which annotations were found in this copy of the article. */
  onAnchored: (found: Set<string>) => void;
}

/** A saved copy of an article, with the annotations painted on it by the same anchoring code as on the live page. */
export function SnapshotArticle({ html, annotations, onAnchored }: SnapshotArticleProps) {
  const container = useRef<HTMLDivElement>(null);
  const [heldImages, setHeldImages] = useState(0);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    root.replaceChildren(inertArticle(html, document));
    setHeldImages(root.querySelectorAll('img[data-marginalia-src]').length);
    const painter = new Painter(document);
    const results = anchorTargets(
      buildTextIndex(root),
      annotations.map((a) => ({ id: a.id, quote: a.target.quote, position: a.target.position })),
    );
    const found = new Set<string>();
    const ranges = [];
    for (const result of results) {
      const annotation = annotations.find((a) => a.id === result.id);
      if (!annotation || result.state === 'orphan') continue;
      found.add(result.id);
      ranges.push({ id: result.id, kind: annotation.kind, range: result.range });
    }
    painter.paint(ranges);
    onAnchored(found);
    return () => painter.clear();
  }, [html, annotations]);

  return (
    <>
      {heldImages > 0 && (
        <p class="held-images">
          {heldImages} {heldImages === 1 ? 'image is' : 'images are'} not shown: loading them would tell the site you
          opened this copy.{' '}
          <button
            type="button"
            onClick={() => {
              releaseImages(container.current!);
              setHeldImages(0);
            }}
          >
            Load images
          </button>
        </p>
      )}
      <div ref={container} class="snapshot-article" />
    </>
  );
}
