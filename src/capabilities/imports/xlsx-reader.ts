import path from 'node:path/posix';
import { excelSerialToIsoDate, isDateFormat } from './excel-dates.ts';
import { importErrors } from './imports.errors.ts';
import type { ImportLimits } from './import-limits.ts';
import type { Sheet, SheetCell, SheetRow } from './spreadsheet.ts';
import { attribute, decodeSpreadsheetEscapes, parseAttributes, readAttribute, scanXml, XmlError } from './xml-scanner.ts';
import { openZipArchive, type ZipArchive } from './zip-archive.ts';

/**
 * Reads the visible worksheets of an .xlsx (SpreadsheetML) workbook: cell values as stored, shared
 * strings, and which number cells are dates. Refuses workbooks with external links. Formulas are
 * reported as such and never evaluated.
 */
const maxColumns = 16_384;
const utf8 = new TextDecoder('utf-8');

interface Relationship {
  type: string;
  target: string;
}

export async function readXlsx(content: Buffer, limits: ImportLimits): Promise<Sheet[]> {
  const zip = openZipArchive(content, limits);
  if (zip.names().some((name) => /(^|\/)externalLinks\//i.test(name))) throw importErrors('EXTERNAL_LINKS');
  const workbookPath = (await relationships(zip, '')).find((relation) => relation.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw importErrors('NOT_A_WORKBOOK');
  const workbookRelations = await relationships(zip, workbookPath);
  if (workbookRelations.some((relation) => relation.type === 'externalLink')) throw importErrors('EXTERNAL_LINKS');
  const relationsById = new Map(workbookRelations.map((relation) => [relation.id, relation]));
  const workbook = await readWorkbook(zip, workbookPath);
  if (workbook.hasExternalReferences) throw importErrors('EXTERNAL_LINKS');

  let shared: Promise<SharedParts> | undefined;
  const sharedParts = () =>
    (shared ??= (async () => ({
      strings: await readSharedStrings(zip, workbookRelations.find((relation) => relation.type === 'sharedStrings')?.target),
      dateStyles: await readDateStyles(zip, workbookRelations.find((relation) => relation.type === 'styles')?.target),
      isDate1904: workbook.isDate1904,
    }))());

  const sheets: Sheet[] = [];
  for (const sheet of workbook.sheets) {
    const relation = relationsById.get(sheet.relationId);
    if (sheet.isHidden || !relation || relation.type !== 'worksheet' || !zip.has(relation.target)) continue;
    sheets.push({
      name: sheet.name,
      rows: async () => {
        const parts = await sharedParts();
        return readSheetRows(await readXml(zip, relation.target), parts);
      },
    });
  }
  if (sheets.length === 0) throw importErrors('NO_WORKSHEET');
  return sheets;
}

async function readXml(zip: ZipArchive, name: string): Promise<string> {
  return utf8.decode(await zip.read(name));
}

function badXml(part: string, error: unknown): Error {
  if (!(error instanceof XmlError)) return error as Error;
  return importErrors('CORRUPT_FILE', { reasonZh: `${part} 的内容无法解析（${error.message}）`, reasonEn: `${part} cannot be parsed (${error.message})` });
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), targets resolved to part names. */
async function relationships(zip: ZipArchive, partName: string): Promise<Array<Relationship & { id: string }>> {
  const folder = path.dirname(partName);
  const relsName = path.join(folder === '.' ? '' : folder, '_rels', `${path.basename(partName)}.rels`);
  if (!zip.has(relsName)) return [];
  const found: Array<Relationship & { id: string }> = [];
  try {
    for (const token of scanXml(await readXml(zip, relsName))) {
      if (token.kind !== 'open' || token.name !== 'Relationship') continue;
      const attributes = parseAttributes(token.attributes);
      const target = attributes.get('Target') ?? '';
      const isExternal = attributes.get('TargetMode') === 'External';
      found.push({
        id: attributes.get('Id') ?? '',
        type: (attributes.get('Type') ?? '').split('/').pop() ?? '',
        target: isExternal ? target : target.startsWith('/') ? target.slice(1) : path.normalize(path.join(folder === '.' ? '' : folder, target)),
      });
    }
  } catch (error) {
    throw badXml(relsName, error);
  }
  return found;
}

interface WorkbookInfo {
  isDate1904: boolean;
  hasExternalReferences: boolean;
  sheets: Array<{ name: string; relationId: string; isHidden: boolean }>;
}

async function readWorkbook(zip: ZipArchive, workbookPath: string): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { isDate1904: false, hasExternalReferences: false, sheets: [] };
  try {
    for (const token of scanXml(await readXml(zip, workbookPath))) {
      if (token.kind !== 'open') continue;
      if (token.name === 'workbookPr') {
        const value = parseAttributes(token.attributes).get('date1904');
        info.isDate1904 = value === '1' || value === 'true';
      } else if (token.name === 'externalReference') {
        info.hasExternalReferences = true;
      } else if (token.name === 'sheet') {
        const attributes = parseAttributes(token.attributes);
        const state = attributes.get('state');
        info.sheets.push({ name: attributes.get('name') ?? '', relationId: attribute(attributes, 'id') ?? '', isHidden: state === 'hidden' || state === 'veryHidden' });
      }
    }
  } catch (error) {
    throw badXml(workbookPath, error);
  }
  return info;
}

interface SharedParts {
  strings: string[];
  dateStyles: Set<number>;
  isDate1904: boolean;
}

/** Each `<si>`: its `<t>` texts joined, leaving out phonetic guides (`<rPh>`). */
async function readSharedStrings(zip: ZipArchive, partName: string | undefined): Promise<string[]> {
  if (!partName || !zip.has(partName)) return [];
  const strings: string[] = [];
  let current = '';
  let isInText = false;
  let phoneticDepth = 0;
  try {
    for (const token of scanXml(await readXml(zip, partName))) {
      if (token.kind === 'open') {
        if (token.name === 'si') current = '';
        else if (token.name === 'rPh') phoneticDepth += token.isSelfClosing ? 0 : 1;
        else if (token.name === 't') isInText = !token.isSelfClosing && phoneticDepth === 0;
        if (token.name === 'si' && token.isSelfClosing) strings.push('');
      } else if (token.kind === 'close') {
        if (token.name === 'si') strings.push(decodeSpreadsheetEscapes(current));
        else if (token.name === 'rPh') phoneticDepth -= 1;
        else if (token.name === 't') isInText = false;
      } else if (isInText) {
        current += token.text;
      }
    }
  } catch (error) {
    throw badXml(partName, error);
  }
  return strings;
}

/** The indexes of cell formats (`cellXfs`) whose number format is a date or time. */
async function readDateStyles(zip: ZipArchive, partName: string | undefined): Promise<Set<number>> {
  const dateStyles = new Set<number>();
  if (!partName || !zip.has(partName)) return dateStyles;
  const formatCodes = new Map<number, string>();
  let isInCellFormats = false;
  let index = 0;
  try {
    for (const token of scanXml(await readXml(zip, partName))) {
      if (token.kind === 'close' && token.name === 'cellXfs') isInCellFormats = false;
      if (token.kind !== 'open') continue;
      if (token.name === 'numFmt') {
        const attributes = parseAttributes(token.attributes);
        formatCodes.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
      } else if (token.name === 'cellXfs') {
        isInCellFormats = !token.isSelfClosing;
      } else if (token.name === 'xf' && isInCellFormats) {
        const id = Number(parseAttributes(token.attributes).get('numFmtId') ?? 0);
        if (isDateFormat(id, formatCodes.get(id))) dateStyles.add(index);
        index += 1;
      }
    }
  } catch (error) {
    throw badXml(partName, error);
  }
  return dateStyles;
}

/** `B12` → column index 1. */
function columnIndex(reference: string): number | undefined {
  let index = 0;
  let cursor = 0;
  while (cursor < reference.length) {
    const code = reference.charCodeAt(cursor);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    cursor += 1;
  }
  return cursor === 0 ? undefined : index - 1;
}

function* readSheetRows(xml: string, parts: SharedParts): Generator<SheetRow> {
  let rowNumber = 0;
  let cells: Array<SheetCell | undefined> = [];
  let column = -1;
  let cell: { type: string; style: number; hasFormula: boolean; value: string; inline: string } | undefined;
  let capture: 'value' | 'inline' | undefined;
  let phoneticDepth = 0;
  try {
    for (const token of scanXml(xml)) {
      if (token.kind === 'text') {
        if (capture === 'value' && cell) cell.value += token.text;
        else if (capture === 'inline' && cell && phoneticDepth === 0) cell.inline += token.text;
        continue;
      }
      const name = token.name;
      if (token.kind === 'open') {
        if (name === 'row') {
          const reference = Number(readAttribute(token.attributes, 'r'));
          rowNumber = Number.isInteger(reference) && reference > rowNumber ? reference : rowNumber + 1;
          cells = [];
          column = -1;
          if (token.isSelfClosing) continue;
        } else if (name === 'c') {
          const reference = readAttribute(token.attributes, 'r');
          column = (reference ? columnIndex(reference) : undefined) ?? column + 1;
          if (column >= maxColumns) throw new XmlError(`column beyond ${maxColumns}`);
          cell = { type: readAttribute(token.attributes, 't') ?? 'n', style: Number(readAttribute(token.attributes, 's') ?? 0), hasFormula: false, value: '', inline: '' };
          if (token.isSelfClosing) cell = undefined;
        } else if (name === 'f' && cell) {
          cell.hasFormula = true;
        } else if (name === 'v' && cell && !token.isSelfClosing) {
          capture = 'value';
        } else if (name === 't' && cell && !token.isSelfClosing) {
          capture = 'inline';
        } else if (name === 'rPh') {
          phoneticDepth += token.isSelfClosing ? 0 : 1;
        }
        continue;
      }
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'rPh') phoneticDepth -= 1;
      else if (name === 'c' && cell) {
        cells[column] = toCell(cell, parts);
        cell = undefined;
      } else if (name === 'row') {
        if (cells.some((value) => value !== undefined)) yield { row: rowNumber, cells };
        cells = [];
      }
    }
  } catch (error) {
    throw badXml('worksheet', error);
  }
}

function toCell(cell: { type: string; style: number; hasFormula: boolean; value: string; inline: string }, parts: SharedParts): SheetCell | undefined {
  if (cell.hasFormula) return { type: 'formula' };
  switch (cell.type) {
    case 's': {
      const text = parts.strings[Number(cell.value)];
      if (text === undefined) throw new XmlError(`shared string ${cell.value} does not exist`);
      return text === '' ? undefined : { type: 'text', text };
    }
    case 'inlineStr':
    case 'str': {
      const text = decodeSpreadsheetEscapes(cell.type === 'str' ? cell.value : cell.inline);
      return text === '' ? undefined : { type: 'text', text };
    }
    case 'b':
      return { type: 'boolean', value: cell.value.trim() === '1' };
    case 'e':
      return { type: 'error', text: cell.value };
    case 'd': {
      const isoDate = cell.value.trim().slice(0, 10);
      return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? { type: 'date', isoDate, numberText: cell.value } : { type: 'text', text: cell.value };
    }
    default: {
      const text = cell.value.trim();
      if (text === '') return undefined;
      if (parts.dateStyles.has(cell.style)) {
        const isoDate = excelSerialToIsoDate(text, parts.isDate1904);
        if (isoDate) return { type: 'date', isoDate, numberText: text };
      }
      return { type: 'number', text };
    }
  }
}
