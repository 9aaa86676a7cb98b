import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from './database.ts';

/**
 * Set-based writes for batches of rows: the whole batch travels as ONE JSON parameter and PostgreSQL
 * unpacks it with `json_to_recordset`, instead of one bound parameter per cell. Building a statement
 * of 1,000 rows × 17 columns cell by cell cost more than the database took to run it; this costs
 * one `JSON.stringify`. The same SQL runs on PGlite and PostgreSQL.
 *
 * Rows are keyed by the table's field names, as Drizzle's `insert().values()` takes them (other keys
 * are ignored, as there). A field absent from a row (undefined) gets the column's default, as with
 * Drizzle: null for a column without one. Rows that leave out different defaulted columns go in
 * separate statements, each naming only the columns it supplies.
 */
export interface JsonRowWriteOptions {
  /** `ON CONFLICT (target) DO UPDATE SET field = excluded.field` for each of `update`. */
  onConflict?: { target: PgColumn[]; update: string[] };
}

const rowsPerStatement = 5_000;

export async function writeRowsAsJson(tx: Transaction, table: PgTable, rows: Array<Record<string, unknown>>, options: JsonRowWriteOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  for (const group of groupByFields(rows, columns)) {
    const fields = group.fields.map((field) => ({ field, column: columns[field]! }));
    const names = fields.map(({ column }) => sql.identifier(column.name));
    const recordType = sql.join(
      fields.map(({ column }) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`),
      sql`, `,
    );
    let conflict: SQL = sql``;
    if (options.onConflict) {
      const target = sql.join(options.onConflict.target.map((column) => sql.identifier(column.name)), sql`, `);
      const updates = sql.join(
        options.onConflict.update.map((field) => {
          const name = sql.identifier(columns[field]!.name);
          return sql`${name} = excluded.${name}`;
        }),
        sql`, `,
      );
      conflict = sql` ON CONFLICT (${target}) DO UPDATE SET ${updates}`;
    }
    for (let start = 0; start < group.rows.length; start += rowsPerStatement) {
      const slice = group.rows.slice(start, start + rowsPerStatement);
      const payload = JSON.stringify(slice.map((row) => toDriverRecord(row, fields)));
      await tx.execute(
        sql`INSERT INTO ${table} (${sql.join(names, sql`, `)}) SELECT ${sql.join(names, sql`, `)} FROM json_to_recordset(${payload}::json) AS r(${recordType})${conflict}`,
      );
    }
  }
}

/** `column = ANY($1)` with the values as one array parameter (one parameter, however many values). */
export function isAnyOf(column: PgColumn, values: string[] | number[]): SQL {
  return sql`${column} = ANY(${sql.param(values)}::${sql.raw(column.getSQLType())}[])`;
}

function groupByFields(rows: Array<Record<string, unknown>>, columns: Record<string, PgColumn>): Array<{ fields: string[]; rows: Array<Record<string, unknown>> }> {
  const supplied = new Set<string>();
  for (const row of rows) {
    for (const field in row) if (row[field] !== undefined && columns[field] !== undefined) supplied.add(field);
  }
  // A column without a default is named whenever any row supplies it: where a row does not, it is null.
  const undefaulted = [...supplied].filter((field) => !columns[field]!.hasDefault);
  const defaulted = [...supplied].filter((field) => columns[field]!.hasDefault);
  const groups = new Map<string, { fields: string[]; rows: Array<Record<string, unknown>> }>();
  for (const row of rows) {
    let key = '';
    for (const field of defaulted) key += row[field] === undefined ? '0' : '1';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { fields: [...undefaulted, ...defaulted.filter((field) => row[field] !== undefined)], rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** The row keyed by column name; values as Drizzle's column mappers would send them (jsonb stays a JSON value). */
function toDriverRecord(row: Record<string, unknown>, fields: Array<{ field: string; column: PgColumn }>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { field, column } of fields) {
    const value = row[field] ?? null;
    record[column.name] = value === null || column.getSQLType() === 'jsonb' || column.getSQLType() === 'json' ? value : column.mapToDriverValue(value);
  }
  return record;
}
