import type { Annotation, ArticleMetadata, Party } from '../../../core/model';

/** Valid records to start each test from; overrides replace whole fields. */
export const ARTICLE_URL = 'https://news.example.org/2024/05/story.html';

export function articleMetadata(overrides: Partial<ArticleMetadata> = {}): ArticleMetadata {
  return {
    url: ARTICLE_URL,
    title: 'A story',
    byline: 'By A. Writer',
    siteName: 'Example News',
    publishedTime: '2024-05-01T08:00:00Z',
    language: 'en',
    excerpt: 'What happened.',
    isArticle: true,
    ...overrides,
  };
}

export function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a-1',
    articleId: ARTICLE_URL,
    kind: 'highlight',
    target: {
      source: ARTICLE_URL,
      quote: { type: 'TextQuoteSelector', exact: 'the quoted words', prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 10, end: 26 },
    },
    note: '',
    tags: [],
    created: '2024-05-02T10:00:00.000Z',
    updated: '2024-05-02T10:00:00.000Z',
    ...overrides,
  };
}

export function party(overrides: Partial<Party> = {}): Party {
  return {
    id: 'p-1',
    name: 'Jane Doe',
    kind: 'person',
    aliases: ['Doe'],
    description: '',
    created: '2024-05-02T10:00:00.000Z',
    updated: '2024-05-02T10:00:00.000Z',
    ...overrides,
  };
}
