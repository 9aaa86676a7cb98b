import ExcelJS from 'exceljs';
import { districts } from './districts.ts';

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value(row: Row): string;
}

/** A list for reading in Excel: one sheet, bold Chinese headers, one row per item. */
export async function writeListWorkbook<Row>(sheetName: string, columns: SheetColumn<Row>[], rows: Iterable<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column, index) => ({ header: column.header, key: `c${index}`, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((column, index) => [`c${index}`, column.value(row)])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A district's Chinese name for a list, or its code when it is not one of the city's. */
export function districtName(code: string | null): string {
  if (!code) return '';
  return districts.find((district) => district.code === code)?.name ?? code;
}
