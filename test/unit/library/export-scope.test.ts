// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scopeLabel, scopeSnapshot } from '../../../components/library/export-scope';
import type { LibrarySnapshot } from '../../../core/exchange/snapshot';
import { annotation, party } from '../support/records';
import { article } from '../search/records';

const A = 'https://news.example.org/a.html';
const B = 'https://news.example.org/b.html';

function library(): LibrarySnapshot {
  return {
    articles: [article({ id: A }), article({ id: B })],
    annotations: [
      annotation({
        id: 'a-claim',
        articleId: A,
        kind: 'claim',
        claim: { claimantId: 'kirby', aboutIds: [], verdict: 'True', evidence: [] },
      }),
      annotation({ id: 'a-mention', articleId: A, kind: 'party-mention', partyId: 'lavrov' }),
      annotation({ id: 'b-note', articleId: B }),
    ],
    parties: [party({ id: 'kirby', name: 'Kirby' }), party({ id: 'lavrov', name: 'Lavrov' })],
    settings: [{ key: 'verdictScale', value: ['Unrated', 'True'] }],
  };
}

describe('export scopes', () => {
  it('take the whole library as it is', () => {
    const whole = library();
    expect(scopeSnapshot(whole, { kind: 'library' })).toBe(whole);
    expect(scopeLabel({ kind: 'library' })).toBe('');
  });

  it('take some articles with everything on them, and the parties named there', () => {
    const part = scopeSnapshot(library(), { kind: 'articles', articleIds: [A], label: 'Essay sources' });
    expect(part.articles.map((a) => a.id)).toEqual([A]);
    expect(part.annotations.map((a) => a.id)).toEqual(['a-claim', 'a-mention']);
    expect(part.parties.map((p) => p.id)).toEqual(['kirby', 'lavrov']);
    expect(part.settings).toEqual(library().settings);
  });

  it('take exactly what a filter kept: its articles, its annotations, the parties those name', () => {
    const part = scopeSnapshot(library(), {
      kind: 'selection',
      articleIds: [A],
      annotationIds: ['a-claim', 'b-note'],
      label: 'claims',
    });
    expect(part.articles.map((a) => a.id)).toEqual([A]);
    expect(part.annotations.map((a) => a.id)).toEqual(['a-claim']);
    expect(part.parties.map((p) => p.id)).toEqual(['kirby']);
    expect(scopeLabel({ kind: 'selection', articleIds: [], annotationIds: [], label: 'claims' })).toBe('claims');
  });
});
