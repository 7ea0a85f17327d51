import { useAllSitesAccess } from '../hooks/use-all-sites-access';

/** Whether Marginalia may read every site (to paint saved notes again by itself), and the button that asks. */
export function AccessSettings() {
  const { granted, request } = useAllSitesAccess();
  return (
    <section class="settings-section" aria-labelledby="access-heading">
      <h2 id="access-heading">Access to sites</h2>
      <p aria-live="polite">
        {granted === undefined
          ? 'Checking…'
          : granted
            ? 'Marginalia may read every site: your notes are painted again on any page you revisit, and articles opened from the library show them at once.'
            : 'Marginalia reads a page only when you open it there (the toolbar button, the context menu or a shortcut). Notes come back on a page when you do.'}
      </p>
      {granted === false && (
        <button type="button" onClick={() => void request()}>
          Allow on all sites…
        </button>
      )}
      <p class="muted">Nothing leaves your computer either way.</p>
    </section>
  );
}
