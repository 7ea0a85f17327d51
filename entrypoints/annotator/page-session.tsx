import { render } from 'preact';
import { anchorTargets, type AnchorResult } from '../../core/anchoring/anchor';
import { describeRange } from '../../core/anchoring/describe';
import { buildTextIndex, type TextIndex } from '../../core/anchoring/text-index';
import { detectArticle, type DetectedArticle } from '../../core/article/detect';
import { describeOffsets } from '../../core/anchoring/describe';
import { quoteAt } from '../../core/anchoring/text-quote';
import type { PageSuggestions } from '../../core/messaging/protocol';
import { claimSuggestionKey, partySuggestionKey } from '../../core/suggest/keys';
import { sha256Hex } from '../../core/snapshots/hash';
import { articlePlainText } from '../../core/snapshots/plain-text';
import { sanitizeArticleHtml } from '../../core/snapshots/sanitize';
import {
  newId,
  nowIso,
  type Annotation,
  type AnnotationKind,
  type ArticleMetadata,
  type Party,
} from '../../core/model';
import { EMPTY_OVERLAY, placeNear, type OverlayState } from '../../components/page/overlay-state';
import { PageOverlay } from '../../components/page/PageOverlay';
import type { PartyChoice } from '../../components/PartyPicker';
import { SelectionToolbar, TOOLBAR_ACTIONS, type ToolbarAction } from '../../components/page/SelectionToolbar';
import { sendToBackground } from '../../platform/messaging';
import { Painter } from '../../core/painting/painter';
import { anchorRectOf, isInEditable, selectedRange } from './selection';
import { isUiHost } from './ui-host';

/** How long after a page (or an in-page navigation) loads late content is still re-anchored. */
const LATE_CONTENT_WINDOW_MS = 30_000;
/** Mutations are handled in batches, never one by one. */
const MUTATION_BATCH_MS = 250;
const NOTE_SAVE_DELAY_MS = 400;
/** A page is snapshotted once its DOM has been quiet this long (late content has arrived). */
const SNAPSHOT_QUIET_MS = 1500;
const SAVE_ATTEMPTS = 3;
/** A save unanswered for this long is waiting on storage that is stuck (see persist). */
const SAVE_ANSWER_MS = 8000;
const TOOLBAR_SIZE = { width: 290, height: 40 };
const EDITOR_SIZE = { width: 330, height: 300 };
const CARD_SIZE = { width: 330, height: 160 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class NoAnswerError extends Error {
  constructor() {
    super(
      'Its storage has not answered: another Marginalia tab or window may hold an older version of its database open. Close the other Marginalia tabs and windows.',
    );
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** An error as a sentence for the reader (the background words storage failures as what to do about them). */
function errorText(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Marginalia on one page: what is annotated here, where it was found, what the overlay
 * shows, and the reader's captures. Loaded only on demand, never on every page.
 */
export class PageSession {
  private annotations = new Map<string, Annotation>();
  private anchors = new Map<string, AnchorResult>();
  private parties: Party[] = [];
  private detected: DetectedArticle | null = null;
  private index: TextIndex | null = null;
  private overlay: OverlayState = EMPTY_OVERLAY;
  private url: string;
  private lateContentUntil = 0;
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private noteTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private pointerDown = false;
  private hoverFrame = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private snapshotTaken = false;
  /** Annotations captured here whose save has not been confirmed yet. */
  private readonly unsaved = new Set<string>();
  private readonly painter: Painter;
  private readonly observer: MutationObserver;

  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly toolbarHost: HTMLElement;
  private readonly toolbarRoot: ShadowRoot;

  constructor(
    private readonly doc: Document,
    panels: { host: HTMLElement; root: ShadowRoot },
    toolbar: { host: HTMLElement; root: ShadowRoot },
  ) {
    ({ host: this.host, root: this.root } = panels);
    ({ host: this.toolbarHost, root: this.toolbarRoot } = toolbar);
    this.painter = new Painter(doc);
    this.url = doc.location.href;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.doc.addEventListener(type, fn, { capture: true, passive: true });
    on('mousedown', (event) => {
      this.pointerDown = true;
      if (!this.isOwnEvent(event)) this.update({ toolbar: null, card: null });
    });
    on('mouseup', () => {
      this.pointerDown = false;
      setTimeout(() => this.refreshToolbar(), 0);
    });
    on('keyup', () => this.refreshToolbar());
    on('selectionchange', () => {
      if (!this.pointerDown) this.refreshToolbar();
    });
    this.doc.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true });
    on('mousemove', (event) => this.onPointerMove(event));
    on('click', (event) => this.onClick(event));
    this.doc.defaultView?.addEventListener('popstate', () => this.checkNavigation());
    this.draw();
    // Loaded because the reader just selected text: show the toolbar for it at once.
    this.refreshToolbar();
    void this.load();
  }

  /** Reads this page's annotations and paints them; orphans are retried as content arrives. */
  async load(): Promise<void> {
    const canonicalUrl = this.canonicalUrl();
    const { annotations, parties } = await sendToBackground({
      type: 'page.annotations',
      url: this.doc.location.href,
      canonicalUrl,
    });
    // Captures whose first save is still on its way are not stored yet: keep them.
    const unsaved = [...this.unsaved].map((id) => this.annotations.get(id)).filter((a) => a !== undefined);
    this.annotations = new Map([...annotations, ...unsaved].map((a) => [a.id, a]));
    this.parties = parties;
    this.lateContentUntil = Date.now() + LATE_CONTENT_WINDOW_MS;
    await this.anchorAll();
  }

  describe(): ArticleMetadata {
    return this.ensureMetadata();
  }

  /** Scrolls to an annotation and marks it for a moment. */
  reveal(id: string): boolean {
    const anchor = this.anchors.get(id);
    if (!anchor || anchor.state === 'orphan') return false;
    const element = anchor.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.painter.flash(anchor.range);
    return true;
  }

  /** The toolbar's actions, also reached from the context menu and keyboard shortcuts. */
  async capture(action: ToolbarAction): Promise<boolean> {
    const range = selectedRange(this.doc);
    if (!range) {
      this.update({ toolbar: null, notice: { message: 'Select some text on the page first.' } });
      return false;
    }
    const selectors = describeRange(this.textIndex(), range);
    if (!selectors) {
      this.update({ toolbar: null, notice: { message: 'Marginalia cannot annotate this selection.' } });
      return false;
    }
    const metadata = this.ensureMetadata();
    const kind: AnnotationKind = action === 'claim' ? 'claim' : action === 'party' ? 'party-mention' : 'highlight';
    const now = nowIso();
    const annotation: Annotation = {
      id: newId(),
      // The background files it under the article's real key (see core/model/url.ts); URL
      // normalisation stays out of the page, where Firefox's content-script wrappers
      // break URLSearchParams iteration.
      articleId: metadata.url,
      kind,
      target: { source: this.doc.location.href, ...selectors },
      note: '',
      tags: [],
      claim: kind === 'claim' ? { aboutIds: [], verdict: 'Unrated', evidence: [] } : undefined,
      created: now,
      updated: now,
    };
    const rect = anchorRectOf(range);
    this.annotations.set(annotation.id, annotation);
    this.unsaved.add(annotation.id);
    this.anchors.set(annotation.id, {
      id: annotation.id,
      state: 'exact',
      start: selectors.position.start,
      end: selectors.position.end,
      range,
    });
    this.doc.getSelection()?.removeAllRanges();
    this.repaint();
    const placement = placeNear(rect, EDITOR_SIZE, this.viewport());
    this.update({
      toolbar: null,
      editor:
        action === 'claim' || action === 'note'
          ? { ...placement, annotationId: annotation.id, mode: action === 'claim' ? 'claim' : 'note' }
          : null,
      chooser: action === 'party' ? { ...placement, annotationId: annotation.id, text: selectors.quote.exact } : null,
      saveStatus: { kind: 'idle' },
    });
    return this.persist(annotation);
  }

  private async persist(annotation: Annotation): Promise<boolean> {
    const metadata = this.ensureMetadata();
    let lastError: unknown;
    // Saves are idempotent (client id, updated time), so retrying after the service
    // worker was stopped mid-save can neither double nor lose the annotation. A save
    // left unanswered is still queued behind stuck storage: asking again would only
    // queue another, so the reader is told at once.
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      try {
        const { article } = await withDeadline(
          sendToBackground({ type: 'annotation.save', article: metadata, annotation }),
          SAVE_ANSWER_MS,
        );
        const current = this.annotations.get(annotation.id);
        if (current && current.articleId !== article.id)
          this.annotations.set(annotation.id, { ...current, articleId: article.id });
        this.unsaved.delete(annotation.id);
        this.update({ saveStatus: { kind: 'saved' }, notice: null });
        this.scheduleSnapshot();
        return true;
      } catch (error) {
        lastError = error;
        if (error instanceof NoAnswerError) break;
        await sleep(300 * (attempt + 1));
      }
    }
    const message = `Marginalia could not save this annotation. ${errorText(lastError)} It is kept on this page: press Retry when ready.`;
    this.update({
      saveStatus: { kind: 'error', message: 'Not saved' },
      notice: { message, retry: () => void this.persist(this.annotations.get(annotation.id) ?? annotation) },
    });
    return false;
  }

  private edit(id: string, change: (a: Annotation) => Annotation, delayMs = 0): void {
    const current = this.annotations.get(id);
    if (!current) return;
    const next = { ...change(current), updated: nowIso() };
    this.annotations.set(id, next);
    this.draw();
    clearTimeout(this.noteTimers.get(id));
    if (delayMs === 0) void this.persist(next);
    else
      this.noteTimers.set(
        id,
        setTimeout(() => void this.persist(this.annotations.get(id) ?? next), delayMs),
      );
  }

  private async resolveParty(choice: PartyChoice): Promise<string | null> {
    if ('partyId' in choice) return choice.partyId;
    const now = nowIso();
    const party: Party = { id: newId(), ...choice.create, aliases: [], description: '', created: now, updated: now };
    try {
      await sendToBackground({ type: 'party.save', party });
    } catch (error) {
      this.update({ notice: { message: `Marginalia could not create the party. ${errorText(error)}` } });
      return null;
    }
    this.parties = [...this.parties, party].sort((a, b) => a.name.localeCompare(b.name));
    return party.id;
  }

  private readonly handlers = {
    onToolbar: (action: ToolbarAction) => void this.capture(action),
    onClaimant: async (id: string, choice: PartyChoice) => {
      const partyId = await this.resolveParty(choice);
      if (partyId)
        this.edit(id, (a) => ({
          ...a,
          claim: { aboutIds: [], verdict: 'Unrated', evidence: [], ...a.claim, claimantId: partyId },
        }));
    },
    onMentionParty: async (id: string, choice: PartyChoice) => {
      const partyId = await this.resolveParty(choice);
      if (!partyId) return;
      this.edit(id, (a) => ({ ...a, partyId }));
      this.update({ chooser: null });
    },
    onNote: (id: string, note: string) => this.edit(id, (a) => ({ ...a, note }), NOTE_SAVE_DELAY_MS),
    onCloseEditor: () => {
      const id = this.overlay.editor?.annotationId;
      if (id && this.noteTimers.has(id)) {
        clearTimeout(this.noteTimers.get(id));
        this.noteTimers.delete(id);
        const current = this.annotations.get(id);
        if (current) void this.persist(current);
      }
      this.update({ editor: null });
    },
    onCloseChooser: () => this.update({ chooser: null }),
    onDismissNotice: () => this.update({ notice: null }),
  };

  private update(change: Partial<OverlayState>): void {
    this.overlay = { ...this.overlay, ...change };
    this.draw();
  }

  private draw(): void {
    render(
      <PageOverlay state={this.overlay} annotations={this.annotations} parties={this.parties} {...this.handlers} />,
      this.root,
    );
    render(
      this.overlay.toolbar ? <SelectionToolbar {...this.overlay.toolbar} onAction={this.handlers.onToolbar} /> : null,
      this.toolbarRoot,
    );
  }

  private isOwnEvent(event: Event): boolean {
    const path = event.composedPath();
    return path.includes(this.host) || path.includes(this.toolbarHost);
  }

  /**
   * While the toolbar shows, its keys (H, C, P, N) press its buttons, so a reader who
   * selected text with the keyboard need not reach for the mouse; Escape closes it.
   */
  private onKeyDown(event: KeyboardEvent): void {
    if (!this.overlay.toolbar || this.isOwnEvent(event)) return;
    if (event.key === 'Escape') {
      this.update({ toolbar: null });
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isInEditable(event.target as Node)) return;
    const button = TOOLBAR_ACTIONS.find((a) => a.key === event.key.toLowerCase());
    if (!button || !event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    void this.capture(button.action);
  }

  private refreshToolbar(): void {
    const range = selectedRange(this.doc);
    if (!range) {
      if (this.overlay.toolbar) this.update({ toolbar: null });
      return;
    }
    this.update({ toolbar: placeNear(anchorRectOf(range), TOOLBAR_SIZE, this.viewport()), card: null });
  }

  private viewport() {
    const view = this.doc.defaultView;
    return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
  }

  private canonicalUrl(): string | undefined {
    return this.doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href || undefined;
  }

  /** Readability runs here, on a clone, the first time this page needs it (capture, popup, suggestions). */
  private ensureDetected(): DetectedArticle {
    this.detected ??= detectArticle(this.doc, this.doc.location.href);
    return this.detected;
  }

  private ensureMetadata(): ArticleMetadata {
    return this.ensureDetected().metadata;
  }

  /**
   * Suggested parties and claims, each placed on this page as a capture would be. The
   * suggestions come from the article's text as Readability isolates it, normalised as
   * page text is (so quotes match the page), and are computed by the background, off the
   * page's main thread. A suggestion that cannot be found on the page is not offered.
   */
  async suggestions(): Promise<PageSuggestions> {
    const { metadata, content } = this.ensureDetected();
    if (!content) return { article: metadata, parties: [], claims: [] };
    const articleText = buildTextIndex(new DOMParser().parseFromString(content, 'text/html').body).text;
    const found = await sendToBackground({
      type: 'suggest',
      url: metadata.url,
      canonicalUrl: metadata.canonicalUrl,
      text: articleText,
    });
    const index = this.textIndex();
    const spans = [...found.parties.flatMap((p) => p.mentions), ...found.claims.map((c) => c.span)];
    const estimate = (offset: number) => Math.round((offset / Math.max(1, articleText.length)) * index.text.length);
    const placed = anchorTargets(
      index,
      spans.map((span, i) => {
        const position = {
          type: 'TextPositionSelector' as const,
          start: estimate(span.start),
          end: estimate(span.end),
        };
        return { id: String(i), quote: quoteAt(articleText, span.start, span.end), position };
      }),
    );
    let next = 0;
    const targetOf = () => {
      const result = placed[next++];
      if (!result || result.state === 'orphan') return null;
      const selectors = describeOffsets(index, result.start, result.end);
      return selectors && { source: this.doc.location.href, ...selectors };
    };
    const parties = found.parties.map(({ mentions, ...party }) => ({
      ...party,
      key: partySuggestionKey(party),
      targets: mentions.map(targetOf).filter((t) => t !== null),
    }));
    const claims = found.claims.map((claim) => ({ ...claim, key: claimSuggestionKey(claim), target: targetOf() }));
    return {
      article: metadata,
      parties: parties.filter((p) => p.targets.length > 0),
      claims: claims.filter((c): c is typeof c & { target: NonNullable<typeof c.target> } => c.target !== null),
    };
  }

  private textIndex(): TextIndex {
    this.index ??= buildTextIndex(this.doc.body ?? this.doc.documentElement, { exclude: (el) => isUiHost(el) });
    return this.index;
  }

  private async anchorAll(): Promise<void> {
    this.painter.clear();
    this.index = null;
    const targets = [...this.annotations.values()].map((a) => ({ id: a.id, ...a.target }));
    const results = anchorTargets(this.textIndex(), targets);
    const changed: { id: string; anchor: { state: AnchorResult['state']; at: string } }[] = [];
    const at = nowIso();
    this.anchors = new Map(results.map((r) => [r.id, r]));
    for (const result of results) {
      const annotation = this.annotations.get(result.id);
      if (!annotation) continue;
      if (annotation.anchor?.state !== result.state || result.state !== 'orphan') {
        const text = result.state === 'fuzzy' ? result.range.toString().replace(/\s+/g, ' ').trim() : undefined;
        const anchor = { state: result.state, at, ...(text ? { text } : {}) };
        this.annotations.set(result.id, { ...annotation, anchor });
        changed.push({ id: result.id, anchor });
      }
    }
    this.repaint();
    this.scheduleSnapshot();
    if (changed.length) await sendToBackground({ type: 'anchor.report', results: changed }).catch(() => undefined);
  }

  /** Observes the article once its content has settled: a first snapshot, or a check for edits since. */
  private scheduleSnapshot(): void {
    if (this.snapshotTaken || this.annotations.size === 0) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void this.observeSnapshot(), SNAPSHOT_QUIET_MS);
  }

  /**
   * On a revisit the page's text is hashed (the text index exists already for anchoring);
   * only when that exact text was not seen before does Readability run, to store the
   * article as it is now, sanitised. So an unchanged article costs a hash, not a parse.
   */
  private async observeSnapshot(): Promise<void> {
    if (this.snapshotTaken) return;
    this.snapshotTaken = true;
    const url = this.doc.location.href;
    const canonicalUrl = this.canonicalUrl();
    const pageHash = await sha256Hex(this.textIndex().text);
    const { needed } = await sendToBackground({ type: 'snapshot.check', url, canonicalUrl, pageHash });
    if (!needed) return;
    const { metadata, content } = this.ensureDetected();
    if (!content) return;
    const html = sanitizeArticleHtml(content, this.doc.defaultView!);
    const text = articlePlainText(new DOMParser().parseFromString(html, 'text/html').body);
    if (!text) return;
    // The page's HTML as it arrived, from navigation timing: no need to serialise the DOM.
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const pageBytes = Math.round(navigation?.decodedBodySize ?? 0);
    await sendToBackground({ type: 'snapshot.save', article: metadata, html, text, pageHash, pageBytes });
  }

  private repaint(): void {
    const ranges = [];
    for (const [id, anchor] of this.anchors) {
      const annotation = this.annotations.get(id);
      if (annotation && anchor.state !== 'orphan') ranges.push({ id, kind: annotation.kind, range: anchor.range });
    }
    this.observer.disconnect();
    this.painter.paint(ranges);
    this.observer.takeRecords();
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.every((r) => isUiHost(r.target) || this.host.contains(r.target) || this.toolbarHost.contains(r.target)))
      return;
    this.index = null;
    if (this.checkNavigation()) return;
    if (this.snapshotTimer !== undefined && !this.snapshotTaken) this.scheduleSnapshot();
    const hasOrphans = [...this.anchors.values()].some((a) => a.state === 'orphan');
    if (!hasOrphans || Date.now() > this.lateContentUntil) return;
    clearTimeout(this.mutationTimer);
    this.mutationTimer = setTimeout(() => void this.anchorAll(), MUTATION_BATCH_MS);
  }

  /** An in-page (History API) navigation is a new page: start over for the new address. */
  private checkNavigation(): boolean {
    if (this.doc.location.href === this.url) return false;
    this.url = this.doc.location.href;
    this.detected = null;
    this.snapshotTaken = false;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    this.annotations.clear();
    this.unsaved.clear();
    this.anchors.clear();
    this.painter.clear();
    this.overlay = EMPTY_OVERLAY;
    this.draw();
    void this.load();
    return true;
  }

  private onPointerMove(event: MouseEvent): void {
    if (this.anchors.size === 0 || this.hoverFrame || this.overlay.editor || this.overlay.chooser) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const id = this.annotationAt(event.clientX, event.clientY);
      if (id === (this.overlay.card?.annotationId ?? null)) return;
      this.update({
        card: id
          ? {
              annotationId: id,
              ...placeNear(
                { left: event.clientX, top: event.clientY, bottom: event.clientY + 12 },
                CARD_SIZE,
                this.viewport(),
              ),
            }
          : null,
      });
    });
  }

  /** A plain click on a highlight (not the end of a drag that selected text) opens it in the side panel. */
  private onClick(event: MouseEvent): void {
    if (this.isOwnEvent(event) || !this.doc.getSelection()?.isCollapsed) return;
    const id = this.annotationAt(event.clientX, event.clientY);
    if (id) void sendToBackground({ type: 'annotation.selected', id }).catch(() => undefined);
  }

  private annotationAt(x: number, y: number): string | null {
    const node = nodeAtPoint(this.doc, x, y);
    if (!node) return null;
    for (const [id, anchor] of this.anchors) {
      // intersectsNode first: reading rectangles forces layout, so only for likely hits.
      if (anchor.state === 'orphan' || !anchor.range.intersectsNode(node)) continue;
      for (const rect of anchor.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return id;
      }
    }
    return null;
  }

  /** Re-checks the address on request (the background saw the tab's URL change). */
  refresh(): void {
    this.checkNavigation();
  }
}

/** The text node under a point, by whichever caret API the browser has. */
function nodeAtPoint(doc: Document, x: number, y: number): Node | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (withPosition.caretPositionFromPoint) return withPosition.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return withPosition.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}
