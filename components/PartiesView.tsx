import { useMemo } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { useUndo } from './hooks/use-undo';
import { PartyRegistry } from './PartyRegistry';
import { UndoToast } from './UndoToast';
import { ViewActions } from './view-actions';

export interface PartiesViewProps {
  repo: Repository;
  /** Lets the page repaint after a party change (merges move links). */
  onChange?: () => void;
}

/** The party registry with its own undo bar, for the side panel and the library. */
export function PartiesView({ repo, onChange }: PartiesViewProps) {
  const { pending, offer, undo, dismiss } = useUndo();
  const actions = useMemo(() => new ViewActions(repo, onChange), [repo, onChange]);
  return (
    <div class="parties-view">
      <PartyRegistry repo={repo} actions={actions} onUndoable={offer} />
      <UndoToast pending={pending} onUndo={() => void undo()} onDismiss={dismiss} />
    </div>
  );
}
