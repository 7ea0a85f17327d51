import { useRef, useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import { applyImport, previewImport } from '../../core/exchange/import/apply';
import { ImportError } from '../../core/exchange/import/errors';
import type { ImportPlan } from '../../core/exchange/import/plan';
import { readImportText, type ParsedImport } from '../../core/exchange/import/read';
import { ImportPlanTable } from './ImportPlanTable';

export interface ImportPanelProps {
  repo: Repository;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'working'; message: string }
  | { step: 'preview'; fileName: string; parsed: ParsedImport; plan: ImportPlan }
  | { step: 'done'; fileName: string; plan: ImportPlan }
  | { step: 'failed'; message: string; where?: string };

const FORMAT_NAMES: Record<ParsedImport['format'], string> = {
  'marginalia-backup': 'Marginalia backup',
  w3c: 'W3C Web Annotation file',
  hypothesis: 'Hypothesis export',
};

/**
 * Imports a file in two steps: read it and show what it would do (new, updated,
 * unchanged, skipped and why), then write all of it in one transaction, or nothing.
 */
export function ImportPanel({ repo }: ImportPanelProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File) => {
    try {
      setState({ step: 'working', message: `Reading ${file.name}…` });
      const parsed = readImportText(await file.text());
      setState({ step: 'working', message: 'Comparing with your library…' });
      setState({ step: 'preview', fileName: file.name, parsed, plan: await previewImport(repo, parsed) });
    } catch (error) {
      setState(failure(error));
    }
  };

  const confirm = async (fileName: string, parsed: ParsedImport) => {
    try {
      setState({ step: 'working', message: `Importing ${fileName}…` });
      setState({ step: 'done', fileName, plan: await applyImport(repo, parsed) });
      if (input.current) input.current.value = '';
    } catch (error) {
      setState(failure(error));
    }
  };

  return (
    <section class="data-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <label for="import-file">Choose a file to import</label>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void read(file);
        }}
      />
      <p class="muted">
        A Marginalia backup, a W3C Web Annotation file (.jsonld) or a Hypothesis export (.json). You see what it would
        change before anything is written; where the file and your library both have a record, the newer one is kept.
      </p>
      <div aria-live="polite">
        {state.step === 'working' && (
          <p>
            <progress aria-label="Import progress" /> {state.message}
          </p>
        )}
        {state.step === 'preview' && (
          <div class="import-preview">
            <h3>
              {FORMAT_NAMES[state.plan.format]}: {state.fileName}
            </h3>
            <ImportPlanTable plan={state.plan} />
            <div class="row">
              <button
                type="button"
                onClick={() => {
                  setState({ step: 'idle' });
                  if (input.current) input.current.value = '';
                }}
              >
                Cancel
              </button>
              <button type="button" class="primary" onClick={() => void confirm(state.fileName, state.parsed)}>
                Import
              </button>
            </div>
          </div>
        )}
        {state.step === 'done' && (
          <div class="import-done" role="status">
            <h3>Imported {state.fileName}</h3>
            <ImportPlanTable plan={state.plan} />
          </div>
        )}
        {state.step === 'failed' && (
          <div class="error" role="alert">
            <p>
              Nothing was imported. {state.where && <>In {state.where}: </>}
              {state.message}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

function failure(error: unknown): ImportState {
  if (error instanceof ImportError) return { step: 'failed', message: error.reason, where: error.where };
  return { step: 'failed', message: error instanceof Error ? error.message : String(error) };
}
