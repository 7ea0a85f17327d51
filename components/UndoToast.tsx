import type { Undoable } from './view-actions';

export interface UndoToastProps {
  pending: Undoable | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** The few seconds in which a deletion or merge can be taken back. */
export function UndoToast({ pending, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {pending && (
        <div class="toast">
          <span>{pending.message}</span>
          <button type="button" class="primary" onClick={onUndo}>
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
