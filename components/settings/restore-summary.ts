import type { ImportPlan, RecordKind } from '../../core/exchange/import/plan';

const NAMES: Record<RecordKind, [string, string]> = {
  articles: ['article', 'articles'],
  annotations: ['annotation', 'annotations'],
  parties: ['party', 'parties'],
  settings: ['setting', 'settings'],
  collections: ['collection', 'collections'],
  dismissals: ['dismissed suggestion', 'dismissed suggestions'],
};
const KINDS: RecordKind[] = ['annotations', 'articles', 'parties', 'collections', 'settings', 'dismissals'];

function list(plan: ImportPlan, outcome: 'new' | 'updated'): string {
  const parts = KINDS.filter((kind) => plan.counts[kind][outcome] > 0).map((kind) => {
    const n = plan.counts[kind][outcome];
    return `${n} ${NAMES[kind][n === 1 ? 0 : 1]}`;
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What restoring a backup will do, in a sentence or two, from its plan; null when it would change nothing. */
export function restoreSummary(plan: ImportPlan): string | null {
  const added = list(plan, 'new');
  const replaced = list(plan, 'updated');
  if (!added && !replaced) return null;
  const sentences = [];
  if (added) sentences.push(`It brings back ${added} that the library no longer has.`);
  if (replaced) sentences.push(`It puts back the backup’s copy of ${replaced}, newer than the library’s.`);
  sentences.push('Everything changed since the backup keeps its newer version.');
  return sentences.join(' ');
}
