import normalizeUrl from 'normalize-url';

/**
 * Query parameters that identify a click or a campaign, not the story. Dropping them lets
 * the same article shared through a newsletter, a social network or a search ad be one
 * article. Kept short and explicit so nothing that selects content is lost.
 */
const TRACKING_PARAMETERS: (RegExp | string)[] = [
  /^utm_\w+$/i,
  /^mc_(cid|eid)$/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|ttclid|li_fat_id)$/i,
  /^(_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid|ocid|ncid|sr_share|smid|s_cid)$/i,
];

/** Turns any address of a page into the key its annotations are stored under. */
export function normalizeArticleUrl(url: string): string {
  const normalized = normalizeUrl(url, {
    stripHash: true,
    stripWWW: false,
    removeQueryParameters: TRACKING_PARAMETERS,
    removeTrailingSlash: false,
    removeSingleSlash: false,
    sortQueryParameters: true,
    stripTextFragment: true,
  });
  // normalize-url keeps or drops the root path's "/" as the input had it (and drops it
  // with the last removed parameter), so a home page would get two keys; URL settles it.
  return new URL(normalized).href;
}

/** Whether the extension can annotate this address at all (not a browser page, not a file listing). */
export function isAnnotatableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The key for a page: its canonical link when the page gives a usable one (same scheme
 * family, absolute), else its own address. Both normalised.
 */
export function articleKey(url: string, canonicalUrl?: string): string {
  if (canonicalUrl && isAnnotatableUrl(canonicalUrl)) return normalizeArticleUrl(canonicalUrl);
  return normalizeArticleUrl(url);
}

/** Every key a page may be stored under, most specific first, without repeats. */
export function candidateKeys(url: string, canonicalUrl?: string): string[] {
  const keys = [articleKey(url, canonicalUrl), normalizeArticleUrl(url)];
  return [...new Set(keys)];
}
