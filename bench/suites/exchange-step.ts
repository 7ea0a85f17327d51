// One measured step of the exchange benchmark. bench/suites/exchange.mjs runs each step in
// a process of its own, so the process's peak memory (maxRSS) is that step's.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../../core/db/database';
import { Repository } from '../../core/db/repository';
import { backupText } from '../../core/exchange/backup';
import { renderExport, type ExportFormat } from '../../core/exchange/formats';
import { applyImport } from '../../core/exchange/import/apply';
import { planImport } from '../../core/exchange/import/plan';
import { readImportText } from '../../core/exchange/import/read';
import { generatedLibrary } from './exchange-library';

export type ExchangeStep = ExportFormat | 'import-read' | 'import-plan' | 'import-apply' | 'baseline';

function maxRssBytes(): number {
  // resourceUsage reports kilobytes.
  return process.resourceUsage().maxRSS * 1024;
}

/** Writes a backup of a generated library of `size` annotations; returns its size in bytes. */
export function writeGeneratedBackup(size: number, file: string): number {
  const text = backupText(generatedLibrary(size), { exportedAt: new Date().toISOString() });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export async function runStep(backupFile: string, step: ExchangeStep): Promise<{ ms: number; peakBytes: number; loadedBytes: number; records: number }> {
  const text = readFileSync(backupFile, 'utf8');
  if (step === 'import-read') {
    const loadedBytes = maxRssBytes();
    const started = performance.now();
    const parsed = readImportText(text);
    return { ms: performance.now() - started, peakBytes: maxRssBytes(), loadedBytes, records: parsed.annotations.length };
  }
  const library = readImportText(text);
  const loadedBytes = maxRssBytes();
  const started = performance.now();
  let records = library.annotations.length;
  if (step === 'import-plan') {
    // Against a library that already holds every record: each one is compared (re-import).
    planImport(library, library);
  } else if (step === 'import-apply') {
    const plan = await applyImport(new Repository(openDatabase(`bench-${process.pid}`)), library);
    records = plan.counts.annotations.new;
  } else if (step !== 'baseline') {
    const file = await renderExport(step, library, { exportedAt: new Date().toISOString() });
    records = file.text.length;
  }
  return { ms: performance.now() - started, peakBytes: maxRssBytes(), loadedBytes, records };
}
