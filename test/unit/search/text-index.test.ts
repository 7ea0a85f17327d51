// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldText, words } from '../../../core/search/fold';
import { TextIndex, type FieldTexts } from '../../../core/search/text-index';

/** Indexes a record that is its own id, so searches give ids back. */
function put<F extends string>(index: TextIndex<F, unknown>, id: string, fields: FieldTexts<F>): void {
  index.set(id, fields, id);
}

function index() {
  const i = new TextIndex({ title: 3, body: 1 });
  put(i, 'kirby', { title: 'Spokesman John Kirby', body: 'Washington prepares to suspend engagement on Syria' });
  put(i, 'lavrov', { title: 'Lavrov answers', body: 'The foreign ministry said Washington was to blame' });
  put(i, 'aleppo', { title: 'Aleppo under siege', body: 'Hospitals in Aleppo were hit; the ministry denied it' });
  return i;
}

describe('folding', () => {
  it('drops case, accents and compatibility forms, and spells out letters that do not decompose', () => {
    expect(foldText('Ça Ñandú ﬁnal Ｆｕｌｌ')).toBe('ca nandu final full');
    expect(words('Łódź, Straße; Ærø İstanbul')).toEqual(['lodz', 'strasse', 'aero', 'istanbul']);
  });

  it('splits Chinese and Japanese into characters, keeps other scripts whole', () => {
    expect(words('北京大学 Москва العربية')).toEqual(['北', '京', '大', '学', 'москва', 'العربية']);
  });
});

describe('TextIndex', () => {
  it('finds records holding every word, as the start of a word, whatever case or accents', () => {
    const i = index();
    expect(i.search('washington')?.sort()).toEqual(['kirby', 'lavrov']);
    expect(i.search('WASH minis')).toEqual(['lavrov']);
    expect(i.search('alep')).toEqual(['aleppo']);
    expect(i.search('Álèppo hôspitals')).toEqual(['aleppo']);
    expect(i.search('washington aleppo')).toEqual([]);
  });

  it('says null for a query without words, and [] for no match', () => {
    const i = index();
    expect(i.search('  ,; ')).toBeNull();
    expect(i.search('zzz')).toEqual([]);
  });

  it('takes a lone letter as a word unless it is the last, still being typed', () => {
    const i = new TextIndex({ body: 1 });
    put(i, 'a', { body: 'a plan' });
    put(i, 'b', { body: 'another plan' });
    expect(i.search('a plan')).toEqual(['a']);
    expect(i.search('plan a')?.sort()).toEqual(['a', 'b']);
  });

  it('ranks a word in a boosted field, and a whole word, above a prefix in a plain one', () => {
    const i = new TextIndex({ title: 3, body: 1 });
    put(i, 'in-body', { title: 'Other', body: 'ministry statement' });
    put(i, 'in-title', { title: 'Ministry statement', body: '' });
    put(i, 'longer-word', { title: 'Ministries', body: '' });
    expect(i.search('ministry')).toEqual(['in-title', 'in-body']);
    expect(i.search('minis')?.filter((id) => id !== 'longer-word')).toEqual(['in-title', 'in-body']);
    const words = new TextIndex({ body: 1 });
    put(words, 'prefix', { body: 'talks' });
    put(words, 'exact', { body: 'talk' });
    expect(words.search('talk')).toEqual(['exact', 'prefix']);
  });

  it('ranks rare words above common ones', () => {
    const i = new TextIndex({ body: 1 });
    for (let n = 0; n < 20; n++) put(i, `common-${n}`, { body: 'ceasefire talks' });
    put(i, 'rare', { body: 'ceasefire collapsed talks' });
    put(i, 'other', { body: 'collapsed' });
    expect(i.search('ceasefire collapsed')).toEqual(['rare']);
    expect(i.search('collapsed')!.length).toBe(2);
  });

  it('replaces a record on set and forgets it on delete, also after compaction', () => {
    const i = index();
    put(i, 'kirby', { title: 'Renamed', body: 'nothing else' });
    expect(i.search('washington')).toEqual(['lavrov']);
    expect(i.search('renamed')).toEqual(['kirby']);
    i.delete('lavrov');
    expect(i.search('washington')).toEqual([]);
    expect(i.size).toBe(2);
    const many = new TextIndex({ body: 1 });
    for (let n = 0; n < 12_000; n++) put(many, String(n), { body: `record number${n}` });
    for (let n = 0; n < 11_000; n++) many.delete(String(n));
    expect(many.search('record')?.length).toBe(1000);
    expect(many.search('number11500')).toEqual(['11500']);
    expect(many.search('number5')).toEqual([]);
  });
});
