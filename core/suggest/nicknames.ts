/**
 * Short forms of given names that do not begin their full form ("Bill" for William). The
 * ones that do ("Pat" for Patrick, "Josh" for Joshua) need no entry: see sameGivenName.
 */
const SHORT_FORMS = new Map<string, readonly string[]>([
  ['bill', ['william']],
  ['billy', ['william']],
  ['will', ['william']],
  ['bob', ['robert']],
  ['bobby', ['robert']],
  ['rob', ['robert']],
  ['mike', ['michael']],
  ['jim', ['james']],
  ['jimmy', ['james']],
  ['tom', ['thomas']],
  ['dick', ['richard']],
  ['rick', ['richard']],
  ['ted', ['edward', 'theodore']],
  ['liz', ['elizabeth']],
  ['beth', ['elizabeth']],
  ['peggy', ['margaret']],
  ['chuck', ['charles']],
  ['larry', ['lawrence']],
  ['jerry', ['gerald']],
  ['kate', ['katherine', 'catherine']],
  ['jack', ['john']],
  ['tony', ['anthony']],
  ['andy', ['andrew']],
  ['betsy', ['elizabeth']],
]);

/**
 * "Pat Carlineo" and "Patrick W. Carlineo", "Bill Clinton" and "William Clinton": whether
 * two given names are one, a full form and its short form. A short form that begins the
 * full one must be at least three letters and two shorter, so "Paul" and "Paula", "Eric"
 * and "Erica" stay two people.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (SHORT_FORMS.get(short)?.includes(long)) return true;
  return short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short);
}
