import { describe, expect, it } from 'vitest';
import { anchorTargets, type AnchorTarget } from '../../../core/anchoring/anchor';
import { describeRange } from '../../../core/anchoring/describe';
import { buildTextIndex, type TextIndex } from '../../../core/anchoring/text-index';
import { pageFrom, rangeBetween } from './dom';

/** Normalised text a result's DOM range covers, read back through a fresh index. */
function rangeText(index: TextIndex, range: Range): string | undefined {
  return describeRange(index, range)?.quote.exact;
}

function targetFor(index: TextIndex, range: Range, id = 't'): AnchorTarget {
  const d = describeRange(index, range);
  if (!d) throw new Error('empty selection');
  return { id, ...d };
}

const SHAPES: [name: string, html: string, from: string, to: string, expected: string][] = [
  ['one paragraph', '<p>The quick brown fox jumps.</p>', 'quick', 'fox', 'quick brown fox'],
  [
    'several paragraphs',
    '<p>First para ends here.</p>\n<p>Second one.</p><p>Third starts now.</p>',
    'ends',
    'Third',
    'ends here. Second one. Third',
  ],
  [
    'list items',
    '<ul>\n  <li>apples</li>\n  <li>pears and <b>plums</b></li>\n</ul>',
    'apples',
    'plums',
    'apples pears and plums',
  ],
  [
    'links and inline formatting',
    '<p>Read <a href="#r">the <strong>full</strong> report</a> <i>here</i>.</p>',
    'the ',
    'here',
    'the full report here',
  ],
  ['a word split by markup', '<p>un<b>believ</b><i>able</i> news</p>', 'un', 'news', 'unbelievable news'],
  ['line breaks', '<p>Line one<br>line two<br/>\nline three</p>', 'one', 'three', 'one line two line three'],
  [
    'nested blocks',
    '<article><div><section><p>Deep</p></section></div><blockquote><p>quoted</p></blockquote></article>',
    'Deep',
    'quoted',
    'Deep quoted',
  ],
  ['table cells', '<table><tr><td>a1</td><td>b1</td></tr></table>', 'a1', 'b1', 'a1 b1'],
  ['non-breaking spaces', '<p>10&nbsp;km away&nbsp; from town</p>', '10', 'town', '10 km away from town'],
  ['right-to-left text', '<p dir="rtl">שלום <b>עולם</b> יפה</p>', 'שלום', 'יפה', 'שלום עולם יפה'],
  ['Arabic with markup', '<p>قال <a href="#a">الرئيس</a> اليوم</p>', 'قال', 'اليوم', 'قال الرئيس اليوم'],
  ['emoji', '<p>Fans 😀 <b>👍🏽</b> cheered</p>', '😀', 'cheered', '😀 👍🏽 cheered'],
  ['decomposed accents', '<p>un cafe\u0301 cre\u0300me</p>', 'cafe', 'cre\u0300me', 'café crème'],
];

describe('describe then anchor on an unchanged page', () => {
  it.each(SHAPES)("is 'exact' with the same text: %s", (_name, html, from, to, expected) => {
    const body = pageFrom(`<h1>Headline</h1>${html}<p>Closing words.</p>`);
    const index = buildTextIndex(body);
    const target = targetFor(index, rangeBetween(body, from, to));
    expect(target.quote.exact).toBe(expected);

    const [result] = anchorTargets(buildTextIndex(body), [target]);
    expect(result?.state).toBe('exact');
    if (result?.state === 'orphan' || !result) throw new Error('orphan');
    expect(index.text.slice(result.start, result.end)).toBe(expected);
    const again = describeRange(index, result.range);
    expect(again).toEqual({ quote: target.quote, position: target.position });
  });
});

describe('anchoring after the page changed', () => {
  const html =
    '<h1>Budget vote</h1><p>The council met on <b>Monday</b> to discuss the budget.</p>' +
    '<p>Spending on schools would rise by 5.2% next year, the finance office said.</p>' +
    '<p>The opposition said the cuts would hurt rural districts the most.</p>';

  function targetsOn(body: HTMLElement): AnchorTarget[] {
    const index = buildTextIndex(body);
    return [
      targetFor(index, rangeBetween(body, 'Spending', 'next year'), 'schools'),
      targetFor(index, rangeBetween(body, 'met on', 'Monday'), 'monday'),
      targetFor(index, rangeBetween(body, 'opposition', 'the most.'), 'opposition'),
    ];
  }

  it("finds passages 'moved' when a paragraph was added above, with correct ranges", () => {
    const targets = targetsOn(pageFrom(html));
    const body = pageFrom(html.replace('<p>', "<p>Editor's note: updated with reactions.</p><p>"));
    const index = buildTextIndex(body);
    const results = anchorTargets(index, targets);
    expect(results.map((r) => [r.id, r.state])).toEqual([
      ['schools', 'moved'],
      ['monday', 'moved'],
      ['opposition', 'moved'],
    ]);
    for (const [i, r] of results.entries()) {
      if (r.state === 'orphan') throw new Error('orphan');
      expect(rangeText(index, r.range)).toBe(targets[i]?.quote.exact);
    }
  });

  it("stays 'exact' when only the markup was reformatted", () => {
    const targets = targetsOn(pageFrom(html));
    const reformatted = html
      .replaceAll('<p>', '\n  <p>\n    ')
      .replace('rise by', 'rise&nbsp;by')
      .replace('<b>Monday</b>', '<span class="day"><b>Mon</b>day</span>');
    const results = anchorTargets(buildTextIndex(pageFrom(reformatted)), targets);
    expect(results.map((r) => r.state)).toEqual(['exact', 'exact', 'exact']);
  });

  it("stays 'exact' when our own UI is inserted into the page and excluded", () => {
    const targets = targetsOn(pageFrom(html));
    const body = pageFrom(html.replace('</h1>', '</h1><div data-marginalia>3 notes on this page</div>'));
    const index = buildTextIndex(body, { exclude: (el) => el.hasAttribute('data-marginalia') });
    expect(anchorTargets(index, targets).map((r) => r.state)).toEqual(['exact', 'exact', 'exact']);
  });

  it("stays 'exact' when the page switches from NFD to NFC text", () => {
    const nfd = '<p>Le cafe\u0301 de\u0301ja\u0300 ferme\u0301 ce soir, dit le patron.</p>';
    const before = pageFrom(nfd);
    const target = targetFor(buildTextIndex(before), rangeBetween(before, 'cafe', 'ferme\u0301'));
    const index = buildTextIndex(pageFrom(nfd.normalize('NFC')));
    const [result] = anchorTargets(index, [target]);
    expect(result?.state).toBe('exact');
    if (result?.state === 'orphan' || !result) throw new Error('orphan');
    expect(result.range.toString()).toBe('café déjà fermé');
  });

  it("is 'fuzzy' after an edit inside the quote, and 'orphan' once it is deleted", () => {
    const targets = targetsOn(pageFrom(html));
    const edited = html
      .replace('5.2%', '5.4%')
      .replace('<p>The opposition said the cuts would hurt rural districts the most.</p>', '');
    const index = buildTextIndex(pageFrom(edited));
    const results = anchorTargets(index, targets);
    expect(results.map((r) => r.state)).toEqual(['fuzzy', 'exact', 'orphan']);
    const fuzzy = results[0];
    if (fuzzy?.state !== 'fuzzy') throw new Error('not fuzzy');
    expect(fuzzy.range.toString()).toBe('Spending on schools would rise by 5.4% next year');
    expect(results[2]).toEqual({ id: 'opposition', state: 'orphan' });
  });

  it('returns results in input order for a large batch, all moved by the same insertion', () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `<p>Paragraph ${i} says something particular about item number ${i * 7}.</p>`,
    ).join('');
    const before = pageFrom(paragraphs);
    const beforeIndex = buildTextIndex(before);
    const targets = Array.from({ length: 60 }, (_, i) => {
      const start = beforeIndex.text.indexOf(`Paragraph ${i} says`);
      const range = rangeBetween(before, `Paragraph ${i} says`, `number ${i * 7}.`);
      expect(start).toBeGreaterThanOrEqual(0);
      return targetFor(beforeIndex, range, `p${i}`);
    }).reverse();
    const index = buildTextIndex(pageFrom('<p>Live updates below.</p>' + paragraphs));
    const results = anchorTargets(index, targets);
    expect(results.map((r) => r.id)).toEqual(targets.map((t) => t.id));
    expect(new Set(results.map((r) => r.state))).toEqual(new Set(['moved']));
    for (const [i, r] of results.entries()) {
      if (r.state === 'orphan') throw new Error('orphan');
      expect(index.text.slice(r.start, r.end)).toBe(targets[i]?.quote.exact);
    }
  });

  it('anchors nothing for an empty batch', () => {
    expect(anchorTargets(buildTextIndex(pageFrom(html)), [])).toEqual([]);
  });
});
