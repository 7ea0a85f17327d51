// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../../core/search/fold';
import { RecordIndex } from '../../../core/search/record-index';

/** An index of records that are their own ids, so searches give ids back. */
function indexOf(records: Record<string, string[]>, tiers = 3): RecordIndex<string> {
  const index = new RecordIndex<string>(tiers);
  for (const [id, texts] of Object.entries(records)) index.set(id, id, texts);
  return index;
}

function sample() {
  return indexOf({
    kirby: ['Spokesman John Kirby', 'Washington prepares to suspend engagement on Syria'],
    lavrov: ['Lavrov answers', 'The foreign ministry said Washington was to blame'],
    aleppo: ['Aleppo under siege', 'Hospitals in Aleppo were hit; the ministry denied it'],
  });
}

describe('RecordIndex', () => {
  it('finds records holding every word, as the start of a word, whatever case or accents', () => {
    const i = sample();
    expect(i.search('washington')?.sort()).toEqual(['kirby', 'lavrov']);
    expect(i.search('WASH minis')).toEqual(['lavrov']);
    expect(i.search('alep')).toEqual(['aleppo']);
    expect(i.search('Álèppo hôspitals')).toEqual(['aleppo']);
    expect(i.search('washington aleppo')).toEqual([]);
    expect(i.search('ashington')).toEqual([]);
  });

  it('narrows as the reader types, one key at a time', () => {
    const i = sample();
    const typed = 'wash pre';
    const found = Array.from({ length: typed.length }, (_, n) => i.search(typed.slice(0, n + 1))?.sort() ?? null);
    expect(found[0]).toEqual(['aleppo', 'kirby', 'lavrov']); // "w": were, washington, was
    expect(found[1]).toEqual(['kirby', 'lavrov']); // "wa"
    expect(found[3]).toEqual(['kirby', 'lavrov']); // "wash"
    expect(found[4]).toEqual(['kirby', 'lavrov']); // "wash " adds no word
    expect(found[5]).toEqual(['kirby']); // "wash p": prepares
    expect(found[7]).toEqual(['kirby']);
  });

  it('says null for a query without words, and [] for no match', () => {
    const i = sample();
    expect(i.search('  ,; ')).toBeNull();
    expect(i.search('zzz')).toEqual([]);
    expect(new RecordIndex<string>(1).search('anything')).toEqual([]);
  });

  it('ranks a record by the least telling tier a query word is found in, then by when it was indexed', () => {
    const i = indexOf({
      note: ['', '', 'ministry statement'],
      quote: ['', 'ministry statement', ''],
      tag: ['ministry', '', 'statement'],
      title: ['ministry statement', '', ''],
    });
    expect(i.search('ministry')).toEqual(['tag', 'title', 'quote', 'note']);
    // The tag holds "ministry" in the first tier but "statement" only in the last.
    expect(i.search('minis stat')).toEqual(['title', 'quote', 'note', 'tag']);
  });

  it('keeps a word in its own tier when the text holds the character that separates tiers', () => {
    const i = indexOf({ later: ['', 'beta', ''], first: ['alpha\u0001beta', '', ''] });
    expect(i.search('beta')).toEqual(['first', 'later']);
  });

  it('replaces a record on set and forgets it on delete, also when no record holds a word any more', () => {
    const i = sample();
    i.set('kirby', 'kirby', ['Renamed', 'nothing else']);
    expect(i.search('washington')).toEqual(['lavrov']);
    expect(i.search('renamed')).toEqual(['kirby']);
    expect(i.search('spokes')).toEqual([]);
    i.delete('lavrov');
    expect(i.search('washington')).toEqual([]);
    expect(i.search('lavrov')).toEqual([]);
    expect(i.size).toBe(2);
    expect(i.has('lavrov')).toBe(false);
    i.delete('missing');
    i.clear();
    expect(i.size).toBe(0);
    expect(i.search('aleppo')).toEqual([]);
  });

  it('stays exact through many additions and deletions', () => {
    const many = new RecordIndex<string>(1);
    for (let n = 0; n < 12_000; n++) many.set(String(n), String(n), [`record number${n}`]);
    for (let n = 0; n < 11_000; n++) many.delete(String(n));
    for (let n = 11_000; n < 11_500; n++) many.set(String(n), String(n), [`edited number${n}`]);
    expect(many.search('record')?.length).toBe(500);
    expect(many.search('edited')?.length).toBe(500);
    expect(many.search('number11500')).toEqual(['11500']);
    expect(many.search('number5')).toEqual([]);
    expect(many.size).toBe(1000);
  });

  it('finds Chinese by its characters and other scripts by their words', () => {
    const i = indexOf({ zh: ['北京大学的报告'], ru: ['Москва заявила'], ar: ['العربية'] });
    expect(i.search('大学')).toEqual(['zh']);
    expect(i.search('学大')).toEqual(['zh']);
    expect(i.search('моск')).toEqual(['ru']);
    expect(i.search('العر')).toEqual(['ar']);
  });

  it('indexes and finds every naughty string by its own words, and takes each as a query', async () => {
    const file = path.join(import.meta.dirname, '..', '..', 'fixtures', 'naughty-strings.json');
    const naughty = JSON.parse(await readFile(file, 'utf8')) as string[];
    const extra = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty toString valueOf', '\ud800 lone \udfff'];
    const strings = [...naughty, ...extra];
    const i = new RecordIndex<number>(3);
    strings.forEach((text, n) => i.set(`s${n}`, n, ['', text, '']));
    let searched = 0;
    strings.forEach((text, n) => {
      const found = i.search(text);
      if (words(text).length === 0) expect(found, JSON.stringify(text)).toBeNull();
      else {
        expect(found, JSON.stringify(text)).toContain(n);
        searched++;
      }
    });
    expect(searched).toBeGreaterThan(300);
    expect(i.search('__proto__')).toContain(strings.indexOf('__proto__'));
    expect(i.search('lone')).toEqual([strings.length - 1]);
  });
});
