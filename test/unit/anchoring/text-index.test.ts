import { describe, expect, it } from 'vitest';
import { buildTextIndex, offsetsToRange, rangeToOffsets, textSegments } from '../../../core/anchoring/text-index';
import { detachedPageFrom, pageFrom, textNodeWith } from './dom';

function textOf(html: string, exclude?: (el: Element) => boolean): string {
  return buildTextIndex(pageFrom(html), { exclude }).text;
}

describe('buildTextIndex normalisation', () => {
  it.each([
    ['paragraphs are separated by one space', '<p>a</p><p>b</p>', 'a b'],
    ['inline formatting does not split a word', '<b>wo</b>rd', 'word'],
    [
      'links and emphasis read as running text',
      'See <a href="#x">the <em>full</em> report</a>.',
      'See the full report.',
    ],
    ['indentation and newlines collapse', '\n  <p>\n    Hello\n      world\n  </p>\n', 'Hello world'],
    ['a line break separates words', 'line<br>break', 'line break'],
    ['a line break next to spaces still gives one space', 'line <br> break', 'line break'],
    ['list items are separated', '<ul><li>one</li><li>two</li></ul><ol><li>three</li></ol>', 'one two three'],
    [
      'nested blocks give one space per boundary',
      '<div><div><p>a</p></div><blockquote><p>b</p></blockquote></div>c',
      'a b c',
    ],
    ['table cells are separated', '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>', 'a b c'],
    ['headings and rules separate', '<h2>Title</h2>Body<hr>End', 'Title Body End'],
    ['empty blocks add nothing twice', 'a<p></p><p></p>b', 'a b'],
    ['leading and trailing whitespace is dropped', '  <p>  a  </p>  ', 'a'],
    [
      'unrendered elements are skipped',
      'a<script>var x = 1;</script><style>p{}</style>b<template>t</template><noscript>n</noscript>c',
      'abc',
    ],
    ['form controls are skipped', 'a <textarea>draft</textarea><select><option>opt</option></select> b', 'a b'],
    ['nbsp and other unicode spaces collapse', 'a\u00a0\u00a0b\u202fc\u3000d\u2009e', 'a b c d e'],
    ['invisible characters are dropped', 'Ver\u00adsion\u200b one\ufeff', 'Version one'],
    [
      'right-to-left text is kept in logical order',
      '<p dir="rtl">مرحبا <b>بالعالم</b></p><p>שלום עולם</p>',
      'مرحبا بالعالم שלום עולם',
    ],
    ['emoji stay whole', '<p>I 😀 <b>👍🏽</b> it</p>', 'I 😀 👍🏽 it'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('leaves out elements the caller excludes, with their descendants', () => {
    const html = 'Before <div class="ui">Add <b>note</b></div>after';
    expect(textOf(html, (el) => el.classList.contains('ui'))).toBe('Before after');
  });

  it('composes decomposed accents, so NFD and NFC pages read the same', () => {
    const nfd = 'Cafe\u0301 de\u0301ja\u0300 vu';
    expect(textOf(nfd)).toBe('Café déjà vu');
    expect(textOf(nfd)).toBe(textOf(nfd.normalize('NFC')));
  });

  it('keeps marks that have no composed form', () => {
    expect(textOf('q\u0307 x')).toBe('q\u0307 x');
  });

  it('reads a text node given as the root', () => {
    const body = pageFrom('<p>  plain   text </p>');
    const index = buildTextIndex(textNodeWith(body, 'plain'));
    expect(index.text).toBe('plain text');
  });

  it('gives an empty text for an empty subtree', () => {
    const index = buildTextIndex(pageFrom(''));
    expect(index.text).toBe('');
    expect(offsetsToRange(index, 0, 0).collapsed).toBe(true);
  });

  it('indexes the whole document when given one', () => {
    const body = pageFrom('<p>only body text</p>');
    expect(buildTextIndex(body.ownerDocument).text).toBe('only body text');
  });
});

describe('offsetsToRange', () => {
  it('maps a span inside one text node', () => {
    const body = pageFrom('<p>The quick brown fox</p>');
    const index = buildTextIndex(body);
    const start = index.text.indexOf('quick');
    const range = offsetsToRange(index, start, start + 'quick brown'.length);
    expect(range.toString()).toBe('quick brown');
  });

  it('maps a span across inline markup', () => {
    const body = pageFrom('See <a href="#x">the <em>full</em> report</a>.');
    const index = buildTextIndex(body);
    const start = index.text.indexOf('the full');
    const range = offsetsToRange(index, start, start + 'the full report'.length);
    expect(range.toString()).toBe('the full report');
    expect(range.startContainer).toBe(textNodeWith(body, 'the '));
    expect(range.endContainer).toBe(textNodeWith(body, ' report'));
  });

  it('maps a span across paragraphs to the DOM text of both', () => {
    const body = pageFrom('<p>first para</p>\n<p>second para</p>');
    const index = buildTextIndex(body);
    const range = offsetsToRange(index, index.text.indexOf('para'), index.text.indexOf('second') + 6);
    expect(range.startContainer).toBe(textNodeWith(body, 'first'));
    expect(range.startOffset).toBe(6);
    expect(range.endContainer).toBe(textNodeWith(body, 'second'));
    expect(range.endOffset).toBe(6);
  });

  it('covers whole collapsed whitespace runs and decomposed letters', () => {
    const body = pageFrom('<p>a \n\t b Cafe\u0301!</p>');
    const index = buildTextIndex(body);
    expect(index.text).toBe('a b Café!');
    expect(offsetsToRange(index, 0, 3).toString()).toBe('a \n\t b');
    const e = index.text.indexOf('é');
    const range = offsetsToRange(index, e, e + 1);
    expect(range.startOffset).toBe('a \n\t b Caf'.length);
    expect(range.toString()).toBe('e\u0301');
  });

  it('clamps offsets outside the text', () => {
    const body = pageFrom('<p>short</p>');
    const index = buildTextIndex(body);
    expect(offsetsToRange(index, -5, 99).toString()).toBe('short');
  });
});

describe('rangeToOffsets', () => {
  const html =
    '<h1>Title <i>here</i></h1>\n<p>One <a href="#a">two</a> three.<br>Four&nbsp;five</p>' +
    '<ul><li>six <b>se</b>ven</li><li>eight</li></ul><div class="ui">skip me</div><p>nine 😀 ten</p>';

  it('inverts offsetsToRange for every span that starts and ends on text', () => {
    const body = pageFrom(html);
    const index = buildTextIndex(body, { exclude: (el) => el.classList.contains('ui') });
    const { text } = index;
    let checked = 0;
    for (let s = 0; s < text.length; s += 1) {
      for (let e = s + 1; e <= text.length; e += 1) {
        if (text[s] === ' ' || text[e - 1] === ' ') continue;
        expect(rangeToOffsets(index, offsetsToRange(index, s, e))).toEqual({ start: s, end: e });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('reads ranges whose boundaries sit on elements', () => {
    const body = pageFrom(html);
    const index = buildTextIndex(body);
    const range = document.createRange();
    range.selectNodeContents(body.querySelector('li') as Element);
    const offsets = rangeToOffsets(index, range);
    expect(offsets && index.text.slice(offsets.start, offsets.end)).toBe('six seven');
    range.selectNode(body.querySelector('a') as Element);
    const link = rangeToOffsets(index, range);
    expect(link && index.text.slice(link.start, link.end)).toBe('two');
  });

  it('moves a boundary inside an excluded element to the nearest indexed text', () => {
    const body = pageFrom(html);
    const index = buildTextIndex(body, { exclude: (el) => el.classList.contains('ui') });
    const range = document.createRange();
    range.setStart(textNodeWith(body, 'skip me'), 2);
    range.setEnd(textNodeWith(body, 'nine'), 4);
    const offsets = rangeToOffsets(index, range);
    expect(offsets && index.text.slice(offsets.start, offsets.end).trim()).toBe('nine');
  });

  it('returns null for a range in another document', () => {
    const index = buildTextIndex(pageFrom(html));
    const other = textNodeWith(detachedPageFrom('<p>elsewhere</p>'), 'else');
    const range = {
      startContainer: other,
      startOffset: 0,
      endContainer: other,
      endOffset: 4,
      collapsed: false,
    } as AbstractRange;
    expect(rangeToOffsets(index, range)).toBeNull();
  });
});

describe('textSegments', () => {
  it('lists each text node share of a span', () => {
    const body = pageFrom('<p>See <a href="#x">the <em>full</em> report</a>.</p><p>Next</p>');
    const index = buildTextIndex(body);
    const start = index.text.indexOf('the');
    const segments = textSegments(index, start, index.text.indexOf('Next') + 2);
    expect(segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['the ', 'full', ' report', '.', 'Ne']);
  });

  it('is empty for an empty span', () => {
    const index = buildTextIndex(pageFrom('<p>text</p>'));
    expect(textSegments(index, 2, 2)).toEqual([]);
  });
});
