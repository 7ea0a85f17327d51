import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { toCslItems } from './csl';
import type { LibrarySnapshot } from './snapshot';
import chicago from './styles/chicago-notes-bibliography.json';
import mla from './styles/modern-language-association.json';

/**
 * Formatted bibliographies (APA, MLA, Chicago) by citeproc-js, through citation-js's CSL
 * plugin, which brings the engine, the APA style and the English locale. This module
 * carries the engine and two large styles: the library page loads it only when asked.
 */

export type BibliographyStyle = 'apa' | 'mla' | 'chicago';

/** Our style names to the CSL styles registered with citation-js ("apa" is built in). */
const STYLES: Record<BibliographyStyle, string> = {
  apa: 'apa',
  mla: 'marginalia-mla',
  chicago: 'marginalia-chicago',
};

interface CiteprocEngine {
  updateItems(ids: string[]): string[];
  makeBibliography(): [unknown, string[]] | false;
}

function cslConfig() {
  const config = plugins.config.get('@csl');
  if (!config.styles.has(STYLES.mla)) config.styles.add(STYLES.mla, mla.xml);
  if (!config.styles.has(STYLES.chicago)) config.styles.add(STYLES.chicago, chicago.xml);
  return config as typeof config & {
    engine(items: unknown[], style: string, locale: string, format: 'text'): CiteprocEngine;
  };
}

/**
 * A bibliography as plain text, one entry per line, in the style's own order. The engine
 * is driven directly: citation-js's own bibliography output writes an HTML attribute into
 * any entry that begins with "<", even in text output (a headline can).
 */
export function bibliographyText(snapshot: Pick<LibrarySnapshot, 'articles'>, style: BibliographyStyle): string {
  const items = toCslItems(snapshot);
  if (items.length === 0) return '';
  const engine = cslConfig().engine(items, STYLES[style], 'en-US', 'text');
  engine.updateItems(items.map((item) => item.id));
  const made = engine.makeBibliography();
  if (!made) return '';
  return `${made[1].map((entry) => entry.trim()).join('\n')}\n`;
}
