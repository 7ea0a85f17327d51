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
  // A quote across paragraphs: the run of paragraphs it spans.
  for (let i = 0; i < paragraphs.length; i++) {
    let joined = paragraphs[i]!;
    for (let j = i + 1; j < paragraphs.length && joined.length < wanted.length * 4; j++) {
      joined = `${joined} ${paragraphs[j]}`;
      if (joined.includes(wanted)) return joined;
    }
  }
  return null;
}
