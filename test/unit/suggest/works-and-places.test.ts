// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: polls, buildings and events named like organisations', () => {
  it('reads a poll as its pollster’s', () => {
    const result = suggest('A new Harbor Research Institute Poll from June showed that voters were split.');
    expect(party(result, 'Harbor Research Institute').kind).toBe('organization');
    expect(names(result)).not.toContain('Harbor Research Institute Poll');
  });

  it('reads a cathedral and a station as places, not parties', () => {
    const result = suggest(
      'Mourners gathered at the Northfield Cathedral. The crew of the Orbital Research Station sent pictures.',
    );
    expect(names(result)).toEqual([]);
  });

  it('reads a series of games as an event, not a party', () => {
    const result = suggest('She pitched in the Youth Soccer League World Series last summer.');
    expect(names(result)).toEqual([]);
  });
});

describe('suggest: places named after other places', () => {
  it('reads no country from a gulf or a sea named after it', () => {
    const result = suggest(
      'Tankers left the Sea of Japan in May, Dana Wells said. Most of the oil stayed in the Gulf of Mexico, she said. The Gulf of Mexico is warm.',
    );
    expect(names(result)).not.toContain('Japan');
    expect(names(result)).not.toContain('Mexico');
    expect(names(result)).toContain('Dana Wells');
  });

  it('keeps a country that speaks beside a sea named after it', () => {
    const result = suggest('Ships sailed in the Sea of Japan, Dana Wells said. Japan said the ships had left.');
    expect(names(result)).toContain('Japan');
  });
});

describe('suggest: countries named only as where something is', () => {
  it('reads no party from a country only moved to, or only where a body sits', () => {
    const result = suggest(
      'Growing up, the family moved from Utah to Japan and back to Oklahoma. ' +
        'The dish is bigger than the Arecibo Observatory in Puerto Rico, Dana Wells said. ' +
        'UK INSTITUTES have backed the new rules.',
    );
    expect(names(result).filter((n) => /Japan|Puerto Rico|United Kingdom/.test(n))).toEqual([]);
  });

  it('keeps a country that acts or speaks, however else the text names it', () => {
    const result = suggest(
      'Fighting went on in Syria and in Kenya. The UK must stay in the EU, he said. Syria said the talks had failed.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Syria', 'United Kingdom']));
    expect(names(result)).not.toContain('Kenya');
  });
});

describe('suggest: public programmes', () => {
  it('does not take Medicare, Medicaid or Social Security for parties', () => {
    const result = suggest(
      'Senator Dana Pruitt said Medicare and Social Security must be saved. Spending on Medicaid rose, the Budget Office said.',
    );
    expect(names(result).filter((n) => /Medicare|Medicaid|Social Security/.test(n))).toEqual([]);
    expect(claimOf(result, 'Senator Dana Pruitt said').claimant).toBe('Dana Pruitt');
  });
});
