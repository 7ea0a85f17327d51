export interface EmptyLibraryProps {
  onImport: () => void;
}

/** What a new reader sees instead of empty lists: how things get into the library. */
export function EmptyLibrary({ onImport }: EmptyLibraryProps) {
  return (
    <div class="empty-state">
      <p>
        <strong>Your library is empty.</strong>
      </p>
      <p>
        Open a news article, select a sentence, and choose <em>Claim</em>, <em>Highlight</em> or <em>Party</em> in the
        small toolbar that appears (or click the Marginalia button first). Every article you annotate shows up here,
        with its claims, parties and tags.
      </p>
      <p>
        Moving from another browser or another tool?{' '}
        <button type="button" class="link-button" onClick={onImport}>
          Import a backup or a W3C or Hypothesis file
        </button>
        .
      </p>
    </div>
  );
}
