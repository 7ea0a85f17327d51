/**
 * Characters that start or end Markdown syntax anywhere in a line: emphasis, code, links,
 * images, raw HTML and entities, tables, strikethrough, math, footnotes, headings, setext
 * underlines and thematic breaks, block quotes and list bullets. CommonMark lets any ASCII
 * punctuation be escaped with a backslash; punctuation that is harmless wherever it sits
 * (, ; : ? ' " / %) is left alone so the report stays readable as plain text.
 */
const SYNTAX = /[\\`*_{}[\]()<>#+\-=!|~&$^@]/g;

/** "1." or "1)" at the start of a line would begin an ordered list. */
const ORDERED_LIST_MARKER = /^(\d+)([.)])/;

/**
 * A page- or reader-provided string as Markdown that renders as exactly that text: no
 * link, image, HTML, heading, list or emphasis can come out of it. Line breaks become
 * spaces, so the text stays within the line (heading, list item) it is put in.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Multi-line text (a note) as lines for a Markdown block: each line escaped as if it began
 * a line, joined by hard line breaks (a trailing backslash). Blank lines are dropped: they
 * would end the block the text sits in.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(escapeLine);
}

function escapeLine(line: string): string {
  return line.replace(SYNTAX, '\\$&').replace(ORDERED_LIST_MARKER, '$1\\$2');
}

/**
 * A web address as a Markdown autolink. Only http(s) addresses with nothing that could
 * break out of the angle brackets become links; anything else is shown as escaped text.
 */
export function markdownLink(url: string): string {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return escapeMarkdownInline(url);
  }
  const safe = /^https?:$/.test(new URL(href).protocol) && !/[\s<>\\`]/.test(href);
  return safe ? `<${href}>` : escapeMarkdownInline(url);
}
