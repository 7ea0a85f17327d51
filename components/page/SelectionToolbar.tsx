import type { CaptureAction } from '../../core/messaging/protocol';

export type ToolbarAction = CaptureAction;

export interface SelectionToolbarProps {
  x: number;
  y: number;
  onAction: (action: ToolbarAction) => void;
}

/** The toolbar's buttons, each with the key that presses it while the toolbar shows. */
export const TOOLBAR_ACTIONS: { action: ToolbarAction; label: string; key: string }[] = [
  { action: 'highlight', label: 'Highlight', key: 'h' },
  { action: 'claim', label: 'Claim', key: 'c' },
  { action: 'party', label: 'Party', key: 'p' },
  { action: 'note', label: 'Note', key: 'n' },
];

/** The small bar next to a selection offering what can be made of it. */
export function SelectionToolbar({ x, y, onAction }: SelectionToolbarProps) {
  return (
    <div class="layer">
      <div class="panel toolbar" role="toolbar" aria-label="Marginalia" style={{ left: `${x}px`, top: `${y}px` }}>
        {TOOLBAR_ACTIONS.map(({ action, label, key }) => (
          <button
            key={action}
            type="button"
            title={`${label} (${key.toUpperCase()})`}
            aria-keyshortcuts={key.toUpperCase()}
            // Keeps the page's selection and focus where they are.
            onMouseDown={(event) => event.preventDefault()}
            // A page script could click an open shadow root's buttons; only the reader's count.
            onClick={(event) => event.isTrusted && onAction(action)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
