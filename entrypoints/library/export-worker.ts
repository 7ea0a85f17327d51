import { Repository } from '../../core/db/repository';
import { FORMAT_INFO, renderExport } from '../../core/exchange/formats';
import { scopeLabel, scopeSnapshot } from '../../components/library/export-scope';
import type { ExportJob, ExportJobMessage } from '../../components/library/export-job';

// A dedicated worker of the library page (components/library/export-job.ts starts it, one per export).
const post = (message: ExportJobMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ExportJob>) => {
  const { format, scope, exportedAt } = event.data;
  void (async () => {
    try {
      post({ step: 'progress', message: 'Reading the library…' });
      const snapshot = scopeSnapshot(await new Repository().readLibrary(), scope);
      post({ step: 'progress', message: `Writing ${FORMAT_INFO[format].label}…` });
      const label = scopeLabel(scope);
      const made = await renderExport(format, snapshot, { exportedAt, ...(label && { scopeLabel: label }) });
      const file = new Blob([made.text], { type: made.mimeType });
      post({ step: 'done', fileName: made.fileName, file, records: snapshot.annotations.length });
    } catch (error) {
      post({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
