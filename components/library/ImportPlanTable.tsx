import type { ImportPlan } from '../../core/exchange/import/plan';
import { plural } from './format';

type CountedKind = keyof ImportPlan['counts'];

/** Names of the kinds of record a plan counts; a kind without one is shown by its key. */
const KIND_NAMES: Record<string, string> = {
  articles: 'Articles',
  annotations: 'Annotations',
  parties: 'Parties',
  settings: 'Settings',
  collections: 'Collections',
  dismissals: 'Dismissed suggestions',
  versions: 'Page versions',
};

function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

export interface ImportPlanTableProps {
  plan: ImportPlan;
}

/** What an import does to each kind of record, and why records were kept or skipped. */
export function ImportPlanTable({ plan }: ImportPlanTableProps) {
  const kinds = (Object.keys(plan.counts) as CountedKind[]).filter((k) => {
    const c = plan.counts[k];
    return c.new + c.updated + c.unchanged + c.skipped > 0;
  });
  return (
    <>
      <table class="plan-table">
        <caption class="visually-hidden">What the import does</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Skipped</th>
            <th scope="col">Conflicts</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => {
            const c = plan.counts[k];
            return (
              <tr key={k}>
                <th scope="row">{kindName(k)}</th>
                <td>{c.new}</td>
                <td>{c.updated}</td>
                <td>{c.unchanged}</td>
                <td>{c.skipped}</td>
                <td>{c.conflicts}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {plan.reasons.length > 0 && (
        <ul class="plain-list plan-reasons">
          {plan.reasons.map((r) => (
            <li key={`${r.kind}-${r.outcome}-${r.reason}`}>
              {plural(r.count, kindName(r.kind).toLowerCase().replace(/s$/, ''), kindName(r.kind).toLowerCase())}{' '}
              {r.outcome}: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
