// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BackgroundRequestSchema,
  TabRequestSchema,
  type BackgroundResponses,
} from '../../../core/messaging/protocol';
import {
  handleBackgroundRequests,
  handleTabRequests,
  onAnnotationSelected,
  sendToBackground,
  sendToTab,
} from '../../../platform/messaging';
import { annotation, articleMetadata, party } from '../support/records';

type BackgroundHandlers = Parameters<typeof handleBackgroundRequests>[0];
type TabHandlers = Parameters<typeof handleTabRequests>[0];

const FROM_CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0, url: 'https://news.example.org/' };

/**
 * Handlers for every request type in the protocol that fail the test if reached, so
 * each test supplies only those it expects (and new message types need no edit here).
 */
function failingHandlers<H>(schema: { options: { entries: { type: { literal: string } } }[] }): H {
  return Object.fromEntries(
    schema.options.map(({ entries }) => [
      entries.type.literal,
      () => {
        throw new Error(`unexpected ${entries.type.literal}`);
      },
    ]),
  ) as H;
}

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  return { ...failingHandlers<BackgroundHandlers>(BackgroundRequestSchema), ...overrides };
}

function tabHandlers(overrides: Partial<TabHandlers> = {}): TabHandlers {
  return { ...failingHandlers<TabHandlers>(TabRequestSchema), ...overrides };
}

/** Delivers a message as the browser would, with the given sender, and returns the one answer. */
async function deliver(message: unknown, sender: object = FROM_CONTENT_SCRIPT): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  expect(answers).toHaveLength(1);
  return answers[0];
}

/** The fake browser sends with an empty sender; a real one names this extension. */
function routeSendMessageFromThisExtension() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => deliver(message));
}

describe('handleBackgroundRequests', () => {
  it('passes the handler the validated request, with defaults filled and unknown fields dropped', async () => {
    const save = vi.fn<BackgroundHandlers['annotation.save']>(async (request) => ({
      outcome: 'created' as const,
      article: { ...request.article, id: request.article.url, urls: [], firstVisit: '', lastVisit: '' },
    }));
    handleBackgroundRequests(handlers({ 'annotation.save': save }));
    const { note: _note, tags: _tags, ...bare } = annotation();
    const answer = await deliver({
      type: 'annotation.save',
      article: { url: 'https://news.example.org/story' },
      annotation: { ...bare, injected: '<img src=x>' },
    });

    expect(answer).toMatchObject({ ok: true, value: { outcome: 'created' } });
    expect(save).toHaveBeenCalledOnce();
    const [request, sender] = save.mock.calls[0] ?? [];
    expect(request?.annotation.note).toBe('');
    expect(request?.annotation.tags).toEqual([]);
    expect(request?.annotation).not.toHaveProperty('injected');
    expect(request?.article.title).toBe('');
    expect(sender).toEqual(FROM_CONTENT_SCRIPT);
  });

  it('answers each request type with its own handler', async () => {
    handleBackgroundRequests(
      handlers({
        'parties.list': () => ({ parties: [party()] }),
        'annotation.delete': async ({ id }) => ({ deleted: id === 'a-1' }),
      }),
    );
    expect(await deliver({ type: 'parties.list' })).toEqual({ ok: true, value: { parties: [party()] } });
    expect(await deliver({ type: 'annotation.delete', id: 'a-1' })).toEqual({ ok: true, value: { deleted: true } });
  });

  it.each([
    ['an unknown type', { type: 'annotation.purge' }],
    ['no type', { id: 'a-1' }],
    ['a missing field', { type: 'annotation.delete' }],
    ['a field of the wrong type', { type: 'annotation.delete', id: 42 }],
    ['an invalid annotation', { type: 'annotation.save', article: articleMetadata(), annotation: { ...annotation(), kind: 'x' } }],
    ['a page address that is not a URL', { type: 'page.loaded', url: 'nowhere' }],
    ['no object at all', 'page.loaded'],
    ['nothing', undefined],
  ])('refuses a message with %s, with an error answer and a warning', async (_label, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn();
    handleBackgroundRequests(
      handlers({ 'annotation.delete': handler, 'annotation.save': handler, 'page.loaded': handler }),
    );
    const answer = await deliver(message);
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message: /) });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ['a sender without an id', { url: 'https://evil.example.org/' }],
  ])('refuses a valid message from %s', async (_label, sender) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn(() => ({ parties: [] }));
    handleBackgroundRequests(handlers({ 'parties.list': handler }));
    const answer = await deliver({ type: 'parties.list' }, sender);
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('turns a handler’s failure into an error answer, thrown or rejected', async () => {
    handleBackgroundRequests(
      handlers({
        'parties.list': () => {
          throw new Error('database is closed');
        },
        'annotation.delete': async () => Promise.reject(new Error('quota exceeded')),
        'anchor.report': () => {
          throw 'plain text';
        },
      }),
    );
    expect(await deliver({ type: 'parties.list' })).toEqual({ ok: false, error: 'database is closed' });
    expect(await deliver({ type: 'annotation.delete', id: 'a-1' })).toEqual({ ok: false, error: 'quota exceeded' });
    expect(await deliver({ type: 'anchor.report', results: [] })).toEqual({ ok: false, error: 'plain text' });
  });

  it('stops listening when told to', async () => {
    const stop = handleBackgroundRequests(handlers({ 'parties.list': () => ({ parties: [] }) }));
    stop();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'parties.list' }, FROM_CONTENT_SCRIPT)).toEqual([]);
  });
});

describe('sendToBackground', () => {
  it('returns the handler’s value', async () => {
    routeSendMessageFromThisExtension();
    handleBackgroundRequests(handlers({ 'page.loaded': ({ url }) => ({ annotated: url.endsWith('/story') }) }));
    const answer: BackgroundResponses['page.loaded'] = await sendToBackground({
      type: 'page.loaded',
      url: 'https://news.example.org/story',
    });
    expect(answer).toEqual({ annotated: true });
  });

  it('throws the handler’s error', async () => {
    routeSendMessageFromThisExtension();
    handleBackgroundRequests(
      handlers({
        'party.save': () => {
          throw new Error('name taken');
        },
      }),
    );
    await expect(sendToBackground({ type: 'party.save', party: party() })).rejects.toThrow('name taken');
  });

  it('throws the refusal of an invalid request', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    routeSendMessageFromThisExtension();
    handleBackgroundRequests(handlers());
    await expect(sendToBackground({ type: 'annotation.delete', id: '' })).rejects.toThrow(/Invalid message/);
  });

  it('throws when nothing answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendToBackground({ type: 'parties.list' })).rejects.toThrow('No answer to parties.list');
  });
});

describe('handleTabRequests and sendToTab', () => {
  it('answers the annotator’s requests through the same envelope', async () => {
    handleTabRequests(
      tabHandlers({
        'page.describe': () => articleMetadata(),
        'annotation.reveal': ({ id }) => ({ found: id === 'a-1' }),
      }),
    );
    expect(await deliver({ type: 'annotation.reveal', id: 'a-1' })).toEqual({ ok: true, value: { found: true } });
    expect(await deliver({ type: 'page.describe' })).toEqual({ ok: true, value: articleMetadata() });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await deliver({ type: 'annotation.reveal', id: 3 })).toMatchObject({ ok: false });
  });

  it('sends to the tab’s top frame and returns the value', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { found: true } });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await sendToTab(7, { type: 'annotation.reveal', id: 'a-1' })).toEqual({ found: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'annotation.reveal', id: 'a-1' }, { frameId: 0 });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the annotator when the tab has none, then asks again', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: articleMetadata() });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await sendToTab(7, { type: 'page.describe' })).toEqual(articleMetadata());
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/annotator.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('throws the annotator’s error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'page has no body' });
    await expect(sendToTab(7, { type: 'page.describe' })).rejects.toThrow('page has no body');
  });
});

describe('onAnnotationSelected', () => {
  it('tells the view which annotation was clicked in which tab, and leaves the answer to the background', async () => {
    const selected = vi.fn();
    onAnnotationSelected(selected);
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'annotation.selected', id: 'a-1' },
      FROM_CONTENT_SCRIPT,
    );
    expect(selected).toHaveBeenCalledWith('a-1', 7);
    expect(answers).toEqual([undefined]);
  });

  it('ignores other messages and other senders', async () => {
    const selected = vi.fn();
    onAnnotationSelected(selected);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'parties.list' }, FROM_CONTENT_SCRIPT);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'annotation.selected', id: 'a-1' }, { id: 'someone-else' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'annotation.selected' }, FROM_CONTENT_SCRIPT);
    expect(selected).not.toHaveBeenCalled();
  });
});
