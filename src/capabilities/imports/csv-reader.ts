import { importErrors } from './imports.errors.ts';
import type { Sheet, SheetRow } from './spreadsheet.ts';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * The text of a CSV file: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"),
 * otherwise GB18030, the superset of GBK that Excel on a Chinese Windows writes as "CSV".
 */
export function decodeCsvText(content: Buffer): { text: string; encoding: TextEncoding } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(content.subarray(3)), encoding: 'utf-8' };
  if (content[0] === 0xff && content[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(content.subarray(2)), encoding: 'utf-16le' };
  if (content[0] === 0xfe && content[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(content.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(content), encoding: 'gb18030' };
  }
}

export function readCsv(content: Buffer, fileName: string): Sheet {
  const { text } = decodeCsvText(content);
  // Text files hold no NUL characters; a binary file renamed .csv does.
  if (text.includes('\u0000')) throw importErrors('WRONG_FILE_TYPE', { fileName });
  return { name: fileName, rows: async () => parseCsv(text) };
}

function chooseDelimiter(text: string): number {
  const firstLine = text.slice(0, Math.max(text.indexOf('\n'), 0) || text.length);
  const count = (character: string) => firstLine.split(character).length - 1;
  return count('\t') > count(',') ? 9 : 44;
}

/**
 * RFC 4180 as Excel writes and reads it: quoted fields may hold delimiters, quotes (doubled) and line
 * breaks; a stray quote inside an unquoted field is taken literally. Rows are numbered by record, as
 * Excel numbers them when it opens the file.
 */
export function* parseCsv(text: string): Generator<SheetRow> {
  const delimiter = chooseDelimiter(text);
  const length = text.length;
  let position = 0;
  let row = 0;
  while (position < length) {
    row += 1;
    const startRow = row;
    const cells: string[] = [];
    let field = '';
    let isRecordDone = false;
    while (!isRecordDone) {
      if (position < length && text.charCodeAt(position) === 34 /* " */) {
        position += 1;
        for (;;) {
          const quote = text.indexOf('"', position);
          if (quote === -1) throw importErrors('CSV_UNTERMINATED_QUOTE', { row: startRow });
          field += text.slice(position, quote);
          if (text.charCodeAt(quote + 1) === 34) {
            field += '"';
            position = quote + 2;
          } else {
            position = quote + 1;
            break;
          }
        }
      }
      // Up to the next delimiter or line end (text after a closing quote is kept, as Excel does).
      let cursor = position;
      while (cursor < length) {
        const code = text.charCodeAt(cursor);
        if (code === delimiter || code === 10 || code === 13) break;
        cursor += 1;
      }
      field += text.slice(position, cursor);
      cells.push(field);
      field = '';
      if (cursor >= length) {
        position = length;
        isRecordDone = true;
      } else if (text.charCodeAt(cursor) === delimiter) {
        position = cursor + 1;
      } else {
        position = cursor + (text.charCodeAt(cursor) === 13 && text.charCodeAt(cursor + 1) === 10 ? 2 : 1);
        isRecordDone = true;
      }
    }
    if (cells.some((cell) => cell.trim() !== '')) {
      yield { row: startRow, cells: cells.map((cell) => (cell.trim() === '' ? undefined : { type: 'text' as const, text: cell })) };
    }
  }
}
