/**
 * Literal and identifier quoting for the SQL we build. DuckDB strings have no backslash escapes
 * (standard SQL), so doubling the quote is the whole rule; identifiers likewise with `"`.
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(", ")}]`;
}
