const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A number short enough for a table cell, keeping three significant digits below 1000. */
export function formatNumber(value) {
  if (value === undefined || value === null) return '';
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return integer.format(value);
  if (value === 0) return '0';
  return Number(value.toPrecision(3)).toString();
}

function formatRatio(ratio) {
  return ratio === undefined ? '' : `${ratio.toFixed(2)}×`;
}

/** Prints result rows as an aligned text table. */
export function formatTable(rows) {
  const header = ['suite', 'benchmark', 'value', 'unit', 'baseline', 'ratio'];
  const cells = rows.map((row) => [
    row.suite,
    row.name,
    formatNumber(row.value),
    row.unit,
    formatNumber(row.baseline),
    formatRatio(row.ratio),
  ]);
  const numeric = [false, false, true, false, true, true];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (cols) =>
    cols
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
