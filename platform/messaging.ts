import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import {
  BackgroundRequestSchema,
  TabRequestSchema,
  type BackgroundRequest,
  type BackgroundResponses,
  type Envelope,
  type RequestOf,
  type TabRequest,
  type TabResponses,
} from '../core/messaging/protocol';
import { describeError } from './storage-health';
import { injectAnnotator } from './tabs';

type Handlers<Req extends { type: string }, Res extends Record<Req['type'], unknown>> = {
  [K in Req['type']]: (request: RequestOf<Req, K>, sender: Browser.runtime.MessageSender) => Promise<Res[K]> | Res[K];
};

function unwrap<T>(envelope: Envelope<T> | undefined, type: string): T {
  if (!envelope) throw new Error(`No answer to ${type}`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

export async function sendToBackground<K extends BackgroundRequest['type']>(
  request: RequestOf<BackgroundRequest, K>,
): Promise<BackgroundResponses[K]> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<BackgroundResponses[K]>;
  return unwrap(envelope, request.type);
}

/**
 * Sends to the annotator in a tab's top frame, injecting it first when the tab has none
 * yet (it is only ever loaded on demand).
 */
export async function sendToTab<K extends TabRequest['type']>(
  tabId: number,
  request: RequestOf<TabRequest, K>,
): Promise<TabResponses[K]> {
  const send = async () =>
    (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as Envelope<TabResponses[K]>;
  let envelope: Envelope<TabResponses[K]> | undefined;
  try {
    envelope = await send();
  } catch {
    envelope = undefined;
  }
  if (!envelope) {
    await injectAnnotator(tabId);
    envelope = await send();
  }
  return unwrap(envelope, request.type);
}

/**
 * Listens for one side's messages (the background's, or a content script's: each side
 * is the only listener for what is sent to it): only from this extension, each validated against its
 * schema before a handler sees it; the rest are refused with a logged reason.
 */
function listen<Req extends { type: string }, Res extends Record<Req['type'], unknown>>(
  schema: v.GenericSchema<unknown, Req>,
  handlers: Handlers<Req, Res>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) {
      console.warn('Marginalia: refused a message from outside the extension', sender.url);
      return Promise.resolve({ ok: false, error: 'Refused: not from this extension' });
    }
    const parsed = v.safeParse(schema, message);
    if (!parsed.success) {
      const reason = v.summarize(parsed.issues);
      console.warn('Marginalia: refused an invalid message', reason);
      return Promise.resolve({ ok: false, error: `Invalid message: ${reason}` });
    }
    const request = parsed.output;
    const handler = handlers[request.type as Req['type']] as (r: Req, s: Browser.runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(request, sender))
      .then(
        (value) => ({ ok: true, value }),
        // A storage failure reaches the page as what the reader can do about it.
        (error: unknown) => ({ ok: false, error: describeError(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function handleBackgroundRequests(handlers: Handlers<BackgroundRequest, BackgroundResponses>) {
  return listen(BackgroundRequestSchema, handlers);
}

export function handleTabRequests(handlers: Handlers<TabRequest, TabResponses>) {
  return listen(TabRequestSchema, handlers);
}

/**
 * Tells a view when the reader clicks a highlight on the page. The view only listens:
 * the background is the one that answers the message.
 */
export function onAnnotationSelected(callback: (id: string, tabId: number | undefined) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = v.safeParse(BackgroundRequestSchema, message);
    if (parsed.success && parsed.output.type === 'annotation.selected') callback(parsed.output.id, sender.tab?.id);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
