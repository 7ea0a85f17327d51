import type { CaptureAction } from '../../core/messaging/protocol';

export type ToolbarAction = CaptureAction;

export interface SelectionToolbarProps {
  x: number;
  y: number;
  onAction: (action: ToolbarAction) => void;
}

const ACTIONS: { action: ToolbarAction; label: string }[] = [
  { action: 'highlight', label: 'Highlight' },
  { action: 'claim', label: 'Claim' },
  { action: 'party', label: 'Party' },
  { action: 'note', label: 'Note' },
];

/** The small bar next to a selection offering what can be made of it. */
export function SelectionToolbar({ x, y, onAction }: SelectionToolbarProps) {
  return (
    <div class="layer">
      <div class="panel toolbar" role="toolbar" aria-label="Marginalia" style={{ left: `${x}px`, top: `${y}px` }}>
        {ACTIONS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
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
