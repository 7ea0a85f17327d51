import type { Annotation, Article, Party } from '../../core/model';
import { hostOf } from '../../core/search/library-search';

const numbers = new Intl.NumberFormat();
const days = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "1 claim", "2,345 claims". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** A day as the reader writes it, or '' when the text is not a date. */
export function shortDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : days.format(time);
}

/** What a list calls an article: its title, else its address. */
export function articleTitle(article: Article | undefined, fallback = 'Unknown article'): string {
  return article?.title.trim() || article?.url || fallback;
}

/** A site as a reader names it: the name the page gives, else its host. */
export function siteName(article: Article): string {
  return article.siteName.trim() || hostOf(article.url);
}

export const KIND_NAMES: Record<Annotation['kind'], string> = {
  claim: 'Claim',
  highlight: 'Highlight',
  'party-mention': 'Party mention',
};

export function partyName(parties: ReadonlyMap<string, Party>, id: string | undefined): string {
  return (id && parties.get(id)?.name) || '';
}
