/**
 * Calendar dates as officers write them: `2024-03-01`, `2024/3/1` (what Excel saves in a Chinese CSV),
 * `2024年3月1日`, or an Excel date (a day number with a date format).
 */
const dayMs = 86_400_000;
const maxSerial = 2_958_465; // 9999-12-31

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, with the CJK ids 27–36 and 50–58). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(numberFormatId: number, formatCode: string | undefined): boolean {
  if (builtInDateFormats.has(numberFormatId)) return true;
  if (!formatCode) return false;
  const stripped = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  // Only the first section (positive numbers) decides.
  const first = stripped.split(';')[0] ?? '';
  return /[ymdhs]/i.test(first);
}

/** An Excel day number to YYYY-MM-DD; the time of day is dropped. 1900 system with Excel's phantom 1900-02-29. */
export function excelSerialToIsoDate(serialText: string, isDate1904: boolean): string | undefined {
  const serial = Number(serialText);
  if (!Number.isFinite(serial) || serial < 1 || serial > maxSerial) return undefined;
  const days = Math.floor(serial);
  let utc: number;
  if (isDate1904) utc = Date.UTC(1904, 0, 1) + days * dayMs;
  else if (days === 60) return undefined;
  else utc = Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * dayMs;
  return new Date(utc).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const separatedPattern = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;

/** A written date to YYYY-MM-DD, or undefined when it is not one (including 2024-02-30). */
export function parseDateText(raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  const match = separatedPattern.exec(text) ?? compactPattern.exec(text);
  if (!match) return undefined;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
