const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** A size in bytes as a reader reads it: "980 bytes", "12.4 KB", "3.1 GB" (1 KB = 1,000 bytes, as disks count). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? String(Math.round(value)) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${UNITS[unit]}`;
}

/** When a backup was made, to the minute, in the reader's own locale. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));
}
