import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../core/exchange/formats';
import { nowIso } from '../../core/model';
import { runExportJob } from './export-job';
import type { ExportScope } from './export-scope';
import { plural } from './format';

export interface ExportControlsProps {
  scope: ExportScope;
  /** Makes the controls' ids unique on the page. */
  idPrefix: string;
  /** What the button says is exported ("this collection"). */
  what: string;
}

type ExportState =
  | { step: 'idle' }
  | { step: 'working'; message: string }
  | { step: 'ready'; fileName: string; url: string; bytes: number; records: number }
  | { step: 'failed'; message: string };

/**
 * Exports a scope in a chosen format: the file is made in a worker, then offered as a link
 * the reader clicks to save it (an object URL on an <a download>: no download permission).
 */
export function ExportControls({ scope, idPrefix, what }: ExportControlsProps) {
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const url = state.step === 'ready' ? state.url : null;

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  // A file made for another scope must not be offered as this one's.
  useEffect(() => setState({ step: 'idle' }), [scope]);
  useEffect(() => {
    if (state.step === 'ready') link.current?.focus();
  }, [state]);

  const run = async () => {
    setState({ step: 'working', message: 'Reading the library…' });
    try {
      const { fileName, file, records } = await runExportJob({ format, scope, exportedAt: nowIso() }, (message) =>
        setState({ step: 'working', message }),
      );
      setState({ step: 'ready', fileName, url: URL.createObjectURL(file), bytes: file.size, records });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="export-controls">
      <label for={`${idPrefix}-format`}>Format</label>
      <div class="inline-fields">
        <select
          id={`${idPrefix}-format`}
          value={format}
          onChange={(e) => {
            setFormat(e.currentTarget.value as ExportFormat);
            setState({ step: 'idle' });
          }}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_INFO[f].label}
            </option>
          ))}
        </select>
        <button type="button" class="primary" disabled={state.step === 'working'} onClick={() => void run()}>
          Export {what}
        </button>
      </div>
      <div class="export-status" aria-live="polite">
        {state.step === 'working' && (
          <p>
            <progress aria-label="Export progress" /> {state.message}
          </p>
        )}
        {state.step === 'ready' && (
          <p>
            <a ref={link} class="download" href={state.url} download={state.fileName}>
              Save {state.fileName}
            </a>{' '}
            <span class="muted">
              ({plural(state.records, 'annotation')}, {formatBytes(state.bytes)})
            </span>
          </p>
        )}
        {state.step === 'failed' && (
          <p class="error" role="alert">
            The export failed: {state.message}
          </p>
        )}
      </div>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
