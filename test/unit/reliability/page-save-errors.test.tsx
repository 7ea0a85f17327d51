import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../../../core/messaging/protocol';
import { storageProblemMessage } from '../../../platform/storage-health';

const sendToBackground = vi.fn();
vi.mock('../../../platform/messaging', () => ({
  sendToBackground: (request: BackgroundRequest) => sendToBackground(request),
}));
const { PageSession } = await import('../../../entrypoints/annotator/page-session');

const QUOTA = storageProblemMessage('quota');
const SENTENCE = 'The ministry said the convoy reached the city before dawn.';

/** A page with one paragraph, and the session Marginalia runs on it, with open roots a test can read. */
function startSession() {
  document.body.innerHTML = `<article><h1>Convoy</h1><p id="p">${SENTENCE}</p></article>`;
  const host = () => {
    const element = document.createElement('div');
    document.documentElement.append(element);
    return { host: element, root: element.attachShadow({ mode: 'open' }) };
  };
  const panels = host();
  const session = new PageSession(document, panels, host());
  session.start();
  return { session, root: panels.root };
}

function selectSentence(): void {
  const text = document.getElementById('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, SENTENCE.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const saves = () =>
  sendToBackground.mock.calls.map(([r]) => r as BackgroundRequest).filter((r) => r.type === 'annotation.save');

/** What the background answers to the session's other requests: an unannotated page, nothing to snapshot. */
function answer(request: BackgroundRequest) {
  if (request.type === 'page.annotations') return Promise.resolve({ article: null, annotations: [], parties: [] });
  if (request.type === 'anchor.report') return Promise.resolve({ updated: 0 });
  if (request.type === 'snapshot.check') return Promise.resolve({ needed: false });
  return Promise.resolve({});
}

describe('a save the background cannot store', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    // A session has no end: its snapshot check (after a real SHA-256 digest) can still be on
    // its way when a test ends, and must get an answer rather than undefined.
    sendToBackground.mockReset().mockImplementation(answer);
    document.body.replaceChildren();
  });

  it('is tried three times, then the reader is told why and can retry: the annotation is kept meanwhile', async () => {
    let diskFull = true;
    sendToBackground.mockImplementation((request: BackgroundRequest) => {
      if (request.type === 'annotation.save')
        return diskFull
          ? Promise.reject(new Error(QUOTA))
          : Promise.resolve({ outcome: 'created', article: { ...request.article, id: request.article.url } });
      return answer(request);
    });
    const { session, root } = startSession();
    selectSentence();
    const saving = session.capture('highlight');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await saving).toBe(false);

    expect(saves()).toHaveLength(3);
    const ids = new Set(saves().map((r) => r.type === 'annotation.save' && r.annotation.id));
    expect(ids.size).toBe(1);
    const notice = root.querySelector('[role="alert"]')!;
    expect(notice.textContent).toContain(`Marginalia could not save this annotation. ${QUOTA} It is kept on this page`);

    diskFull = false;
    const retry = [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Retry')!;
    retry.click();
    await vi.advanceTimersByTimeAsync(10);
    expect(saves()).toHaveLength(4);
    // The same annotation, as captured (the page may since have noted where it found it).
    const [first, retried] = [saves()[0]!, saves()[3]!].map((r) => {
      if (r.type !== 'annotation.save') throw new Error(r.type);
      const { anchor: _anchor, ...captured } = r.annotation;
      return captured;
    });
    expect(retried).toEqual(first);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('tells the reader at once, without queuing more saves, when the background does not answer', async () => {
    sendToBackground.mockImplementation((request: BackgroundRequest) =>
      request.type === 'annotation.save' ? new Promise(() => {}) : answer(request),
    );
    const { session, root } = startSession();
    selectSentence();
    const saving = session.capture('highlight');
    await vi.advanceTimersByTimeAsync(7900);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(await saving).toBe(false);
    expect(saves()).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(
      /could not save this annotation\. Its storage has not answered: another Marginalia tab or window may hold an older version/,
    );
  });
});
