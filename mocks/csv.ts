/** CSV as spreadsheets read it (RFC 4180), with formula injection neutralised (OWASP ASVS 1.2.10). */

// A cell starting with one of these may run as a formula in Excel, Sheets or LibreOffice: ASVS 1.2.10 lists
// `=` `+` `-` `@`, TAB and NUL; CR is added because some importers read it as TAB.
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (header: readonly string[], rows: readonly (readonly unknown[])[]): string =>
  [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
