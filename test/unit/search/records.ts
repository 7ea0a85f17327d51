import type { Article } from '../../../core/model';
import { articleMetadata } from '../support/records';

/** A stored article for the library's tests; overrides replace whole fields. */
export function article(overrides: Partial<Article> = {}): Article {
  const id = overrides.id ?? 'https://news.example.org/2024/05/story.html';
  return {
    ...articleMetadata({ url: id }),
    id,
    urls: [id],
    firstVisit: '2024-05-02T09:00:00.000Z',
    lastVisit: '2024-05-02T09:00:00.000Z',
    ...overrides,
  };
}
