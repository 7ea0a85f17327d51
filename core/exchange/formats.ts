import { backupText } from './backup';
import { bibtexText } from './bibtex';
import { claimReviewText, type ClaimReviewOptions } from './claimreview';
import { cslText } from './csl';
import { csvText } from './csv';
import { exportFileName } from './file-name';
import { markdownText } from './markdown';
import { risText } from './ris';
import type { LibrarySnapshot } from './snapshot';
import { w3cText } from './w3c';

export const EXPORT_FORMATS = [
  'backup',
  'w3c',
  'claimreview',
  'csl',
  'bibtex',
  'ris',
  'csv',
  'markdown',
  'apa',
  'mla',
  'chicago',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  extension: string;
  mimeType: string;
}

export const FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  backup: {
    label: 'Marginalia backup (everything, to restore)',
    extension: 'backup.json',
    mimeType: 'application/json',
  },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', extension: 'w3c.jsonld', mimeType: 'application/ld+json' },
  claimreview: {
    label: 'ClaimReview (schema.org JSON-LD), rated claims',
    extension: 'claimreview.jsonld',
    mimeType: 'application/ld+json',
  },
  csl: { label: 'CSL-JSON citations', extension: 'csl.json', mimeType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { label: 'BibTeX citations', extension: 'bib', mimeType: 'application/x-bibtex' },
  ris: { label: 'RIS citations', extension: 'ris', mimeType: 'application/x-research-info-systems' },
  csv: { label: 'Spreadsheet (CSV), one row per annotation', extension: 'csv', mimeType: 'text/csv' },
  markdown: { label: 'Markdown report', extension: 'md', mimeType: 'text/markdown' },
  apa: { label: 'Bibliography, APA 7th edition', extension: 'apa.txt', mimeType: 'text/plain' },
  mla: { label: 'Bibliography, MLA 9th edition', extension: 'mla.txt', mimeType: 'text/plain' },
  chicago: { label: 'Bibliography, Chicago 18th edition', extension: 'chicago.txt', mimeType: 'text/plain' },
};

export interface ExportOptions extends ClaimReviewOptions {
  /** When the export is made (ISO time): recorded in backups, collections and reports. */
  exportedAt: string;
  /** What the export covers, for titles and file names: an article's title, a filter. */
  scopeLabel?: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/**
 * A snapshot in one format, with its file name and type. The citation engine is loaded
 * only for the formats that need it.
 */
export async function renderExport(
  format: ExportFormat,
  snapshot: LibrarySnapshot,
  options: ExportOptions,
): Promise<ExportFile> {
  const info = FORMAT_INFO[format];
  return {
    fileName: exportFileName(info.extension, new Date(options.exportedAt), options.scopeLabel),
    mimeType: info.mimeType,
    text: await render(format, snapshot, options),
  };
}

async function render(format: ExportFormat, snapshot: LibrarySnapshot, options: ExportOptions): Promise<string> {
  const title = options.scopeLabel ? `Marginalia: ${options.scopeLabel}` : undefined;
  switch (format) {
    case 'backup':
      return backupText(snapshot, options);
    case 'w3c':
      return w3cText(snapshot, { exportedAt: options.exportedAt, ...(title && { label: title }) });
    case 'claimreview':
      return claimReviewText(snapshot, options);
    case 'csl':
      return cslText(snapshot);
    case 'csv':
      return csvText(snapshot);
    case 'markdown':
      return markdownText(snapshot, { exportedAt: options.exportedAt, ...(title && { title }) });
    case 'bibtex':
      return bibtexText(snapshot);
    case 'ris':
      return risText(snapshot);
    case 'apa':
    case 'mla':
    case 'chicago':
      return (await import('./citations')).bibliographyText(snapshot, format);
  }
}
