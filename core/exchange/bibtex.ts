import { toCslItems, type CslItem } from './csl';
import type { LibrarySnapshot } from './snapshot';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters, as text commands that print them. */
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default font encoding "<" and ">" print as "¡" and "¿".
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * BibTeX, one entry per article, in UTF-8: biber, Zotero, JabRef and LaTeX with UTF-8 input
 * read it as it is. Written here rather than by citation-js, whose BibTeX output either
 * drops every letter it cannot write as a LaTeX accent (all of Arabic, Chinese, Cyrillic…)
 * or, when told to keep Unicode, stops escaping LaTeX's special characters.
 *
 * Newspaper stories are `@article` (BibTeX has no newspaper type; biblatex styles read the
 * same fields), other pages `@misc`. `date` and `urldate` are for biblatex, `year`,
 * `month` and `note` for classic BibTeX styles.
 */
export function bibtexText(snapshot: Pick<LibrarySnapshot, 'articles'>): string {
  return toCslItems(snapshot).map(entryOf).join('\n');
}

function entryOf(item: CslItem): string {
  const issued = item.issued?.['date-parts'][0];
  const accessed = isoDate(item.accessed['date-parts'][0]);
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map(({ family, given }) => `${namePart(family)}, ${namePart(given)}`).join(' and ')],
    // Doubled braces keep a headline's capitals from being lowered by the bibliography style.
    ['title', `{${latex(item.title)}}`],
    [
      item.type === 'article-newspaper' ? 'journal' : 'organization',
      item['container-title'] && latex(item['container-title']),
    ],
    ['date', issued && isoDate(issued)],
    ['year', issued && String(issued[0])],
    ['url', urlField(item.URL)],
    ['urldate', accessed],
    ['note', `Accessed ${accessed}`],
    ['language', item.language && latex(item.language)],
    ['abstract', item.abstract && latex(item.abstract)],
  ];
  const month = issued?.[1] ? MONTHS[issued[1] - 1] : undefined;
  const lines = fields.filter((f): f is [string, string] => !!f[1]).map(([name, value]) => `  ${name} = {${value}},`);
  if (month) lines.splice(lines.findIndex((l) => l.startsWith('  year')) + 1, 0, `  month = ${month},`);
  return `@${item.type === 'article-newspaper' ? 'article' : 'misc'}{${item['citation-key']},\n${lines.join('\n')}\n}\n`;
}

/** Text as LaTeX: specials escaped, line breaks and control characters made spaces. */
export function latex(text: string): string {
  return (
    text
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\{}&%$#_~^<>]/g, (c) => LATEX_ESCAPES[c]!)
      // TeX joins "--" into a dash, "''" and "``" into curly quotes, ",," into a low quote and
      // "?`" "!`" into inverted marks; an empty group between the characters keeps them apart.
      .replace(/([-'`,])(?=\1)/g, '$1{}')
      .replace(/([?!])`/g, '$1{}`')
  );
}

/**
 * A name part in braces when it holds a comma or the word "and", which BibTeX would
 * otherwise read as separating names.
 */
function namePart(text: string): string {
  const escaped = latex(text);
  return /,|\band\b/i.test(escaped) ? `{${escaped}}` : escaped;
}

/** URLs are verbatim in BibTeX; only braces and backslashes, which would end the field, are encoded. */
function urlField(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isoDate(parts: number[]): string {
  return parts.map((p, i) => (i === 0 ? String(p).padStart(4, '0') : String(p).padStart(2, '0'))).join('-');
}
