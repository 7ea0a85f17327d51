import CSL from 'citeproc';
import { toCslItems } from './csl';
import type { LibrarySnapshot } from './snapshot';
import apa from './styles/apa.json';
import chicago from './styles/chicago-notes-bibliography.json';
import englishLocale from './styles/locales-en-US.json';
import mla from './styles/modern-language-association.json';

/**
 * Formatted bibliographies (APA, MLA, Chicago) by citeproc-js, the reference CSL processor,
 * with the CSL project's styles and US English locale (see styles/README.md). This module
 * carries the engine and three large styles: the library page loads it only when asked.
 */

export type BibliographyStyle = 'apa' | 'mla' | 'chicago';

const STYLES: Record<BibliographyStyle, string> = {
  apa: apa.xml,
  mla: mla.xml,
  chicago: chicago.xml,
};

/** A bibliography as plain text, one entry per line, in the style's own order. */
export function bibliographyText(snapshot: Pick<LibrarySnapshot, 'articles'>, style: BibliographyStyle): string {
  const items = new Map(toCslItems(snapshot).map((item) => [item.id, item]));
  if (items.size === 0) return '';
  const engine = new CSL.Engine(
    { retrieveLocale: () => englishLocale.xml, retrieveItem: (id) => items.get(id) },
    STYLES[style],
    'en-US',
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems([...items.keys()]);
  const made = engine.makeBibliography();
  if (!made) return '';
  return `${made[1].map((entry) => entry.trim()).join('\n')}\n`;
}
