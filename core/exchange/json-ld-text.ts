/**
 * JSON for a file that may be pasted into a web page's <script type="application/ld+json">:
 * the characters that could end that script or break a line in old parsers are written as
 * \u escapes, which every JSON reader turns back into the same text.
 */
export function jsonLdText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
