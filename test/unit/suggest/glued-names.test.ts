// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names, party } from './support';

describe('suggest: names glued to others, and names before a role', () => {
  it('reads "Mr. Quattrone’s personal lawyer" as a person’s lawyer, not an organisation’s', () => {
    const result = suggest(
      'Mr. Quattrone spoke on Monday. The envoy said he met Mr. Quattrone’s personal lawyer twice.',
    );
    expect(party(result, 'Mr. Quattrone').aliases).toContain('Quattrone');
    expect(names(result).filter((n) => n.includes('Quattrone'))).toEqual(['Mr. Quattrone']);
  });

  it('reads "Ruscetti and the president" as two people, not an organisation’s president', () => {
    const result = suggest(
      'Dana Ruscetti ran the port. He said Ruscetti and the president still believed the deal was sound.',
    );
    expect(names(result).filter((n) => n.includes('Ruscetti'))).toEqual(['Dana Ruscetti']);
    expect(party(result, 'Dana Ruscetti').aliases).toContain('Ruscetti');
  });

  it('splits "the ambassador to the Arctic Council Gordon Pell" into the council and the person', () => {
    const result = suggest(
      'The ambassador to the Arctic Council Gordon Pell said the talks had failed. Pell flew home on Friday.',
    );
    expect(party(result, 'Arctic Council').kind).toBe('organization');
    expect(party(result, 'Gordon Pell').kind).toBe('person');
    expect(names(result)).not.toContain('Arctic Council Gordon Pell');
  });

  it('splits "the Nordic Energy Council Norway expert" into the council and the country', () => {
    const result = suggest(
      'Ida Moe, the Nordic Energy Council Norway expert, said prices would rise. The Nordic Energy Council said nothing.',
    );
    expect(party(result, 'Nordic Energy Council').kind).toBe('organization');
    expect(names(result)).not.toContain('Nordic Energy Council Norway');
  });

  it('keeps a country that ends an organisation’s name when no role follows: "the Baltic Trade Council Norway said"', () => {
    const result = suggest('A report by the Baltic Trade Council Norway said the law was unjust.');
    expect(names(result)).toContain('Baltic Trade Council Norway');
  });
});
