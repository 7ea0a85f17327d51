// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names } from './support';

describe('suggest: places whose names open with a common word', () => {
  it('keeps "New" and "North" of a place opening a sentence, so no island or person is read instead', () => {
    for (const text of ['New Jersey has lost more than 5,000 casino jobs.', 'New Zealand has lost jobs.']) {
      const found = names(suggest(text));
      expect(found, text).not.toContain('Jersey');
      expect(found, text).not.toContain('Zealand');
    }
    expect(names(suggest('North Carolina has lost jobs.'))).not.toContain('Carolina');
  });

  it('reads "the State of New Jersey" as the place, not a titled person named Jersey', () => {
    const result = suggest('He failed to make a mark on the State of New Jersey, Doherty said.');
    expect(names(result)).toEqual(['Doherty']);
  });
});

describe('suggest: credit lines of wire stories', () => {
  it('leaves out the writers credited after "---", and the copyright line after it', () => {
    const result = suggest(
      'Ghani has also pressured Pakistan to force the Taliban to the table, to no avail. --- Associated Press writers ' +
        'Rahim Faiez and Mirwais Khan in Kabul, and Mitch Weiss in Greenville, South Carolina, contributed to this story. ' +
        '© 2016 The Associated Press.',
    );
    expect(names(result)).toEqual(['Pakistan', 'Taliban']);
  });

  it('leaves out a "To contact the reporter" line', () => {
    const result = suggest(
      'Everyone is a little bit afraid, Smith said. To contact the reporter on this story: Steve Matthews in Atlanta at smatthews@bloomberg.net',
    );
    expect(names(result)).toEqual(['Smith']);
  });
});
