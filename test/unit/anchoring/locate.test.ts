import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../core/anchoring/locate';
import { quoteAt } from '../../../core/anchoring/text-quote';
import type { TextPositionSelector, TextQuoteSelector } from '../../../core/model/selectors';

const ARTICLE = [
  'The city council met on Monday evening to discuss the budget proposal for 2025.',
  'According to the finance office, spending on schools would rise by 5.2% next year, while road maintenance would be cut.',
  'Mayor Elena Ruiz said the plan was "a fair compromise between growth and restraint."',
  'Opposition members argued that the cuts would hurt rural districts the most.',
  'The council will vote on the budget at its next meeting on 14 March.',
  'Residents can submit comments online until the end of February.',
].join(' ');

interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

function selectorsFor(text: string, exact: string, occurrence = 0): Selectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${exact}`);
  const end = start + exact.length;
  return { quote: quoteAt(text, start, end), position: { type: 'TextPositionSelector', start, end } };
}

function relocate(edited: string, s: Selectors, shift?: number) {
  const found = locateQuote(edited, s.quote, s.position, { shift });
  return found && { state: found.state, text: edited.slice(found.start, found.end), start: found.start };
}

describe('locateQuote: the quote is still there', () => {
  it("is 'exact' on the unchanged text", () => {
    const s = selectorsFor(ARTICLE, 'spending on schools would rise by 5.2% next year');
    expect(relocate(ARTICLE, s)).toMatchObject({ state: 'exact', start: s.position.start });
  });

  it("is 'exact' at the recorded position even when the context around it was edited", () => {
    const s = selectorsFor(ARTICLE, 'Opposition members argued that the cuts would hurt rural districts');
    const edited = ARTICLE.replace('"a fair compromise', '"a balanced compromise').replace(
      'most.',
      'most, and in the suburbs.',
    );
    const shift = '"a balanced'.length - '"a fair'.length;
    expect(relocate(edited, s)).toMatchObject({ state: 'moved', start: s.position.start + shift });
    const sameLength = ARTICLE.replace('the most.', 'the MOST.');
    expect(relocate(sameLength, s)).toMatchObject({ state: 'exact', start: s.position.start });
  });

  it("is 'moved' when text was added above it", () => {
    const s = selectorsFor(ARTICLE, 'Mayor Elena Ruiz said the plan');
    const edited = 'Updated at 10:00: adds reactions. ' + ARTICLE;
    expect(relocate(edited, s)).toEqual({
      state: 'moved',
      text: 'Mayor Elena Ruiz said the plan',
      start: s.position.start + 34,
    });
  });

  it("is 'moved' when paragraphs were reordered", () => {
    const sentences = ARTICLE.split('. ');
    const edited = [...sentences.slice(3), ...sentences.slice(0, 3)].join('. ');
    const s = selectorsFor(ARTICLE, 'Residents can submit comments online');
    expect(relocate(edited, s)).toMatchObject({ state: 'moved', text: 'Residents can submit comments online' });
  });

  it('tells repeated phrases apart by their context', () => {
    const first = selectorsFor(ARTICLE, 'the budget', 0);
    const second = selectorsFor(ARTICLE, 'the budget', 1);
    expect(first.position.start).not.toBe(second.position.start);
    const edited = 'New intro paragraph. ' + ARTICLE;
    expect(relocate(edited, first)?.start).toBe(first.position.start + 21);
    expect(relocate(edited, second)?.start).toBe(second.position.start + 21);
  });

  it('takes the nearest of identical passages when even the context repeats', () => {
    const block = 'Read more: how the budget works. ';
    const text = block.repeat(5);
    const third = selectorsFor(text, 'how the budget works', 2);
    const edited = 'Intro. ' + text;
    expect(relocate(edited, third)).toMatchObject({ state: 'moved', start: third.position.start + 7 });
  });

  it('looks first where earlier passages moved to', () => {
    const s = selectorsFor(ARTICLE, 'The council will vote');
    const edited = 'x'.repeat(500) + ' ' + ARTICLE;
    expect(relocate(edited, s, 501)).toMatchObject({ state: 'moved', start: s.position.start + 501 });
  });

  it('needs context to move a short quote', () => {
    const s = selectorsFor(ARTICLE, 'council', 1);
    const edited = 'Update: the council clarified. ' + ARTICLE;
    expect(relocate(edited, s)).toMatchObject({ state: 'moved', start: s.position.start + 31 });
  });

  it('anchors a quote at the very start of the text (no prefix)', () => {
    const s = selectorsFor(ARTICLE, 'The city council met');
    expect(s.quote.prefix).toBe('');
    expect(relocate(ARTICLE, s)).toMatchObject({ state: 'exact', start: 0 });
  });
});

describe('locateQuote: the quote was edited', () => {
  const s = selectorsFor(ARTICLE, 'According to the finance office, spending on schools would rise by 5.2% next year');

  it.each([
    ['a word changed', 'finance office', 'finance department'],
    ['a typo fixed', 'According to', 'Acording to'],
    ['punctuation changed', 'office, spending', 'office; spending'],
    ['a number updated', '5.2%', '5.4%'],
    ['a word added', 'would rise', 'would sharply rise'],
  ])("is 'fuzzy' after %s", (_name, from, to) => {
    // Edits run both ways: the stored quote may hold the typo or the fix.
    const edited = ARTICLE.replace(from, to);
    const expectedText = s.quote.exact.replace(from, to);
    expect(relocate(edited, s)).toMatchObject({ state: 'fuzzy', text: expectedText });
  });

  it("is 'fuzzy' when straight quotation marks became curly ones, even in a short quote", () => {
    const q = selectorsFor(ARTICLE, '"a fair compromise"'.slice(0, 18));
    const edited = ARTICLE.replace('"a fair', '\u201ca fair').replace('restraint."', 'restraint.\u201d');
    expect(relocate(edited, q)).toMatchObject({ state: 'fuzzy', text: '\u201ca fair compromise' });
  });

  it("is 'fuzzy' when a short number changed in place", () => {
    const q = selectorsFor(ARTICLE, '14 March');
    const edited = ARTICLE.replace('14 March', '21 March');
    expect(relocate(edited, q)).toMatchObject({ state: 'fuzzy', text: '21 March' });
  });

  it("is 'fuzzy' after an edit and a move together", () => {
    const edited = 'Breaking: more below. '.repeat(20) + ARTICLE.replace('5.2%', '5.9%');
    expect(relocate(edited, s)).toMatchObject({ state: 'fuzzy', text: s.quote.exact.replace('5.2%', '5.9%') });
  });

  it('finds an edited quote far from its recorded place', () => {
    const edited =
      ARTICLE.replace(s.quote.exact + ', ', '') +
      ' '.repeat(1) +
      'filler '.repeat(800) +
      s.quote.prefix +
      s.quote.exact.replace('finance office', 'finance team') +
      s.quote.suffix;
    expect(relocate(edited, s)).toMatchObject({
      state: 'fuzzy',
      text: s.quote.exact.replace('finance office', 'finance team'),
    });
  });

  it("keeps right-to-left text: an Arabic word changed is 'fuzzy'", () => {
    const arabic =
      'قال رئيس البلدية إن الميزانية الجديدة ستزيد الإنفاق على المدارس بنسبة كبيرة هذا العام. وأضاف أن الطرق ستحصل على تمويل أقل.';
    const q = selectorsFor(arabic, 'إن الميزانية الجديدة ستزيد الإنفاق على المدارس');
    const edited = arabic.replace('الجديدة', 'المقترحة');
    expect(relocate(edited, q)).toMatchObject({ state: 'fuzzy', text: q.quote.exact.replace('الجديدة', 'المقترحة') });
  });

  it('never splits an emoji when the emoji changed', () => {
    const text = 'Fans reacted online with 👍 and cheers after the final whistle blew tonight.';
    const q = selectorsFor(text, 'reacted online with 👍');
    const edited = text.replace('👍', '👎');
    const found = locateQuote(edited, q.quote, q.position);
    expect(found?.state).toBe('fuzzy');
    expect(found && edited.slice(found.start, found.end)).toBe('reacted online with 👎');
  });
});

describe('locateQuote: orphans', () => {
  it('gives up on a deleted sentence', () => {
    const s = selectorsFor(ARTICLE, 'Opposition members argued that the cuts would hurt rural districts the most.');
    const edited = ARTICLE.replace(s.quote.exact + ' ', '');
    expect(relocate(edited, s)).toBeNull();
  });

  it('gives up on a deleted sentence although a similar one remains', () => {
    const text =
      'Prices rose 5% in January, the office said. Prices rose 3% in February, the office said. Wages were flat.';
    const s = selectorsFor(text, 'Prices rose 5% in January, the office said.');
    const edited = text.replace('Prices rose 5% in January, the office said. ', '');
    expect(relocate(edited, s)).toBeNull();
  });

  it('gives up on a rewritten sentence', () => {
    const s = selectorsFor(ARTICLE, 'Residents can submit comments online until the end of February.');
    const edited = ARTICLE.replace(s.quote.exact, 'Comments from residents are welcome by post until March.');
    expect(relocate(edited, s)).toBeNull();
  });

  it('does not move a short quote to the same word in unrelated context', () => {
    const s = selectorsFor(ARTICLE, 'rural');
    const edited =
      ARTICLE.replace('that the cuts would hurt rural districts the most', 'that the cuts were unfair') +
      ' Farmers in rural areas were not consulted either.';
    expect(relocate(edited, s)).toBeNull();
  });

  it('does not fuzzy-match a short quote whose context is gone', () => {
    const s = selectorsFor(ARTICLE, 'Elena Ruiz');
    const edited =
      ARTICLE.replace('Mayor Elena Ruiz said the plan was', 'Critics called it') +
      ' A spokesman for Elena Ruis declined to comment.';
    expect(relocate(edited, s)).toBeNull();
  });

  it('gives up on quotes too short to fuzzy-match', () => {
    const s = selectorsFor(ARTICLE, '5.2');
    expect(relocate(ARTICLE.replace('5.2', '6.1'), s)).toBeNull();
  });

  it('gives up when the quote is missing entirely', () => {
    const s = selectorsFor(ARTICLE, 'Mayor Elena Ruiz');
    expect(relocate('', s)).toBeNull();
    expect(relocate('Completely different article text about football results and weather.', s)).toBeNull();
  });
});

describe('locateQuote: long distinctive quotes', () => {
  it('moves an unchanged long quote even though its context changed everywhere', () => {
    const long = 'spending on schools would rise by 5.2% next year, while road maintenance would be cut';
    const s = selectorsFor(ARTICLE, long);
    const edited = `Summary of the story. The office now says ${long} as well. Nothing else is known.`;
    expect(relocate(edited, s)).toMatchObject({ state: 'moved', text: long });
  });

  it('still rejects a short one in the same situation', () => {
    const s = selectorsFor(ARTICLE, 'road maintenance');
    expect(relocate('Nothing about road maintenance here at all, really.', s)).toBeNull();
  });
});
