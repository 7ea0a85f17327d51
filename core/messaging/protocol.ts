import * as v from 'valibot';
import {
  AnchorStatusSchema,
  AnnotationSchema,
  ArticleMetadataSchema,
  IdSchema,
  PartySchema,
  type Annotation,
  type Article,
  type ArticleMetadata,
  type Party,
} from '../model';
import type { WriteOutcome } from '../db/repository';
import type { SnapshotOutcome } from '../db/snapshots';
import type { SuggestedClaim, SuggestedParty, Suggestions } from '../suggest/schema';
import type { Target } from '../model';

/** Suggestions as a view offers them: each placed on the page, ready to be saved like a capture. */
export interface PageSuggestions {
  article: ArticleMetadata;
  parties: (Omit<SuggestedParty, 'mentions'> & { key: string; targets: Target[] })[];
  claims: (SuggestedClaim & { key: string; target: Target })[];
}

const PageAddressSchema = {
  url: v.pipe(v.string(), v.url()),
  canonicalUrl: v.optional(v.pipe(v.string(), v.url())),
};

/** Messages a content script or an extension page sends to the background. */
export const BackgroundRequestSchema = v.variant('type', [
  /** The every-page script's single question: does this page have annotations? */
  v.object({ type: v.literal('page.loaded'), ...PageAddressSchema }),
  /** The reader selected text on a page without the annotator yet: load it, toolbar and all. */
  v.object({ type: v.literal('page.selection') }),
  v.object({ type: v.literal('page.annotations'), ...PageAddressSchema }),
  v.object({
    type: v.literal('annotation.save'),
    article: ArticleMetadataSchema,
    annotation: AnnotationSchema,
  }),
  v.object({ type: v.literal('annotation.delete'), id: IdSchema }),
  v.object({
    type: v.literal('anchor.report'),
    results: v.array(v.object({ id: IdSchema, anchor: AnchorStatusSchema })),
  }),
  v.object({ type: v.literal('party.save'), party: PartySchema }),
  /** Suggest the parties and claims of an article's text (run here, off the page's main thread). */
  v.object({
    type: v.literal('suggest'),
    ...PageAddressSchema,
    text: v.pipe(v.string(), v.maxLength(2_000_000)),
  }),
  /** On a page with annotations: was this exact page text seen before (then nothing changed)? */
  v.object({
    type: v.literal('snapshot.check'),
    ...PageAddressSchema,
    pageHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  }),
  /** What the article says now (Readability's article, sanitised, and its text). */
  v.object({
    type: v.literal('snapshot.save'),
    article: ArticleMetadataSchema,
    html: v.pipe(v.string(), v.maxLength(20_000_000)),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
    pageHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    pageBytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** The reader clicked a highlight on the page: the side panel selects it. */
  v.object({ type: v.literal('annotation.selected'), id: IdSchema }),
  v.object({ type: v.literal('parties.list') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** What the background answers to each request type. */
export interface BackgroundResponses {
  'page.loaded': { annotated: boolean };
  'page.selection': { injected: boolean };
  'page.annotations': { article: Article | null; annotations: Annotation[]; parties: Party[] };
  'annotation.save': { outcome: WriteOutcome; article: Article };
  'annotation.delete': { deleted: boolean };
  'anchor.report': { updated: number };
  'party.save': { outcome: WriteOutcome };
  'annotation.selected': { opened: boolean };
  suggest: Suggestions;
  /** `needed`: the page text is new for this annotated article, so send a snapshot.save. */
  'snapshot.check': { needed: boolean };
  'snapshot.save': { outcome: SnapshotOutcome | 'disabled' | 'not-annotated' };
  'parties.list': { parties: Party[] };
}

/** What can be made of a selection: the selection toolbar's buttons. */
export const CAPTURE_ACTIONS = ['highlight', 'claim', 'party', 'note'] as const;
export const CaptureActionSchema = v.picklist(CAPTURE_ACTIONS);
export type CaptureAction = v.InferOutput<typeof CaptureActionSchema>;

/** Messages the background or an extension page sends to the content script of a tab. */
export const TabRequestSchema = v.variant('type', [
  /** Run Readability on a clone of the page and report what it found. */
  v.object({ type: v.literal('page.describe') }),
  /** Act on the current selection, as the toolbar would (context menu, shortcut). */
  v.object({ type: v.literal('selection.capture'), action: CaptureActionSchema }),
  /** The tab's address changed without a reload (History API): start over for the new one. */
  v.object({ type: v.literal('page.refresh') }),
  /** Annotations changed elsewhere (a view, an import): read them again and repaint. */
  v.object({ type: v.literal('page.sync') }),
  /** Suggest parties and claims for this page, each placed on the page like a capture. */
  v.object({ type: v.literal('page.suggest') }),
  /** Scroll to an annotation and mark it briefly. */
  v.object({ type: v.literal('annotation.reveal'), id: IdSchema }),
]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export interface TabResponses {
  'page.describe': ArticleMetadata;
  'selection.capture': { saved: boolean };
  'page.refresh': { ok: true };
  'page.sync': { ok: true };
  'page.suggest': PageSuggestions;
  'annotation.reveal': { found: boolean };
}

/** Every answer travels in an envelope so a handler's failure reaches the caller as data. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestOf<S extends { type: string }, K extends S['type']> = Extract<S, { type: K }>;
