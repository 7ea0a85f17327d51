// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dismissedOn, dismissSuggestion } from '../../../core/db/dismissals';
import type { WriteOutcome } from '../../../core/db/repository';
import type { Annotation } from '../../../core/model';
import { freshDatabaseName, freshRepository } from '../support/database';
import { ARTICLE_URL, annotation, articleMetadata, party } from '../support/records';

const CANONICAL = 'https://news.example.org/2024/05/story';
const MOBILE = 'https://m.news.example.org/2024/05/story?utm_source=social&fbclid=x';
const MOBILE_KEY = 'https://m.news.example.org/2024/05/story';

describe('upsertArticle and findArticle', () => {
  it('creates an article keyed by its canonical link, with every address it was seen at', async () => {
    const repo = freshRepository();
    const article = await repo.upsertArticle(
      articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }),
      '2024-05-02T10:00:00Z',
    );
    expect(article.id).toBe(CANONICAL);
    expect(article.urls).toEqual([CANONICAL, MOBILE_KEY]);
    expect(article.firstVisit).toBe('2024-05-02T10:00:00.000Z');
    expect(article.lastVisit).toBe('2024-05-02T10:00:00.000Z');
    expect(await repo.getArticle(CANONICAL)).toEqual(article);
  });

  it('keys a page without a canonical link by its cleaned address', async () => {
    const repo = freshRepository();
    const article = await repo.upsertArticle(articleMetadata({ url: MOBILE }), '2024-05-02T10:00:00Z');
    expect(article.id).toBe(MOBILE_KEY);
  });

  it('finds an article by its canonical link, by any address it was seen at, or by both', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }), '2024-05-02T10:00:00Z');
    expect((await repo.findArticle(CANONICAL))?.id).toBe(CANONICAL);
    expect((await repo.findArticle(`${MOBILE_KEY}?utm_campaign=y#top`))?.id).toBe(CANONICAL);
    expect((await repo.findArticle(MOBILE, CANONICAL))?.id).toBe(CANONICAL);
    expect(await repo.findArticle('https://unrelated.example.org/')).toBeUndefined();
  });

  it('merges visits: earliest first visit, latest last visit, whatever order they arrive in', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata(), '2024-05-05T10:00:00Z');
    await repo.upsertArticle(articleMetadata(), '2024-05-01T10:00:00Z');
    const merged = await repo.upsertArticle(articleMetadata(), '2024-05-03T10:00:00Z');
    expect(merged.firstVisit).toBe('2024-05-01T10:00:00.000Z');
    expect(merged.lastVisit).toBe('2024-05-05T10:00:00.000Z');
  });

  it('compares visit times as instants, whatever ISO form they come in', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata(), '2024-05-02T10:00:00.500Z');
    const merged = await repo.upsertArticle(articleMetadata(), '2024-05-02T10:00:00Z');
    expect(merged.firstVisit).toBe('2024-05-02T10:00:00.000Z');
    expect(merged.lastVisit).toBe('2024-05-02T10:00:00.500Z');
  });

  it('never wipes known metadata with empty values, and keeps the article flag once set', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata({ canonicalUrl: CANONICAL }), '2024-05-02T10:00:00Z');
    const merged = await repo.upsertArticle(
      articleMetadata({
        canonicalUrl: CANONICAL,
        title: 'A story, updated',
        byline: '',
        siteName: '',
        publishedTime: '',
        language: '',
        excerpt: '',
        isArticle: false,
      }),
      '2024-05-03T10:00:00Z',
    );
    expect(merged).toMatchObject({
      title: 'A story, updated',
      byline: 'By A. Writer',
      publishedTime: '2024-05-01T08:00:00Z',
      siteName: 'Example News',
      language: 'en',
      excerpt: 'What happened.',
      isArticle: true,
    });
    expect(await repo.getArticle(CANONICAL)).toEqual(merged);
  });

  it('adds new addresses to the article without repeating known ones', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata({ url: CANONICAL, canonicalUrl: CANONICAL }), '2024-05-02T10:00:00Z');
    await repo.upsertArticle(articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }), '2024-05-03T10:00:00Z');
    const merged = await repo.upsertArticle(
      articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }),
      '2024-05-04T10:00:00Z',
    );
    expect(merged.urls).toEqual([CANONICAL, MOBILE_KEY]);
  });

  it('keeps the record a page was first saved under when the page later declares a canonical link', async () => {
    const repo = freshRepository();
    const first = await repo.upsertArticle(articleMetadata({ url: MOBILE }), '2024-05-02T10:00:00Z');
    const second = await repo.upsertArticle(
      articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }),
      '2024-05-03T10:00:00Z',
    );
    expect(second.id).toBe(first.id);
    expect(second.canonicalUrl).toBe(CANONICAL);
    expect(await repo.db.articles.count()).toBe(1);
    expect((await repo.findArticle(CANONICAL))?.id).toBe(first.id);
  });

  it('keeps the canonical record when the page is later seen at an address without a canonical link', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }), '2024-05-02T10:00:00Z');
    const again = await repo.upsertArticle(articleMetadata({ url: MOBILE }), '2024-05-03T10:00:00Z');
    expect(again.id).toBe(CANONICAL);
    expect(await repo.db.articles.count()).toBe(1);
  });

  it('makes one record when two tabs record the same page at once', async () => {
    const repo = freshRepository();
    await Promise.all([
      repo.upsertArticle(articleMetadata({ url: MOBILE, canonicalUrl: CANONICAL }), '2024-05-02T10:00:00Z'),
      repo.upsertArticle(articleMetadata({ url: CANONICAL, canonicalUrl: CANONICAL }), '2024-05-02T10:00:01Z'),
    ]);
    const all = await repo.db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.urls.sort()).toEqual([MOBILE_KEY, CANONICAL]);
  });

  it('refuses metadata that is not valid and stores nothing', async () => {
    const repo = freshRepository();
    await expect(repo.upsertArticle({ url: 'about:blank' } as never, '2024-05-02T10:00:00Z')).rejects.toThrow();
    await expect(repo.upsertArticle(articleMetadata(), 'yesterday')).rejects.toThrow();
    expect(await repo.db.articles.count()).toBe(0);
  });
});

describe('saveAnnotation', () => {
  it('creates, then finds a repeated write unchanged', async () => {
    const repo = freshRepository();
    expect(await repo.saveAnnotation(annotation())).toBe('created');
    expect(await repo.saveAnnotation(annotation())).toBe('unchanged');
    expect(await repo.db.annotations.count()).toBe(1);
    expect(await repo.getAnnotation('a-1')).toEqual(annotation());
  });

  it('finds a write unchanged when only its time notation differs', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation({ updated: '2024-05-02T10:00:00.000Z' }));
    expect(await repo.saveAnnotation(annotation({ updated: '2024-05-02T12:00:00+02:00' }))).toBe('unchanged');
  });

  it('applies a newer write', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    const edited = annotation({ note: 'Check this', updated: '2024-05-02T11:00:00.000Z' });
    expect(await repo.saveAnnotation(edited)).toBe('updated');
    expect(await repo.getAnnotation('a-1')).toEqual(edited);
  });

  it('refuses an older write as stale and keeps the newer record', async () => {
    const repo = freshRepository();
    const newer = annotation({ note: 'newer', updated: '2024-05-02T11:00:00.000Z' });
    await repo.saveAnnotation(newer);
    expect(await repo.saveAnnotation(annotation({ note: 'older', updated: '2024-05-02T10:30:00.000Z' }))).toBe('stale');
    expect(await repo.getAnnotation('a-1')).toEqual(newer);
  });

  it('refuses an older write given as an offset time that sorts later as text', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation({ note: 'newer', updated: '2024-05-02T11:00:00.000Z' }));
    // 12:30+02:00 is 10:30Z: older, though "12:30" > "11:00" as text.
    const outcome = await repo.saveAnnotation(annotation({ note: 'older', updated: '2024-05-02T12:30:00+02:00' }));
    expect(outcome).toBe('stale');
    expect((await repo.getAnnotation('a-1'))?.note).toBe('newer');
  });

  it('refuses an invalid annotation and stores nothing', async () => {
    const repo = freshRepository();
    const bad = annotation();
    bad.target.quote.exact = '';
    await expect(repo.saveAnnotation(bad)).rejects.toThrow();
    expect(await repo.db.annotations.count()).toBe(0);
  });

  it('stores each annotation once when two clients write 240 of them interleaved, with retries', async () => {
    const name = freshDatabaseName();
    const clientA = freshRepository(name);
    const clientB = freshRepository(name);
    const count = 240;
    const versionOf = (i: number, edit: number) =>
      annotation({
        id: `ann-${String(i).padStart(3, '0')}`,
        note: `edit ${edit}`,
        tags: [`t${i % 5}`],
        updated: new Date(Date.UTC(2024, 4, 2, 10, 0, edit)).toISOString(),
      });
    // Client A writes every annotation; client B edits every third one twice. Each write
    // is sent twice (a retry after a lost answer), and everything arrives shuffled.
    type Write = { client: 'A' | 'B'; value: Annotation };
    const writes: Write[] = [];
    for (let i = 0; i < count; i++) {
      writes.push({ client: 'A', value: versionOf(i, 0) }, { client: 'A', value: versionOf(i, 0) });
      if (i % 3 === 0) {
        for (const edit of [1, 2]) {
          writes.push({ client: 'B', value: versionOf(i, edit) }, { client: 'B', value: versionOf(i, edit) });
        }
      }
    }
    const shuffled = seededShuffle(writes, 20240502);
    const outcomes = await Promise.all(
      shuffled.map(({ client, value }) =>
        (client === 'A' ? clientA : clientB).saveAnnotation(value).then((outcome) => ({ id: value.id, outcome })),
      ),
    );

    expect(await clientA.db.annotations.count()).toBe(count);
    const createdPerId = new Map<string, number>();
    for (const { id, outcome } of outcomes) {
      if (outcome === 'created') createdPerId.set(id, (createdPerId.get(id) ?? 0) + 1);
    }
    expect(createdPerId.size).toBe(count);
    expect([...createdPerId.values()].every((n) => n === 1)).toBe(true);
    for (let i = 0; i < count; i++) {
      const expected = versionOf(i, i % 3 === 0 ? 2 : 0);
      expect(await clientB.getAnnotation(expected.id)).toEqual(expected);
    }
    const tally = (o: WriteOutcome) => outcomes.filter((x) => x.outcome === o).length;
    expect(tally('created') + tally('updated') + tally('unchanged') + tally('stale')).toBe(writes.length);
  });
});

describe('deleteAnnotation', () => {
  it('deletes once and returns what it deleted', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    expect(await repo.deleteAnnotation('a-1')).toEqual(annotation());
    expect(await repo.deleteAnnotation('a-1')).toBeUndefined();
    expect(await repo.getAnnotation('a-1')).toBeUndefined();
  });
});

describe('indexes', () => {
  const OTHER = 'https://other.example.org/story';

  async function seeded() {
    const repo = freshRepository();
    const records = [
      annotation({
        id: 'h1',
        tags: ['economy', 'jobs'],
        created: '2024-05-02T10:00:03Z',
        updated: '2024-05-02T10:00:03Z',
      }),
      annotation({ id: 'h2', tags: ['jobs'], created: '2024-05-02T10:00:01Z', updated: '2024-05-02T10:00:09Z' }),
      annotation({
        id: 'c1',
        kind: 'claim',
        tags: ['economy'],
        claim: { claimantId: 'kerry', aboutIds: ['russia', 'lavrov'], verdict: 'Unrated', evidence: [] },
        created: '2024-05-02T10:00:02Z',
        updated: '2024-05-02T10:00:02Z',
      }),
      annotation({
        id: 'c2',
        articleId: OTHER,
        kind: 'claim',
        claim: { aboutIds: ['kerry'], verdict: 'True', evidence: [] },
        created: '2024-05-02T10:00:04Z',
        updated: '2024-05-02T10:00:04Z',
      }),
      annotation({
        id: 'm1',
        articleId: OTHER,
        kind: 'party-mention',
        partyId: 'russia',
        created: '2024-05-02T10:00:05Z',
        updated: '2024-05-02T10:00:05Z',
      }),
    ];
    for (const record of records) await repo.saveAnnotation(record);
    return repo;
  }

  const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

  it('answers by article, oldest first, and counts', async () => {
    const repo = await seeded();
    expect((await repo.annotationsForArticle(ARTICLE_URL)).map((a) => a.id)).toEqual(['h2', 'c1', 'h1']);
    expect(await repo.countForArticle(ARTICLE_URL)).toBe(3);
    expect(await repo.countForArticle(OTHER)).toBe(2);
    expect(await repo.countForArticle('https://none.example.org/')).toBe(0);
  });

  it('answers by tag, for each of an annotation’s tags', async () => {
    const repo = await seeded();
    expect(ids(await repo.annotationsByTag('economy'))).toEqual(['c1', 'h1']);
    expect(ids(await repo.annotationsByTag('jobs'))).toEqual(['h1', 'h2']);
    expect(await repo.annotationsByTag('sport')).toEqual([]);
  });

  it('answers by party: claimant, subject and mention alike', async () => {
    const repo = await seeded();
    expect(ids(await repo.annotationsByParty('kerry'))).toEqual(['c1', 'c2']);
    expect(ids(await repo.annotationsByParty('russia'))).toEqual(['c1', 'm1']);
    expect(ids(await repo.annotationsByParty('lavrov'))).toEqual(['c1']);
    const [claim] = await repo.annotationsByParty('lavrov');
    expect(claim).not.toHaveProperty('partyIds');
  });

  it('moves an annotation between parties when its claim changes', async () => {
    const repo = await seeded();
    const claim = await repo.getAnnotation('c1');
    if (!claim?.claim) throw new Error('seeded claim missing');
    await repo.saveAnnotation({
      ...claim,
      claim: { ...claim.claim, claimantId: 'kirby', aboutIds: ['russia'] },
      updated: '2024-05-02T11:00:00Z',
    });
    expect(ids(await repo.annotationsByParty('kerry'))).toEqual(['c2']);
    expect(ids(await repo.annotationsByParty('kirby'))).toEqual(['c1']);
    expect(await repo.annotationsByParty('lavrov')).toEqual([]);
  });

  it('answers by kind, by article and kind, and in order of update', async () => {
    const repo = await seeded();
    expect(ids(await repo.db.annotations.where('kind').equals('claim').toArray())).toEqual(['c1', 'c2']);
    expect(ids(await repo.db.annotations.where('[articleId+kind]').equals([OTHER, 'claim']).toArray())).toEqual(['c2']);
    expect((await repo.db.annotations.orderBy('updated').toArray()).map((a) => a.id)).toEqual([
      'c1',
      'h1',
      'c2',
      'm1',
      'h2',
    ]);
  });
});

describe('recordAnchorResults', () => {
  const exact = { state: 'exact', at: '2024-05-03T10:00:00.000Z' } as const;

  it('records how each annotation was found, skipping unknown ones', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    await repo.saveAnnotation(annotation({ id: 'a-2' }));
    const changed = await repo.recordAnchorResults([
      { id: 'a-1', anchor: exact },
      { id: 'a-2', anchor: { state: 'orphan', at: '2024-05-03T10:00:00Z' } },
      { id: 'missing', anchor: exact },
    ]);
    expect(changed).toBe(2);
    expect((await repo.getAnnotation('a-1'))?.anchor).toEqual(exact);
    expect((await repo.getAnnotation('a-2'))?.anchor).toEqual({ state: 'orphan', at: '2024-05-03T10:00:00.000Z' });
    expect(await repo.getAnnotation('missing')).toBeUndefined();
  });

  it('does not change the annotation’s update time, so an edit made meanwhile still applies', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    await repo.recordAnchorResults([{ id: 'a-1', anchor: exact }]);
    expect((await repo.getAnnotation('a-1'))?.updated).toBe(annotation().updated);
    const edit = annotation({ note: 'edited', updated: '2024-05-02T10:05:00.000Z' });
    expect(await repo.saveAnnotation(edit)).toBe('updated');
  });

  it('keeps the recorded anchor when a retried or edited write carries none', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    await repo.recordAnchorResults([{ id: 'a-1', anchor: exact }]);
    expect(await repo.saveAnnotation(annotation())).toBe('unchanged');
    await repo.saveAnnotation(annotation({ note: 'edited', updated: '2024-05-02T10:05:00.000Z' }));
    expect((await repo.getAnnotation('a-1'))?.anchor).toEqual(exact);
  });

  it('ignores a report older than the one stored', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    await repo.recordAnchorResults([{ id: 'a-1', anchor: exact }]);
    const older = { state: 'orphan', at: '2024-05-03T09:00:00.000Z' } as const;
    expect(await repo.recordAnchorResults([{ id: 'a-1', anchor: older }])).toBe(0);
    expect((await repo.getAnnotation('a-1'))?.anchor).toEqual(exact);
  });

  it('refuses an invalid report', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    await expect(
      repo.recordAnchorResults([{ id: 'a-1', anchor: { state: 'lost', at: 'now' } as never }]),
    ).rejects.toThrow();
    expect((await repo.getAnnotation('a-1'))?.anchor).toBeUndefined();
  });
});

describe('parties', () => {
  it('saves idempotently, refuses stale writes and applies newer ones', async () => {
    const repo = freshRepository();
    expect(await repo.saveParty(party())).toBe('created');
    expect(await repo.saveParty(party())).toBe('unchanged');
    expect(await repo.saveParty(party({ name: 'Old name', updated: '2024-05-01T00:00:00Z' }))).toBe('stale');
    expect((await repo.getParty('p-1'))?.name).toBe('Jane Doe');
    expect(await repo.saveParty(party({ aliases: ['Doe', 'J. Doe'], updated: '2024-05-03T00:00:00Z' }))).toBe(
      'updated',
    );
    expect((await repo.getParty('p-1'))?.aliases).toEqual(['Doe', 'J. Doe']);
  });

  it('lists parties by name and finds them by alias', async () => {
    const repo = freshRepository();
    await repo.saveParty(party({ id: 'p-3', name: 'Russia', kind: 'country', aliases: ['Moscow'] }));
    await repo.saveParty(party({ id: 'p-1', name: 'John Kerry', aliases: ['Kerry'] }));
    await repo.saveParty(party({ id: 'p-2', name: 'Al-Qaeda', kind: 'group', aliases: [] }));
    expect((await repo.listParties()).map((p) => p.name)).toEqual(['Al-Qaeda', 'John Kerry', 'Russia']);
    expect((await repo.db.parties.where('aliases').equals('Moscow').first())?.id).toBe('p-3');
  });

  it('refuses a party without a name', async () => {
    const repo = freshRepository();
    await expect(repo.saveParty(party({ name: ' ' }))).rejects.toThrow();
    expect(await repo.listParties()).toEqual([]);
  });
});

/** Deterministic Fisher–Yates (mulberry32), so a failing order can be replayed. */
function seededShuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('wipeLibrary', () => {
  it('clears collections and dismissed suggestions with everything else, and Undo brings them back', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata(), '2024-05-02T09:00:00.000Z');
    await repo.saveAnnotation(annotation());
    await repo.createCollection('Essay sources', [ARTICLE_URL]);
    await dismissSuggestion(repo.db, ARTICLE_URL, 'party:someone');
    const before = await repo.readLibrary();
    expect(before.collections).toHaveLength(1);
    expect(before.dismissals).toHaveLength(1);

    const wiped = await repo.wipeLibrary();
    const after = await repo.readLibrary();
    expect(after.collections).toEqual([]);
    expect(after.dismissals).toEqual([]);
    expect(await dismissedOn(repo.db, ARTICLE_URL)).toEqual(new Set());

    await repo.restoreLibrary(wiped);
    expect(await repo.readLibrary()).toEqual(before);
    expect(await dismissedOn(repo.db, ARTICLE_URL)).toEqual(new Set(['party:someone']));
  });
});
