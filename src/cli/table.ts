/** Rows as an aligned text table (for a terminal) or as CSV (RFC 4180). */

/** A column: its title and at most how wide it is shown in a table (longer cells are cut with …). */
export interface Column {
  title: string;
  width?: number;
}

function cut(cell: string, width: number | undefined): string {
  const flat = cell.replace(/\s+/g, ' ');
  return width !== undefined && flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The rows as a table with a header line, columns padded to their widest cell. */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const cells = rows.map((row) => columns.map((column, i) => cut(row[i] ?? '', column.width)));
  const widths = columns.map((column, i) => Math.max(column.title.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** One CSV field: quoted when it holds a comma, a quote mark or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line, ended with CRLF as RFC 4180 says. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
