import type { ArticleVersion } from '../db/snapshots';
import { partyIdsOf, type Annotation, type Article, type Party } from '../model';
import { escapeMarkdownInline as inline, escapeMarkdownLines, markdownLink } from './markdown-escape';
import { annotationsByArticle, partiesById, versionsByArticle, type LibrarySnapshot } from './snapshot';

export interface MarkdownOptions {
  exportedAt: string;
  title?: string;
}

const KIND_HEADINGS: Record<Annotation['kind'], string> = {
  claim: 'Claims',
  highlight: 'Highlights',
  'party-mention': 'Party mentions',
};

/**
 * A readable report: per article its details, its claims (claimant, subjects, verdict,
 * evidence, note), its highlights and party mentions, then the parties it involves. Every
 * string that came from a page or from the reader is escaped, so the report renders as
 * the text it holds, whatever that text is.
 */
export function markdownText(snapshot: LibrarySnapshot, options: MarkdownOptions): string {
  const parties = partiesById(snapshot);
  const grouped = annotationsByArticle(snapshot);
  const versions = versionsByArticle(snapshot);
  const articles = [...snapshot.articles].sort((a, b) =>
    a.lastVisit > b.lastVisit ? -1 : a.lastVisit < b.lastVisit ? 1 : 0,
  );
  const lines = [
    `# ${inline(options.title ?? 'Marginalia report')}`,
    '',
    `Exported ${options.exportedAt.slice(0, 10)}: ${count(articles.length, 'article')}, ${count(snapshot.annotations.length, 'annotation')}.`,
  ];
  for (const article of articles) {
    lines.push('', ...articleSection(article, grouped.get(article.id) ?? [], versions.get(article.id) ?? [], parties));
  }
  return `${lines.join('\n')}\n`;
}

function articleSection(
  article: Article,
  annotations: Annotation[],
  versions: ArticleVersion[],
  parties: Map<string, Party>,
): string[] {
  const lines = [`## ${inline(article.title || article.url)}`, '', ...articleDetails(article, versions)];
  for (const kind of ['claim', 'highlight', 'party-mention'] as const) {
    const ofKind = annotations.filter((a) => a.kind === kind);
    if (ofKind.length === 0) continue;
    blankLine(lines);
    lines.push(`### ${KIND_HEADINGS[kind]}`, '');
    ofKind.forEach((a, i) => lines.push(...annotationItem(a, i + 1, parties, versions)));
  }
  const involved = involvedParties(annotations, parties);
  if (involved.length > 0) {
    blankLine(lines);
    lines.push('### Parties', '');
    for (const p of involved) lines.push(`- ${partyLine(p)}`);
  }
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function blankLine(lines: string[]): void {
  if (lines.at(-1) !== '') lines.push('');
}

function articleDetails(article: Article, versions: ArticleVersion[]): string[] {
  const details: [string, string][] = [
    ['Site', inline(article.siteName)],
    ['Byline', inline(article.byline)],
    ['Published', inline(article.publishedTime)],
    ['Language', inline(article.language)],
    ['Address', markdownLink(article.canonicalUrl ?? article.url)],
    ['Read', `${article.firstVisit.slice(0, 10)} to ${article.lastVisit.slice(0, 10)}`],
    ['Type', article.isArticle ? 'article' : 'page (not an article)'],
    ['Saved text', savedVersions(versions)],
  ];
  return details.filter(([, value]) => value !== '').map(([label, value]) => `- ${label}: ${value}`);
}

/** How many texts of the article were saved, and when each was first seen. */
function savedVersions(versions: ArticleVersion[]): string {
  if (versions.length === 0) return '';
  const dates = versions.map((v) => v.firstSeen.slice(0, 10));
  return versions.length === 1
    ? `as it read on ${dates[0]}`
    : `${versions.length} versions, first seen on ${listing(dates)}`;
}

/**
 * The dates the article's text changed after an annotation was made: each later version's
 * first sighting. The first version is what was saved when the article was annotated.
 */
function changesSince(created: string, versions: ArticleVersion[]): string[] {
  return versions
    .slice(1)
    .filter((v) => v.firstSeen > created)
    .map((v) => v.firstSeen.slice(0, 10));
}

/** One annotation as a numbered list item: the quote as a block quote, then its fields. */
function annotationItem(a: Annotation, n: number, parties: Map<string, Party>, versions: ArticleVersion[]): string[] {
  const indent = ' '.repeat(`${n}. `.length);
  const name = (id: string) => (parties.has(id) ? inline(parties.get(id)!.name) : undefined);
  const fields: string[] = [];
  if (a.claim) {
    const claimant = a.claim.claimantId && name(a.claim.claimantId);
    if (claimant) fields.push(`Claimant: ${claimant}`);
    const about = a.claim.aboutIds.map(name).filter(Boolean);
    if (about.length > 0) fields.push(`About: ${about.join(', ')}`);
    fields.push(`Verdict: **${inline(a.claim.verdict)}**`);
    for (const link of a.claim.evidence) {
      fields.push(`Evidence: ${link.title.trim() ? `${inline(link.title)}, ` : ''}${markdownLink(link.url)}`);
    }
  }
  if (a.kind === 'party-mention' && a.partyId) fields.push(`Party: ${name(a.partyId) ?? 'unknown'}`);
  const changes = a.kind === 'claim' ? changesSince(a.created, versions) : [];
  if (changes.length > 0) fields.push(`The story changed on ${listing(changes)}, after this claim was logged.`);
  const note = escapeMarkdownLines(a.note);
  if (note.length > 0) fields.push(`Note: ${note.join(`\\\n${indent}  `)}`);
  if (a.tags.length > 0) fields.push(`Tags: ${a.tags.map(inline).join(', ')}`);
  const quote = `${n}. > ${inline(a.target.quote.exact)}`;
  return fields.length === 0 ? [quote, ''] : [quote, '', ...fields.map((f) => `${indent}- ${f}`), ''];
}

function involvedParties(annotations: Annotation[], parties: Map<string, Party>): Party[] {
  return [...new Set(annotations.flatMap(partyIdsOf))]
    .map((id) => parties.get(id))
    .filter((p): p is Party => p !== undefined)
    .sort((x, y) => x.name.localeCompare(y.name));
}

function partyLine(p: Party): string {
  const aliases = p.aliases.filter((alias) => alias.trim());
  return [
    `**${inline(p.name)}** (${p.kind})`,
    aliases.length > 0 ? `also called ${aliases.map(inline).join(', ')}` : '',
    p.description.trim() ? inline(p.description) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
