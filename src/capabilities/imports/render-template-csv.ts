import type { ImportKind } from './imports.contracts.ts';
import { fenToWanText } from './exact-decimal.ts';
import { importTemplates, type TemplateColumn } from './import-templates.ts';

/**
 * The inverse of reading a template: records written as the CSV an officer would send (UTF-8 with a
 * BOM, Chinese headers, money in 万元, choices by their Chinese names). The demo city and exports
 * in template form go through this, so that they travel the same import path as real files.
 */
export function renderTemplateCsv(kind: ImportKind, records: Array<Record<string, unknown>>): Buffer {
  const columns = importTemplates[kind].columns.filter((column) => column.field !== undefined);
  const lines = [columns.map((column) => quote(column.header)).join(',')];
  for (const record of records) lines.push(columns.map((column) => quote(renderValue(column, record[column.field!]))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function renderValue(column: TemplateColumn, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (column.type) {
    case 'money_wan':
      return fenToWanText(value as number);
    case 'option':
      return column.options?.find((option) => option.value === value)?.zh ?? String(value);
    case 'yes_no':
      return value ? '是' : '否';
    default:
      return String(value);
  }
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
