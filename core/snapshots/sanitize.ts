import createDOMPurify from 'dompurify';

/**
 * What a stored article may keep: its text, structure, links, images and tables; no
 * scripts, styles, forms, frames, media players or inline handlers. Links keep only web
 * addresses (DOMPurify drops javascript: and the like).
 */
const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'object',
    'embed',
    'video',
    'audio',
    'source',
    'track',
    'picture',
    'svg',
    'math',
    'noscript',
    'template',
  ],
  FORBID_ATTR: [
    'style',
    'srcset',
    'sizes',
    'class',
    'id',
    'name',
    'ping',
    'background',
    'poster',
    'action',
    'formaction',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|#|\/|\.)/i,
};

/** Sanitises article HTML with DOMPurify, in the given window (a page's, or an extension page's). */
export function sanitizeArticleHtml(html: string, window: Window): string {
  return createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]).sanitize(html, CONFIG) as string;
}
