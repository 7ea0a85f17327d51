import * as v from 'valibot';

/**
 * Why a file cannot be imported, worded for the reader. `where` names the first bad record
 * and field as a path into the file (`annotations[12].target.quote.exact`), so the reader
 * can find it; nothing of the file has been written when this is thrown.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly reason: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${reason}` : reason);
  }
}

/** `annotations[12].target.quote.exact` from a path of keys, starting under `base`. */
export function formatPath(keys: readonly (string | number)[], base = ''): string {
  let path = base;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** Checks `input` against `schema`; on failure throws the first problem, where it is, in words. */
export function parseOrExplain<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  base = '',
): v.InferOutput<TSchema> {
  // abortEarly: the reader needs the first bad record, and a 100k-record file with a
  // systematic fault would otherwise collect 100k issues before saying anything.
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  throw new ImportError(describeIssue(issue), formatPath(keys, base) || undefined);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return `missing (expected ${issue.expected})`;
  return issue.message;
}
