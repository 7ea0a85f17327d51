import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, FORMAT_INFO, renderExport, type ExportFormat } from '../../core/exchange/formats';
import { ImportError } from '../../core/exchange/import/errors';
import { readImportText } from '../../core/exchange/import/read';
import { nowIso } from '../../core/model';
import type { Command } from '../main';

const USAGE = `Usage: marginalia convert <file.json> --to <format> [--out FILE] [--reviewer NAME] [--reviewer-kind person|organization]

Converts a Marginalia backup (or a W3C Web Annotation / Hypothesis JSON file) into another
format. Writes to standard output unless --out is given.

Formats:
${EXPORT_FORMATS.map((f) => `  ${f.padEnd(12)} ${FORMAT_INFO[f].label}`).join('\n')}

Options:
  --to FORMAT            the format to write (required)
  --out FILE             write to FILE instead of standard output
  --reviewer NAME        author of ClaimReview reviews (default "Marginalia user")
  --reviewer-kind KIND   person (default) or organization`;

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        out: { type: 'string' },
        reviewer: { type: 'string' },
        'reviewer-kind': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'Name the file to convert.' : 'Convert one file at a time.');
  if (!values.to) return usageError('Say which format to write with --to.');
  if (!isFormat(values.to)) return usageError(`Unknown format "${values.to}".`);
  const kind = values['reviewer-kind'];
  if (kind !== undefined && kind !== 'person' && kind !== 'organization') {
    return usageError(`--reviewer-kind is "person" or "organization", not "${kind}".`);
  }
  const file = positionals[0]!;

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`marginalia convert: cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 1;
  }
  try {
    const library = readImportText(text);
    const output = await renderExport(values.to, library, {
      exportedAt: nowIso(),
      ...(values.reviewer !== undefined && { reviewer: values.reviewer }),
      ...(kind && { reviewerKind: kind === 'person' ? 'Person' : 'Organization' }),
    });
    if (values.out) await writeFile(values.out, output.text, 'utf8');
    else process.stdout.write(output.text);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`marginalia convert: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function usageError(message: string): number {
  console.error(`marginalia convert: ${message}\n\n${USAGE}`);
  return 2;
}

export const command: Command = {
  usage: 'marginalia convert <file.json> --to <format> [--out FILE]',
  summary: 'Convert a backup into W3C annotations, ClaimReview, citations, CSV or Markdown',
  run,
};
