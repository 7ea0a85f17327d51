// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hostOf, LibrarySearch } from '../../../core/search/library-search';
import { annotation, party } from '../support/records';
import { article } from './records';

/** The ids of what a search found, in its order. */
function ids(records: { id: string }[] | undefined): string[] | undefined {
  return records?.map((r) => r.id);
}

describe('LibrarySearch', () => {
  function seeded() {
    const search = new LibrarySearch();
    const kirby = party({ id: 'kirby', name: 'John Kirby', aliases: ['Admiral Kirby'] });
    const claim = annotation({
      id: 'claim',
      kind: 'claim',
      note: 'Check the State Department transcript',
      tags: ['diplomacy'],
      claim: { claimantId: 'kirby', aboutIds: [], verdict: 'True', evidence: [] },
    });
    const plain = annotation({ id: 'plain', note: 'Nothing about him' });
    search.setParty(kirby);
    search.setArticle(
      article({ id: 'https://www.rferl.org/a/aleppo.html', title: 'Aleppo under fire', siteName: 'RFE/RL' }),
    );
    search.setAnnotation(claim);
    search.setAnnotation(plain);
    return { search, kirby, claim, plain };
  }

  it('searches quotes, notes, tags and the names of the parties an annotation names', () => {
    const { search } = seeded();
    expect(ids(search.search('quoted')?.annotations)?.sort()).toEqual(['claim', 'plain']);
    expect(ids(search.search('transcript')?.annotations)).toEqual(['claim']);
    expect(ids(search.search('diplo')?.annotations)).toEqual(['claim']);
    expect(ids(search.search('admiral quoted')?.annotations)).toEqual(['claim']);
    expect(ids(search.search('kirby')?.parties)).toEqual(['kirby']);
  });

  it('searches article titles and sites', () => {
    const { search } = seeded();
    expect(ids(search.search('aleppo')?.articles)).toEqual(['https://www.rferl.org/a/aleppo.html']);
    expect(ids(search.search('rferl')?.articles)).toEqual(['https://www.rferl.org/a/aleppo.html']);
    expect(ids(search.search('aleppo')?.annotations)).toEqual([]);
  });

  it('follows a party rename into the annotations that name it', () => {
    const { search, kirby, claim } = seeded();
    search.setParty({ ...kirby, name: 'J. Kirby', aliases: ['Spokesman'] }, [claim]);
    expect(ids(search.search('admiral')?.annotations)).toEqual([]);
    expect(ids(search.search('spokesman')?.annotations)).toEqual(['claim']);
    search.deleteParty('kirby', [claim]);
    expect(search.search('spokesman')).toEqual({ annotations: [], articles: [], parties: [] });
  });

  it('ranks a match in a tag above one in a quote or party name, and those above one in a note', () => {
    const search = new LibrarySearch();
    search.setParty(party({ id: 'unhcr', name: 'UNHCR refugee agency' }));
    search.setAnnotation(annotation({ id: 'in-note', note: 'refugees crossed overnight' }));
    search.setAnnotation(annotation({ id: 'in-party', kind: 'party-mention', partyId: 'unhcr' }));
    search.setAnnotation(
      annotation({
        id: 'in-quote',
        target: { ...annotation().target, quote: { ...annotation().target.quote, exact: 'Refugees' } },
      }),
    );
    search.setAnnotation(annotation({ id: 'in-tag', tags: ['refugees'] }));
    expect(ids(search.search('refug')?.annotations)).toEqual(['in-tag', 'in-party', 'in-quote', 'in-note']);
    search.setArticle(article({ id: 'by', title: 'Other news', byline: 'Refugee desk' }));
    search.setArticle(article({ id: 'titled', title: 'Refugees at the border', byline: '' }));
    expect(ids(search.search('refugee')?.articles)).toEqual(['titled', 'by']);
  });

  it('forgets deleted records', () => {
    const { search } = seeded();
    search.deleteAnnotation('claim');
    search.deleteArticle('https://www.rferl.org/a/aleppo.html');
    expect(ids(search.search('transcript')?.annotations)).toEqual([]);
    expect(ids(search.search('aleppo')?.articles)).toEqual([]);
    expect(search.search('')).toBeNull();
  });

  it('names a site by its host without www', () => {
    expect(hostOf('https://www.rferl.org/a/x.html')).toBe('rferl.org');
    expect(hostOf('not a url')).toBe('');
  });
});
