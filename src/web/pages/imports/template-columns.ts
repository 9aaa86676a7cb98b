import type { ImportKind } from '../../api/types.ts';
import { importTemplates } from '../../../capabilities/imports/import-templates.ts';
import { pick, type Language } from '../../i18n/language.ts';

/** The template's column headers as an officer sees them in the file, required ones marked. */
export function templateHeaders(kind: ImportKind): Array<{ header: string; isRequired: boolean }> {
  return importTemplates[kind].columns.map((column) => ({ header: column.header, isRequired: column.isRequired }));
}

/** The template's note on a column (what it takes), shown on a rejected row's column. */
export function templateColumnNote(kind: ImportKind, header: string, language: Language): string | undefined {
  const column = importTemplates[kind].columns.find((candidate) => candidate.header === header);
  return column ? pick(column.notes, language) : undefined;
}
