import { defineErrors } from '../../platform/errors.ts';

/** File-level and flow errors of an import. Row-level problems are values in the preview, not errors. */
export const importErrors = defineErrors({
  FILE_EMPTY: { status: 400, zh: '文件 {fileName} 是空的', en: 'The file {fileName} is empty' },
  FILE_TOO_LARGE: {
    status: 413,
    zh: '文件大小 {sizeMb} MB 超过上限 {limitMb} MB，请拆分后分批导入',
    en: 'The file is {sizeMb} MB, more than the limit of {limitMb} MB; split it and import the parts',
  },
  WRONG_FILE_TYPE: {
    status: 400,
    zh: '不支持的文件类型（{fileName}）：请上传 .xlsx 或 .csv 文件',
    en: 'Unsupported file type ({fileName}): upload an .xlsx or .csv file',
  },
  LEGACY_EXCEL: {
    status: 400,
    zh: '这是旧版 .xls、WPS .et 或设置了打开密码的 Excel 文件：请在 Excel 中取消密码并“另存为” .xlsx 后再上传',
    en: 'This is a legacy .xls, WPS .et or password-protected Excel file: remove the password and "Save As" .xlsx, then upload again',
  },
  NOT_A_WORKBOOK: {
    status: 400,
    zh: '文件不是 Excel 工作簿（可能是 Word、压缩包或其他文件改了扩展名）',
    en: 'The file is not an Excel workbook (perhaps a Word document, an archive or another file renamed)',
  },
  CORRUPT_FILE: {
    status: 400,
    zh: '文件已损坏或不完整（{reasonZh}）：请在 Excel 中重新保存后再上传',
    en: 'The file is damaged or incomplete ({reasonEn}): save it again in Excel and upload it again',
  },
  ENCRYPTED_FILE: { status: 400, zh: '文件已加密：请取消密码后再上传', en: 'The file is encrypted: remove the password and upload it again' },
  UNPACKED_TOO_LARGE: {
    status: 400,
    zh: '工作簿解压后超过 {limitMb} MB 上限或与其声明的大小不符，已拒绝（文件可能已损坏或是恶意构造的压缩炸弹）',
    en: 'The workbook unpacks to more than the {limitMb} MB limit or to more than it declares; refused (the file may be damaged or a zip bomb)',
  },
  EXTERNAL_LINKS: {
    status: 400,
    zh: '工作簿含有指向其他文件的外部链接：请复制数据后“选择性粘贴 → 数值”到新工作簿再上传',
    en: 'The workbook links to other files: copy the data, "Paste Special → Values" into a new workbook and upload that',
  },
  NO_WORKSHEET: { status: 400, zh: '工作簿中没有可见的工作表', en: 'The workbook has no visible worksheet' },
  NO_HEADER_ROW: {
    status: 400,
    zh: '没有找到表头行：第一行应为列名（如 {expected}）。文件第一行是：{found}',
    en: 'No header row found: the first row must hold the column names (e.g. {expected}). The first row of the file is: {found}',
  },
  UNKNOWN_COLUMNS: {
    status: 400,
    zh: '无法识别的列：{columns}。{hintZh}请使用模板中的列名（可下载模板）',
    en: 'Unrecognised columns: {columns}. {hintEn}Use the column names of the template (download it)',
  },
  MISSING_COLUMNS: { status: 400, zh: '缺少必填列：{columns}', en: 'Required columns are missing: {columns}' },
  DUPLICATE_COLUMNS: { status: 400, zh: '列重复出现：{columns}', en: 'Columns appear more than once: {columns}' },
  NO_DATA_ROWS: { status: 400, zh: '表头下没有数据行', en: 'There are no data rows under the header' },
  TOO_MANY_ROWS: {
    status: 400,
    zh: '文件超过 {limit} 行的上限，请拆分后分批导入',
    en: 'The file has more than the limit of {limit} rows; split it and import the parts',
  },
  CSV_UNTERMINATED_QUOTE: {
    status: 400,
    zh: 'CSV 文件第 {row} 行的引号没有闭合，文件可能不完整',
    en: 'Row {row} of the CSV file opens a quote that never closes; the file may be incomplete',
  },
  IMPORT_NOT_FOUND: { status: 404, zh: '未找到导入批次 {id}', en: 'Import {id} not found' },
  ALREADY_COMMITTED: { status: 409, zh: '该导入批次已于 {committedAt} 提交，不能重复提交', en: 'This import was committed at {committedAt}; it cannot be committed again' },
  IMPORT_BUSY: { status: 409, zh: '该导入批次正在{activityZh}，请稍候', en: 'This import is being {activityEn}; please wait' },
  NOT_COMMITTABLE: {
    status: 409,
    zh: '导入批次状态为“{statusZh}”，不能提交',
    en: 'The import is "{statusEn}" and cannot be committed',
  },
  HAS_REJECTED_ROWS: {
    status: 409,
    zh: '有 {rejected} 行未通过校验，未写入任何数据：请修正后重新上传，或选择“仅导入通过校验的行”',
    en: '{rejected} row(s) failed validation and nothing was written: fix them and upload again, or choose "import only the valid rows"',
  },
  SOURCE_NOT_FOUND: { status: 404, zh: '未找到来源机构 {code}', en: 'Source organisation {code} not found' },
  SOURCE_NOT_ALLOWED: {
    status: 403,
    zh: '数据来源只能是您所在的机构',
    en: 'The source of the data can only be your own organisation',
  },
});
