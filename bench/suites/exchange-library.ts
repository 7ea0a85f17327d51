import type { LibrarySnapshot } from '../../core/exchange/snapshot';
import type { Article, Party } from '../../core/model';
import { makeRecords, seededRandom } from '../browser-lib/annotation-records';

const PARTY_KINDS = ['person', 'organization', 'country', 'group', 'other'] as const;

/**
 * A generated library of `count` annotations on one article per 100 (at least 10) with 300
 * parties: the same seeded records as the database benchmark, plus the articles and parties
 * they point to, so a backup of it is valid. Used by the exchange benchmark and by the tests
 * of large imports.
 */
export function generatedLibrary(count: number, seed = 1): LibrarySnapshot {
  const articleCount = Math.max(10, Math.floor(count / 100));
  const { annotations, articleIds, partyIds } = makeRecords(count, articleCount, 300, seed);
  const random = seededRandom(seed + 1);
  const articles = articleIds.map(
    (id, i): Article => ({
      id,
      url: id,
      urls: [id],
      title: `Story ${i}: talks resume after the ceasefire collapsed`,
      byline: i % 3 === 0 ? 'Reuters Staff' : `By Reporter ${String.fromCharCode(65 + (i % 26))}. Example`,
      siteName: 'Example News',
      publishedTime: new Date(Date.UTC(2024, i % 12, 1 + (i % 28))).toISOString(),
      language: 'en',
      excerpt: 'What happened, in a sentence.',
      isArticle: i % 10 !== 0,
      firstVisit: '2024-01-01T00:00:00.000Z',
      lastVisit: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }),
  );
  const parties = partyIds.map(
    (id, i): Party => ({
      id,
      name: `Party ${i}`,
      kind: PARTY_KINDS[Math.floor(random() * PARTY_KINDS.length)]!,
      aliases: i % 4 === 0 ? [`P${i}`] : [],
      description: '',
      created: '2024-01-01T00:00:00.000Z',
      updated: '2024-01-01T00:00:00.000Z',
    }),
  );
  return { articles, annotations, parties, settings: [] };
}
