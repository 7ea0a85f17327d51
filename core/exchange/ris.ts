import { toCslItems, type CslItem } from './csl';
import type { LibrarySnapshot } from './snapshot';

/**
 * RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley):
 * one `TAG  - value` line per field, CRLF line ends, `ER` closing each record. Written here
 * rather than by citation-js, which breaks values longer than 70 characters onto untagged
 * lines that strict readers reject.
 */
export function risText(snapshot: Pick<LibrarySnapshot, 'articles'>): string {
  return toCslItems(snapshot).map(recordOf).join('');
}

function recordOf(item: CslItem): string {
  const issued = item.issued?.['date-parts'][0];
  const lines: [string, string | undefined][] = [
    ['TY', item.type === 'article-newspaper' ? 'NEWS' : 'ELEC'],
    ['ID', item['citation-key']],
    ['TI', item.title],
    ...(item.author ?? []).map(({ family, given }): [string, string] => ['AU', `${family}, ${given}`]),
    ['T2', item['container-title']],
    ['PY', issued && String(issued[0])],
    ['DA', issued && risDate(issued)],
    ['Y2', risDate(item.accessed['date-parts'][0])],
    ['UR', item.URL],
    ['LA', item.language],
    ['AB', item.abstract],
  ];
  const body = lines
    .filter((line): line is [string, string] => !!line[1] && oneLine(line[1]) !== '')
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`)
    .join('');
  return `${body}ER  - \r\n\r\n`;
}

/** A field is one line: breaks and control characters become spaces. */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** RIS dates: YYYY/MM/DD/ with the parts the source knows (and the trailing slash). */
function risDate(parts: number[]): string {
  const [year, month, day] = parts;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}/`;
}
