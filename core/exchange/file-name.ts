/** Longest scope label kept in a file name, in characters: enough to recognise a title. */
const MAX_LABEL_LENGTH = 48;

/**
 * A file name for an export: `marginalia-2026-11-25.w3c.jsonld`, or with the scope's label
 * (an article title, a filter) `marginalia-budget-vote-2026-11-25.md`. The label keeps
 * letters and digits of any script and nothing else, so a hostile title can neither
 * leave the download folder nor pick the file's type.
 */
export function exportFileName(extension: string, when: Date, label = ''): string {
  const slug = slugify(label);
  return `marginalia-${slug ? `${slug}-` : ''}${localDate(when)}.${extension}`;
}

function slugify(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (!words) return '';
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_LABEL_LENGTH) break;
    slug = next;
  }
  return slug || [...words[0]!].slice(0, MAX_LABEL_LENGTH).join('');
}

/** The reader's calendar date: a file saved late in the evening carries that evening's date. */
function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
