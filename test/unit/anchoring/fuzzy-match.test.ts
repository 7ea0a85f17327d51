import { describe, expect, it } from 'vitest';
import { fuzzyMatchQuote } from '../../../core/anchoring/fuzzy-match';
import { quoteAt } from '../../../core/anchoring/text-quote';
import { foldTypography } from '../../../core/anchoring/typography';

const TEXT =
  'Officials confirmed on Tuesday that the bridge will reopen to traffic in early May, ' +
  'after repairs that cost about 12 million euros. Cyclists will be able to use a new lane.';

function quoteOf(exact: string) {
  const start = TEXT.indexOf(exact);
  return { quote: quoteAt(TEXT, start, start + exact.length), start };
}

describe('fuzzyMatchQuote', () => {
  it('finds an edited quote near the expected position and reports its edits', () => {
    const { quote, start } = quoteOf('the bridge will reopen to traffic in early May');
    const edited = TEXT.replace('early May', 'late May');
    const found = fuzzyMatchQuote(edited, quote, start);
    expect(found && edited.slice(found.start, found.end)).toBe('the bridge will reopen to traffic in late May');
    expect(found?.errors).toBeGreaterThan(0);
    expect(found?.fit.mean).toBeGreaterThan(0.9);
  });

  it('keeps the whole edited passage when the text after it changed too', () => {
    const original =
      'the city of Aleppo. The State Department said Kerry issued the ultimatum to his Russian counterpart, ' +
      'Sergei Lavrov, in a telephone call on September 28. Kerry’s spokesman, John Kirby, said Washington was';
    const exact =
      'The State Department said Kerry issued the ultimatum to his Russian counterpart, Sergei Lavrov, in a telephone call on September 28.';
    const start = original.indexOf(exact);
    const quote = quoteAt(original, start, start + exact.length);
    const edited = original
      .replace('ultimatum', 'warning')
      .replace('28. Kerry', '28. Officials in Geneva declined to comment on the call. Kerry');
    const found = fuzzyMatchQuote(edited, quote, start);
    expect(found && edited.slice(found.start, found.end)).toBe(exact.replace('ultimatum', 'warning'));
  });

  it('searches the whole text when the passage is far from where it was', () => {
    const { quote, start } = quoteOf('repairs that cost about 12 million euros');
    const edited = 'Background. '.repeat(600) + TEXT.replace('12 million', '13 million');
    const found = fuzzyMatchQuote(edited, quote, start);
    expect(found && edited.slice(found.start, found.end)).toBe('repairs that cost about 13 million euros');
  });

  it('treats changed quotation marks and dashes as no edit', () => {
    const text = 'He said "it\'s done" - and left the room without another word that evening.';
    const start = text.indexOf('"it');
    const quote = quoteAt(text, start, start + '"it\'s done" - and'.length);
    const curly = text.replace('"it\'s done"', '\u201cit\u2019s done\u201d').replace(' - ', ' \u2014 ');
    const found = fuzzyMatchQuote(curly, quote, start, { foldedText: foldTypography(curly) });
    expect(found?.errors).toBe(0);
    expect(found && curly.slice(found.start, found.end)).toBe('\u201cit\u2019s done\u201d \u2014 and');
  });

  it('rejects a look-alike whose context does not agree', () => {
    const { quote, start } = quoteOf('Cyclists will be able to use a new lane');
    const edited = 'Elsewhere, drivers will be able to use a new lane on the ring road next year.';
    expect(fuzzyMatchQuote(edited, quote, start)).toBeNull();
  });

  it('rejects a match with too many edits even in the right place', () => {
    const { quote, start } = quoteOf('Officials confirmed on Tuesday');
    const edited = TEXT.replace('Officials confirmed on Tuesday', 'The mayor announced on Friday');
    expect(fuzzyMatchQuote(edited, quote, start)).toBeNull();
  });

  it('does not fuzzy-match quotes of three characters or fewer', () => {
    const { quote, start } = quoteOf('May');
    expect(fuzzyMatchQuote(TEXT.replace('May', 'Mai'), quote, start)).toBeNull();
  });
});
