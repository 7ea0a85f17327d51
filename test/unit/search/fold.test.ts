// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldText, words } from '../../../core/search/fold';

describe('folding', () => {
  it('drops case, accents and compatibility forms, and spells out letters that do not decompose', () => {
    expect(foldText('Ça Ñandú ﬁnal Ｆｕｌｌ')).toBe('ca nandu final full');
    expect(words('Łódź, Straße; Ærø İstanbul')).toEqual(['lodz', 'strasse', 'aero', 'istanbul']);
  });

  it('splits Chinese and Japanese into characters, keeps other scripts whole', () => {
    expect(words('北京大学 Москва العربية')).toEqual(['北', '京', '大', '学', 'москва', 'العربية']);
  });
});
