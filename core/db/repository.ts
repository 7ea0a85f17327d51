import * as v from 'valibot';
import {
  AnnotationSchema,
  ArticleMetadataSchema,
  PartySchema,
  articleKey,
  candidateKeys,

  partyIdsOf,
  type AnchorStatus,
  type Annotation,
  type Article,
  type ArticleMetadata,
  type Party,
} from '../model';
import { openDatabase, type MarginaliaDatabase, type StoredAnnotation } from './database';

/** What a write did: lets callers and tests tell a first write from a retry. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'stale';

function stripStored({ partyIds: _partyIds, ...annotation }: StoredAnnotation): Annotation {
  return annotation;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The only code that touches Dexie. Every write is idempotent: records carry
 * client-made ids and an `updated` time, a write equal to what is stored changes
 * nothing, and an older write never overwrites a newer one, so a message retried after
 * the service worker was stopped neither doubles nor loses anything.
 */
export class Repository {
  constructor(readonly db: MarginaliaDatabase = openDatabase()) {}

  /** Records a visit to a page, creating its article or merging what is now known of it. */
  async upsertArticle(input: ArticleMetadata, seenAt: string): Promise<Article> {
    const meta = v.parse(ArticleMetadataSchema, input);
    const id = articleKey(meta.url, meta.canonicalUrl);
    const urls = candidateKeys(meta.url, meta.canonicalUrl);
    return this.db.transaction('rw', this.db.articles, async () => {
      const existing = await this.db.articles.get(id);
      const next: Article = existing
        ? {
            ...existing,
            ...pickKnown(meta),
            id,
            urls: [...new Set([...existing.urls, ...urls])],
            isArticle: existing.isArticle || meta.isArticle,
            firstVisit: earlier(existing.firstVisit, seenAt),
            lastVisit: later(existing.lastVisit, seenAt),
          }
        : { ...meta, id, urls, firstVisit: seenAt, lastVisit: seenAt };
      await this.db.articles.put(next);
      return next;
    });
  }

  /** The article stored for a page, looked up by any of its addresses. */
  async findArticle(url: string, canonicalUrl?: string): Promise<Article | undefined> {
    const keys = candidateKeys(url, canonicalUrl);
    const direct = await this.db.articles.bulkGet(keys);
    const hit = direct.find((a) => a !== undefined);
    if (hit) return hit;
    return this.db.articles.where('urls').anyOf(keys).first();
  }

  getArticle(id: string): Promise<Article | undefined> {
    return this.db.articles.get(id);
  }

  async saveAnnotation(input: Annotation): Promise<WriteOutcome> {
    const annotation = v.parse(AnnotationSchema, input);
    return this.db.transaction('rw', this.db.annotations, async () => {
      const existing = await this.db.annotations.get(annotation.id);
      if (existing && existing.updated > annotation.updated) return 'stale';
      const stored: StoredAnnotation = { ...annotation, partyIds: partyIdsOf(annotation) };
      if (existing && sameJson(existing, stored)) return 'unchanged';
      await this.db.annotations.put(stored);
      return existing ? 'updated' : 'created';
    });
  }

  async getAnnotation(id: string): Promise<Annotation | undefined> {
    const stored = await this.db.annotations.get(id);
    return stored && stripStored(stored);
  }

  async deleteAnnotation(id: string): Promise<Annotation | undefined> {
    return this.db.transaction('rw', this.db.annotations, async () => {
      const stored = await this.db.annotations.get(id);
      if (stored) await this.db.annotations.delete(id);
      return stored && stripStored(stored);
    });
  }

  async annotationsForArticle(articleId: string): Promise<Annotation[]> {
    const rows = await this.db.annotations.where('articleId').equals(articleId).sortBy('created');
    return rows.map(stripStored);
  }

  countForArticle(articleId: string): Promise<number> {
    return this.db.annotations.where('articleId').equals(articleId).count();
  }

  async annotationsByTag(tag: string): Promise<Annotation[]> {
    return (await this.db.annotations.where('tags').equals(tag).toArray()).map(stripStored);
  }

  async annotationsByParty(partyId: string): Promise<Annotation[]> {
    return (await this.db.annotations.where('partyIds').equals(partyId).toArray()).map(stripStored);
  }

  /** Stores how each annotation was found on its page this time. Unknown ids are skipped. */
  async recordAnchorResults(results: { id: string; anchor: AnchorStatus }[]): Promise<number> {
    return this.db.transaction('rw', this.db.annotations, async () => {
      let changed = 0;
      for (const { id, anchor } of results) {
        changed += await this.db.annotations.update(id, { anchor });
      }
      return changed;
    });
  }

  async saveParty(input: Party): Promise<WriteOutcome> {
    const party = v.parse(PartySchema, input);
    return this.db.transaction('rw', this.db.parties, async () => {
      const existing = await this.db.parties.get(party.id);
      if (existing && existing.updated > party.updated) return 'stale';
      if (existing && sameJson(existing, party)) return 'unchanged';
      await this.db.parties.put(party);
      return existing ? 'updated' : 'created';
    });
  }

  getParty(id: string): Promise<Party | undefined> {
    return this.db.parties.get(id);
  }

  listParties(): Promise<Party[]> {
    return this.db.parties.orderBy('name').toArray();
  }
}

/** Fields of fresh metadata worth keeping: an empty value never wipes a known one. */
function pickKnown(meta: ArticleMetadata): Partial<ArticleMetadata> {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== '' && value !== undefined),
  ) as Partial<ArticleMetadata>;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

