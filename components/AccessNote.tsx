export interface AccessNoteProps {
  onAllow: () => void;
}

/** Explains what all-sites access adds, for a reader who has not granted it, with the button that asks. */
export function AccessNote({ onAllow }: AccessNoteProps) {
  return (
    <aside class="access-note" aria-label="Automatic highlights">
      <p>
        Highlights come back on their own only where you open Marginalia. To see them on every page you revisit, allow
        Marginalia to read the pages you visit. Nothing leaves your computer either way.
      </p>
      <button type="button" onClick={onAllow}>
        Allow on all sites…
      </button>
    </aside>
  );
}
