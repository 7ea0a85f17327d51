/**
 * Typographic variants that editors swap without changing what a sentence says: curly and
 * straight quotation marks, guillemets, the many dashes. Folding them to one form lets fuzzy
 * matching treat "it's" and "it’s" as equal. Every replacement is one UTF-16 code unit for
 * one code unit, so offsets in folded text are offsets in the original text.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a`\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** `text` with quotation marks and dashes folded to their ASCII forms; same length. */
export function foldTypography(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}
