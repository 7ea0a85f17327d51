import { ImportError } from './errors';

/**
 * Largest file read, in characters (about megabytes for the mostly-ASCII JSON of a
 * library). A backup of 100,000 annotations is about 50 MB; parsing needs several times
 * the file's size in memory, and a browser tab has a few gigabytes at most.
 */
export const MAX_IMPORT_CHARACTERS = 150_000_000;

export interface ReadJsonOptions {
  maxCharacters?: number;
}

/** Parses an import file's text, or says in words what is wrong with it and where. */
export function parseJsonText(text: string, options: ReadJsonOptions = {}): unknown {
  const max = options.maxCharacters ?? MAX_IMPORT_CHARACTERS;
  if (text.length > max) {
    throw new ImportError(
      `The file is too large to import (${megabytes(text.length)} MB; the limit is ${megabytes(max)} MB). Export a smaller part of the library, such as one collection or a filter, and import the parts one by one.`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError('The file is empty.');
  try {
    return JSON.parse(body);
  } catch (error) {
    throw explainJsonFailure(body, error);
  }
}

function megabytes(characters: number): string {
  return (characters / 1_000_000).toFixed(characters < 10_000_000 ? 1 : 0);
}

function explainJsonFailure(text: string, error: unknown): ImportError {
  const unclosed = unclosedBrackets(text);
  if (unclosed > 0) {
    return new ImportError(
      `The file ends early: ${unclosed} opened bracket${unclosed === 1 ? ' is' : 's are'} never closed. It may have been cut off while saving or copying; export it again.`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = locate(text, message);
  return new ImportError(`The file is not valid JSON${where ? ` (${where})` : ''}: ${message}`);
}

/**
 * How many `{`/`[` are still open at the end, outside strings; a string still open at the
 * end counts as one more. Only run on text that failed to parse, to tell a cut-off file.
 */
function unclosedBrackets(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return 0;
      depth--;
    }
  }
  return depth + (inString ? 1 : 0);
}

/** Line and column of the failure, from the engine's message (each engine words it differently). */
function locate(text: string, message: string): string | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/i.exec(message);
  if (!position) return undefined;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
