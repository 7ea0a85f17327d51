import { beforeEach, describe, expect, it } from 'vitest';
import { isInEditable, selectedRange } from '../../../entrypoints/annotator/selection';

function select(node: Node, start: number, end: number, endNode: Node = node) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('selection helpers', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.designMode = 'off';
  });

  it('returns the selected page text as a range copy', () => {
    document.body.innerHTML = '<p id="p">Kerry threatened to cut off all cooperation.</p>';
    const text = document.getElementById('p')!.firstChild!;
    select(text, 0, 5);
    const range = selectedRange(document);
    expect(range?.toString()).toBe('Kerry');
    document.getSelection()!.removeAllRanges();
    expect(range?.toString()).toBe('Kerry');
  });

  it('ignores an empty or white-space-only selection', () => {
    document.body.innerHTML = '<p id="p">a   b</p>';
    const text = document.getElementById('p')!.firstChild!;
    select(text, 1, 1);
    expect(selectedRange(document)).toBeNull();
    select(text, 1, 4);
    expect(selectedRange(document)).toBeNull();
  });

  it('ignores selections in form fields and editable regions', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="e">editable text</p></div><textarea id="t">typed</textarea><p id="n" contenteditable="false">plain</p>';
    select(document.getElementById('e')!.firstChild!, 0, 8);
    expect(selectedRange(document)).toBeNull();
    expect(isInEditable(document.getElementById('t'))).toBe(true);
    expect(isInEditable(document.getElementById('n')!.firstChild)).toBe(false);
  });

  it('ignores the whole page when it is in design mode', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    document.designMode = 'on';
    expect(isInEditable(document.getElementById('p')!.firstChild)).toBe(true);
  });

  it("ignores selections inside Marginalia's own UI", () => {
    const host = document.createElement('marginalia-ui');
    host.textContent = 'toolbar label';
    document.documentElement.append(host);
    select(host.firstChild!, 0, 7);
    expect(selectedRange(document)).toBeNull();
    host.remove();
  });
});
