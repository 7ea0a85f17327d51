/** A published time as a reader expects to see it, or the raw text when it is not a date. */
export function formatDate(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(time);
}
