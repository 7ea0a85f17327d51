export interface NoMatchesProps {
  what: string;
  onClear: () => void;
}

/** Said when the filters leave nothing, with the way back. */
export function NoMatches({ what, onClear }: NoMatchesProps) {
  return (
    <div class="empty-state">
      <p>No {what} match the search and filters.</p>
      <button type="button" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
