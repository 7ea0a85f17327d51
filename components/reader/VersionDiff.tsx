import { useMemo, useRef } from 'preact/hooks';
import type { Annotation } from '../../core/model';
import { changeOffsets, wordDiff } from '../../core/snapshots/diff';

export interface VersionDiffProps {
  before: { text: string; label: string };
  after: { text: string; label: string };
  /** Claims whose neighbourhood the reader can jump to. */
  claims: Annotation[];
}

const fold = (text: string) => text.replace(/\s+/g, ' ');

/** The word-level changes between two saved versions, insertions and deletions marked, with jumps to the changes near each claim. */
export function VersionDiff({ before, after, claims }: VersionDiffProps) {
  const parts = useMemo(() => wordDiff(before.text, after.text), [before.text, after.text]);
  const changes = useMemo(() => changeOffsets(parts), [parts]);
  const root = useRef<HTMLDivElement>(null);
  const jump = (index: number) => {
    const target = root.current?.querySelector<HTMLElement>(`#change-${index}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };
  const nearest = (claim: Annotation) => {
    const at = fold(before.text).indexOf(fold(claim.target.quote.exact));
    if (at < 0 || changes.length === 0) return null;
    return changes.reduce((best, c) => (Math.abs(c.before - at) < Math.abs(best.before - at) ? c : best));
  };
  return (
    <section class="version-diff" aria-label={`Changes from ${before.label} to ${after.label}`}>
      <p>
        {changes.length === 0
          ? 'The two versions have the same text.'
          : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} from ${before.label} to ${after.label}.`}{' '}
        <span class="legend">
          <ins>inserted</ins> <del>deleted</del>
        </span>
      </p>
      {claims.length > 0 && changes.length > 0 && (
        <ul class="claim-jumps">
          {claims.map((claim) => {
            const change = nearest(claim);
            return (
              <li key={claim.id}>
                <q>{claim.target.quote.exact.slice(0, 90)}</q>{' '}
                {change ? (
                  <button type="button" onClick={() => jump(change.index)}>
                    Changes near this claim
                  </button>
                ) : (
                  <span class="muted">not in the earlier text</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div ref={root} class="diff-text">
        {parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={index} id={`change-${index}`} tabIndex={-1}>
              {part.text}
            </ins>
          ) : (
            <del key={index} id={`change-${index}`} tabIndex={-1}>
              {part.text}
            </del>
          ),
        )}
      </div>
    </section>
  );
}
