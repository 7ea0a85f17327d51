/** Where a floating panel sits, in viewport pixels. */
export interface Placement {
  x: number;
  y: number;
}

export type SaveStatus = { kind: 'idle' | 'saved' | 'error'; message?: string };

/** Everything the page overlay shows; the session owns it and re-renders on each change. */
export interface OverlayState {
  toolbar: Placement | null;
  editor: (Placement & { annotationId: string; mode: 'claim' | 'note' }) | null;
  chooser: (Placement & { annotationId: string; text: string }) | null;
  card: (Placement & { annotationId: string }) | null;
  saveStatus: SaveStatus;
  /** A message the reader must see (a failed save, nothing selected), with an optional retry. */
  notice: { message: string; retry?: () => void } | null;
}

export const EMPTY_OVERLAY: OverlayState = {
  toolbar: null,
  editor: null,
  chooser: null,
  card: null,
  saveStatus: { kind: 'idle' },
  notice: null,
};

const MARGIN = 8;

/**
 * Places a panel of the given size below a rectangle, or above it when there is no room
 * below, always inside the viewport.
 */
export function placeNear(
  rect: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = rect.bottom + MARGIN;
  const y = below + size.height <= viewport.height ? below : Math.max(MARGIN, rect.top - MARGIN - size.height);
  const x = Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, viewport.width - size.width - MARGIN));
  return { x, y };
}
