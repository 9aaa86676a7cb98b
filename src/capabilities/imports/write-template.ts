import ExcelJS from 'exceljs';
import type { ImportKind, TemplateFormat } from './imports.contracts.ts';
import { defaultImportLimits } from './import-limits.ts';
import { importTemplates, type ColumnType, type TemplateColumn } from './import-templates.ts';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const typeNames: Record<ColumnType, string> = {
  uscc: '统一社会信用代码 / USCC',
  text: '文本 / text',
  count: '整数 / whole number',
  year: '年份 / year',
  money_wan: '金额（万元）/ amount in 万元',
  date: '日期 / date',
  option: '选项 / choice',
  yes_no: '是或否 / yes or no',
  district: '区县 / district',
  industry: '行业代码 / industry code',
};

const generalNotes: Array<[string, string]> = [
  ['第一行是表头，请勿修改列名；不需要的非必填列可以删除，“序号”“备注”列会被忽略。', 'Row 1 is the header: keep the column names. Optional columns you do not need may be deleted; 序号 and 备注 columns are ignored.'],
  ['金额一律以万元为单位，最多 6 位小数（精确到分）。', 'All amounts are in 万元 (10,000 yuan), with at most 6 decimals (one fen).'],
  ['单元格留空表示“不更新该项”，不会清空已有数据。', 'A blank cell means "keep the current value"; it never erases data.'],
  ['请勿使用公式：含公式的单元格会被拒绝，请“选择性粘贴 → 数值”。', 'No formulas: a cell with a formula is rejected; use "Paste Special → Values".'],
  ['同一文件重复导入不会改变任何数据；有任何一行未通过校验时，整个文件都不会写入（除非选择“仅导入通过校验的行”）。', 'Importing the same file again changes nothing; if any row fails validation nothing is written (unless you choose to import only the valid rows).'],
  [`单个文件最多 ${defaultImportLimits.maxRows.toLocaleString('en-US')} 行、${defaultImportLimits.maxFileBytes / 1024 / 1024} MB；支持 .xlsx 和 .csv（UTF-8 或 GBK）。`, `At most ${defaultImportLimits.maxRows.toLocaleString('en-US')} rows and ${defaultImportLimits.maxFileBytes / 1024 / 1024} MB per file; .xlsx and .csv (UTF-8 or GBK).`],
];

function describeColumn(column: TemplateColumn): string {
  const choices = column.options ? `\n可选 / choices: ${column.options.map((item) => item.zh).join(' / ')}` : '';
  return `${column.isRequired ? '必填 / required' : '选填 / optional'} · ${typeNames[column.type]}\n${column.notes.zh}\n${column.notes.en}\n示例 / e.g. ${column.example}${choices}`;
}

/** ExcelJS supports one validation over a whole range (one XML element) but does not declare it in its types. */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export async function writeTemplate(kind: ImportKind, format: TemplateFormat): Promise<TemplateFile> {
  const template = importTemplates[kind];
  const baseName = `${template.name.zh}导入模板-${kind}`;
  if (format === 'csv') {
    const header = template.columns.map((column) => (/[",\n]/.test(column.header) ? `"${column.header.replace(/"/g, '""')}"` : column.header)).join(',');
    // With a BOM, Excel opens the UTF-8 file with its Chinese intact.
    return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', content: Buffer.from(`\ufeff${header}\r\n`, 'utf8') };
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '科金通 KeJinTong';
  const sheet = workbook.addWorksheet(template.name.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(template.columns.map((column) => column.header));
  const lastRow = defaultImportLimits.maxRows + 1;
  template.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.max(12, Math.min(36, column.header.length * 2.2 + 4));
    // Text columns stay text, so Excel keeps every digit of a USCC or a certificate number.
    if (column.type === 'uscc' || column.type === 'text' || column.type === 'industry' || column.type === 'district') sheetColumn.numFmt = '@';
    if (column.type === 'date') sheetColumn.numFmt = 'yyyy-mm-dd';
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: true, color: { argb: column.isRequired ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.isRequired ? 'FFFCE4D6' : 'FFDDEBF7' } };
    cell.note = describeColumn(column);
    const choices = column.type === 'yes_no' ? ['是', '否'] : column.options?.map((item) => item.zh);
    if (choices) {
      rangeValidations(sheet).add(`${columnLetter(index)}2:${columnLetter(index)}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '请选择 / Choose one',
        error: `可选 / choices: ${choices.join(' / ')}`,
      });
    }
  });

  const notes = workbook.addWorksheet('填表说明');
  notes.columns = [
    { header: '列名 Column', width: 30 },
    { header: '英文别名 English alias', width: 30 },
    { header: '类型 Type', width: 26 },
    { header: '必填 Required', width: 14 },
    { header: '示例 Example', width: 24 },
    { header: '说明', width: 60 },
    { header: 'Notes', width: 70 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of template.columns) {
    const choices = column.options ? `（可选：${column.options.map((item) => item.zh).join(' / ')}）` : '';
    notes.addRow([column.header, column.aliases[0], typeNames[column.type], column.isRequired ? '是 / yes' : '否 / no', column.example, `${column.notes.zh}${choices}`, column.notes.en]);
  }
  notes.addRow([]);
  for (const [zh, en] of generalNotes) notes.addRow([zh, '', '', '', '', '', en]);
  notes.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
