/**
 * CSV for downloads (RFC 4180), safe to open in a spreadsheet: a text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so it is shown as text
 * and never run as a formula. Numbers are printed without float noise (0.1 + 0.2 → "0.3").
 */
export type CsvValue = string | number | boolean | null | undefined;

/** A number as people read it in a table: at most 12 significant digits, no exponent below 1e21. */
export function csvNumber(n: number): string {
	if (!Number.isFinite(n)) return '';
	return String(Number(n.toPrecision(12)));
}

/** One CSV cell: guarded against formula injection, quoted when it holds `"`, `,` or a line break. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return csvNumber(value);
	const raw = typeof value === 'boolean' ? String(value) : value;
	const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: a header row, then one row per record, CRLF line ends as RFC 4180 asks. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
	const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}
