/** Folds white space so a quote from the page matches the snapshot's text however it was wrapped. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The paragraph of a snapshot's text that holds a quote (paragraphs are the text's
 * lines), so a claim no longer on the page keeps its context; null when it is not there.
 */
export function paragraphContaining(text: string, quote: string): string | null {
  const wanted = fold(quote);
  if (!wanted) return null;
  const paragraphs = text.split(/\n+/).map(fold).filter(Boolean);
  const whole = paragraphs.find((p) => p.includes(wanted));
  if (whole) return whole;
  // A quote across paragraphs: the shortest run of paragraphs that holds it.
  for (let last = 1; last < paragraphs.length; last++) {
    let joined = paragraphs[last]!;
    for (let first = last - 1; first >= 0 && joined.length < wanted.length * 4; first--) {
      joined = `${paragraphs[first]} ${joined}`;
      if (joined.includes(wanted)) return joined;
    }
  }
  return null;
}
