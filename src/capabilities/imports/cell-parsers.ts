import { districtCodePattern, districts } from '../../platform/districts.ts';
import type { BilingualMessage } from '../../platform/errors.ts';
import { normaliseUscc } from '../enterprises/uscc.ts';
import { excelSerialToIsoDate, parseDateText } from './excel-dates.ts';
import { toWholeNumber, wanToFen, type DecimalProblem, type DecimalResult } from './exact-decimal.ts';
import { normaliseOption, type TemplateColumn } from './import-templates.ts';
import type { SheetCell } from './spreadsheet.ts';

/** What one cell means under its column: a record value, or a problem stated in Chinese and English. */
export type CellResult = { isOk: true; value: unknown } | { isOk: false; code: string; message: BilingualMessage };

const maxCount = 10_000_000;

function problem(code: string, zh: string, en: string): CellResult {
  return { isOk: false, code, message: { zh, en } };
}

/** The cell as the officer sees it, shortened, for messages. */
export function displayCell(cell: SheetCell): string {
  const text = cell.type === 'text' || cell.type === 'number' || cell.type === 'error' ? cell.text : cell.type === 'date' ? cell.isoDate : cell.type === 'boolean' ? String(cell.value) : '=…';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function parseCell(column: TemplateColumn, cell: SheetCell): CellResult {
  if (cell.type === 'formula') {
    return problem('FORMULA_CELL', '单元格含公式，系统不计算公式：请复制该列后“选择性粘贴 → 数值”', 'The cell holds a formula, which is not evaluated: copy the column and "Paste Special → Values"');
  }
  if (cell.type === 'error') return problem('ERROR_CELL', `单元格是错误值 ${cell.text}`, `The cell holds the error value ${cell.text}`);
  switch (column.type) {
    case 'uscc':
      return parseUscc(cell);
    case 'text':
      return parseText(column, cell);
    case 'count':
      return parseWhole(cell, 0, maxCount);
    case 'year':
      return parseWhole(cell, 1980, 2100);
    case 'money_wan':
      return parseMoney(column, cell);
    case 'date':
      return parseDate(cell);
    case 'option':
      return parseOption(column, cell);
    case 'yes_no':
      return parseYesNo(cell);
    case 'district':
      return parseDistrict(cell);
    case 'industry':
      return parseIndustry(cell);
  }
}

function parseUscc(cell: SheetCell): CellResult {
  if (cell.type === 'number' || cell.type === 'date') {
    return problem(
      'USCC_STORED_AS_NUMBER',
      `统一社会信用代码被 Excel 存成了数字（${displayCell(cell)}），已丢失位数：请将该列设为“文本”格式后重新填写`,
      `Excel stored the USCC as a number (${displayCell(cell)}) and lost digits: format the column as Text and enter it again`,
    );
  }
  if (cell.type !== 'text') return problem('INVALID_VALUE', '应为 18 位统一社会信用代码', 'Expected an 18-character USCC');
  return { isOk: true, value: normaliseUscc(cell.text) };
}

function parseText(column: TemplateColumn, cell: SheetCell): CellResult {
  if (cell.type === 'boolean') return problem('INVALID_VALUE', '应为文字', 'Expected text');
  if (cell.type === 'number' && /e/i.test(cell.text)) {
    return problem('NUMBER_LOST_DIGITS', `Excel 把该单元格存成了科学计数法数字（${cell.text}），已丢失位数：请将该列设为“文本”格式后重新填写`, `Excel stored the cell as a number in scientific notation (${cell.text}) and lost digits: format the column as Text and enter it again`);
  }
  const text = (cell.type === 'date' ? cell.isoDate : cell.type === 'text' || cell.type === 'number' ? cell.text : '').trim();
  if (column.minLength && text.length < column.minLength) {
    return problem('TEXT_TOO_SHORT', `“${text}”过短（至少 ${column.minLength} 个字）`, `"${text}" is too short (at least ${column.minLength} characters)`);
  }
  if (column.maxLength && text.length > column.maxLength) {
    return problem('TEXT_TOO_LONG', `文字过长（${text.length} 字，最多 ${column.maxLength} 字）`, `The text is too long (${text.length} characters, at most ${column.maxLength})`);
  }
  return { isOk: true, value: text };
}

function numberText(cell: SheetCell): { text: string; isExcelNumber: boolean } | CellResult {
  if (cell.type === 'number') return { text: cell.text, isExcelNumber: true };
  if (cell.type === 'text') return { text: cell.text, isExcelNumber: false };
  if (cell.type === 'date') {
    return problem('NOT_A_NUMBER', `单元格是日期格式（显示为 ${cell.isoDate}），应为数字：请将该列设为“常规”或“数值”格式`, `The cell has a date format (shows ${cell.isoDate}); a number is expected: format the column as General or Number`);
  }
  return problem('NOT_A_NUMBER', `“${displayCell(cell)}”不是数字`, `"${displayCell(cell)}" is not a number`);
}

function decimalProblem(problemCode: DecimalProblem, shown: string): CellResult {
  switch (problemCode) {
    case 'NOT_A_NUMBER':
      return problem('NOT_A_NUMBER', `“${shown}”不是数字`, `"${shown}" is not a number`);
    case 'NOT_AN_INTEGER':
      return problem('NOT_AN_INTEGER', `“${shown}”应为整数`, `"${shown}" must be a whole number`);
    case 'TOO_MANY_DECIMALS':
      return problem('TOO_MANY_DECIMALS', `“${shown}”小数位过多：金额以万元计，最多 6 位小数（精确到分）`, `"${shown}" has too many decimals: amounts are in 万元 with at most 6 decimals (one fen)`);
    case 'NUMBER_OUT_OF_RANGE':
      return problem('NUMBER_OUT_OF_RANGE', `“${shown}”超出允许范围`, `"${shown}" is out of range`);
  }
}

function parseWhole(cell: SheetCell, min: number, max: number): CellResult {
  const source = numberText(cell);
  if ('isOk' in source) return source;
  const shown = source.text.trim();
  const result: DecimalResult = toWholeNumber(source.text, source);
  if (!result.isOk) return decimalProblem(result.problem, shown);
  if (result.value < min || result.value > max) {
    return problem('NUMBER_OUT_OF_RANGE', `“${shown}”超出范围（${min}–${max}）`, `"${shown}" is out of range (${min}–${max})`);
  }
  return { isOk: true, value: result.value };
}

function parseMoney(column: TemplateColumn, cell: SheetCell): CellResult {
  const source = numberText(cell);
  if ('isOk' in source) return source;
  const shown = source.text.trim();
  const result = wanToFen(source.text, source);
  if (!result.isOk) return decimalProblem(result.problem, shown);
  if (result.value < 0 && !column.isSigned) return problem('NEGATIVE_AMOUNT', `金额不能为负数（${shown}）`, `The amount cannot be negative (${shown})`);
  return { isOk: true, value: result.value };
}

function parseDate(cell: SheetCell): CellResult {
  if (cell.type === 'date') return { isOk: true, value: cell.isoDate };
  if (cell.type === 'number' || cell.type === 'text') {
    const text = cell.text.trim();
    const isoDate = parseDateText(text) ?? (cell.type === 'number' && /^\d{1,7}(\.\d+)?$/.test(text) ? excelSerialToIsoDate(text, false) : undefined);
    if (isoDate) return { isOk: true, value: isoDate };
  }
  return problem('NOT_A_DATE', `“${displayCell(cell)}”不是有效日期，应为 2024-03-01 这样的日期`, `"${displayCell(cell)}" is not a valid date; write it like 2024-03-01`);
}

function parseOption(column: TemplateColumn, cell: SheetCell): CellResult {
  const wanted = normaliseOption(displayCell(cell));
  const found = column.options?.find((item) => [item.value, item.zh, ...item.aliases].some((name) => normaliseOption(name) === wanted));
  if (found) return { isOk: true, value: found.value };
  const choices = column.options?.map((item) => item.zh).join(' / ') ?? '';
  return problem('UNKNOWN_OPTION', `“${displayCell(cell)}”不是可选值，应为：${choices}`, `"${displayCell(cell)}" is not one of the choices: ${choices}`);
}

const yes = new Set(['是', 'y', 'yes', 'true', '1', '√', '已撤销']);
const no = new Set(['否', 'n', 'no', 'false', '0', '×', '未撤销']);

function parseYesNo(cell: SheetCell): CellResult {
  if (cell.type === 'boolean') return { isOk: true, value: cell.value };
  const text = normaliseOption(displayCell(cell));
  if (yes.has(text)) return { isOk: true, value: true };
  if (no.has(text)) return { isOk: true, value: false };
  return problem('UNKNOWN_OPTION', `“${displayCell(cell)}”应为 是 或 否`, `"${displayCell(cell)}" must be 是 (yes) or 否 (no)`);
}

function parseDistrict(cell: SheetCell): CellResult {
  const text = displayCell(cell).normalize('NFKC').trim().toUpperCase();
  if (districtCodePattern.test(text)) return { isOk: true, value: text };
  const found = districts.find((district) => district.name === text || district.name.replace(/(新区|区|县)$/, '') === text);
  if (found) return { isOk: true, value: found.code };
  const names = districts.map((district) => district.name).join(' / ');
  return problem('UNKNOWN_DISTRICT', `“${displayCell(cell)}”不是区县名称或 6 位行政区划代码；湖州市内可填：${names}`, `"${displayCell(cell)}" is not a district name or a 6-digit GB/T 2260 code; within Huzhou: ${names}`);
}

function parseIndustry(cell: SheetCell): CellResult {
  const code = (displayCell(cell).normalize('NFKC').trim().split(/\s+/)[0] ?? '').toUpperCase();
  if (/^[A-T](\d{2,4})?$/.test(code)) return { isOk: true, value: code };
  return problem('BAD_INDUSTRY_CODE', `“${displayCell(cell)}”不是国民经济行业代码（GB/T 4754-2017），应如 C3973`, `"${displayCell(cell)}" is not a GB/T 4754-2017 industry code; write it like C3973`);
}
