import type { ExportFormat } from '../../core/exchange/formats';
import ExportWorker from '../../entrypoints/library/export-worker?worker';
import type { ExportScope } from './export-scope';

/** What the library page asks its export worker to make. */
export interface ExportJob {
  format: ExportFormat;
  scope: ExportScope;
  exportedAt: string;
}

/** What the export worker says while it works, and at the end. */
export type ExportJobMessage =
  | { step: 'progress'; message: string }
  | { step: 'done'; fileName: string; file: Blob; records: number }
  | { step: 'failed'; message: string };

export interface ExportedFile {
  fileName: string;
  file: Blob;
  /** How many annotations the file holds. */
  records: number;
}

/**
 * Makes an export in a worker of its own, so that reading and writing a large library
 * (seconds at 100,000 annotations) never freezes the page. The worker reads the database
 * itself: the library is not copied across to it, only the finished file comes back.
 */
export function runExportJob(job: ExportJob, onProgress: (message: string) => void): Promise<ExportedFile> {
  const worker = new ExportWorker();
  return new Promise<ExportedFile>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ExportJobMessage>) => {
      const message = event.data;
      if (message.step === 'progress') return onProgress(message.message);
      if (message.step === 'done')
        resolve({ fileName: message.fileName, file: message.file, records: message.records });
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The export stopped unexpectedly.')));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
