// Reading import files, including hostile and broken ones. Pure: no database.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { defaultImportLimits, type ImportLimits } from '../../src/capabilities/imports/import-limits.ts';
import { prepareImport } from '../../src/capabilities/imports/prepare-import.ts';
import { openSpreadsheet } from '../../src/capabilities/imports/spreadsheet.ts';
import { KjtError } from '../../src/platform/errors.ts';
import { buildXlsx, buildZip, csvText, excelFile, makeUscc, sheetXml, toGbk } from '../fixtures/imports/build-files.ts';

const limits: ImportLimits = { ...defaultImportLimits };

/** Asserts a KjtError with this code and a message in both languages. */
async function refuses(promise: Promise<unknown>, code: string): Promise<KjtError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof KjtError, `expected ${code}, got ${caught instanceof Error ? caught.stack : String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.ok(caught.messages.zh.length > 0 && caught.messages.en.length > 0);
  assert.doesNotMatch(caught.messages.zh, /\{\w+\}/, 'every placeholder is filled');
  return caught;
}

const yearlyHeader = ['统一社会信用代码', '企业名称', '年度', '职工总数', '营业收入（万元）', '净利润（万元）'];

describe('reading .xlsx files', () => {
  it('reads a workbook written by a spreadsheet program: text, numbers, money in 万元 and dates', async () => {
    const file = await excelFile('企业名册', [
      ['统一社会信用代码', '企业名称', '所在区县', '成立日期', '企业规模', '征收方式'],
      [makeUscc(1), '湖州甲科技有限公司', '吴兴区', new Date(Date.UTC(2015, 2, 1)), '小微', '查账征收'],
      [makeUscc(2), '湖州乙科技有限公司', '330521', '2018/6/30', '中型', '核定征收'],
    ]);
    const prepared = await prepareImport('enterprises', file, 'roster.xlsx', limits);
    assert.equal(prepared.headerRow, 1);
    assert.deepEqual(
      prepared.rows.map((row) => [row.row, row.errors, row.record]),
      [
        [2, [], { uscc: makeUscc(1), name: '湖州甲科技有限公司', districtCode: '330502', foundedOn: '2015-03-01', sizeClass: 'micro', taxCollectionMethod: 'audited' }],
        [3, [], { uscc: makeUscc(2), name: '湖州乙科技有限公司', districtCode: '330521', foundedOn: '2018-06-30', sizeClass: 'medium', taxCollectionMethod: 'assessed' }],
      ],
    );
  });

  it('converts 万元 to integer fen exactly, and reports each bad cell with its row, header and reason', async () => {
    const file = await excelFile('年度数据', [
      ['uscc', 'name', 'year', 'employees', 'revenue_wan', 'net_profit_wan'],
      [makeUscc(1), '甲', 2024, 120, 1234.5678, -12.5],
      [makeUscc(2), '乙', 2024, '十二', '0.1234567', 3],
      [makeUscc(3), '丙', 2024, 5, -8, 0],
    ]);
    const prepared = await prepareImport('yearly_facts', file, 'yearly.xlsx', limits);
    assert.deepEqual(prepared.rows[0]!.record, { uscc: makeUscc(1), year: 2024, employees: 120, revenueFen: 1_234_567_800, netProfitFen: -12_500_000 });
    assert.deepEqual(
      prepared.rows[1]!.errors.map((error) => [error.column, error.code]),
      [
        ['employees', 'NOT_A_NUMBER'],
        ['revenue_wan', 'TOO_MANY_DECIMALS'],
      ],
    );
    assert.equal(prepared.rows[1]!.row, 3);
    assert.match(prepared.rows[1]!.errors[1]!.message.zh, /最多 6 位小数/);
    assert.match(prepared.rows[1]!.errors[1]!.message.en, /at most 6 decimals/);
    assert.deepEqual(prepared.rows[2]!.errors.map((error) => error.code), ['NEGATIVE_AMOUNT']);
  });

  it('skips a title row above the header, ignores 序号 and 备注 columns, reads shared strings and date styles', async () => {
    const uscc = makeUscc(7);
    const file = buildXlsx({
      sharedStrings: ['统一社会信用代码', '资质类型'],
      sheets: [
        {
          name: '2024年高企名单',
          xml: sheetXml([
            ['2024 年湖州市高新技术企业名单（第一批）'],
            ['序号', { shared: 0 }, '企业名称', { shared: 1 }, '证书编号', '有效期起', '备注'],
            [1, uscc, '湖州丙科技有限公司', '高企', 'GR202433000123', { dateSerial: 45627 }, '新认定'],
            [2],
          ]),
        },
      ],
    });
    const prepared = await prepareImport('qualifications', file, 'gaoqi.xlsx', limits);
    assert.equal(prepared.headerRow, 2);
    assert.equal(prepared.rows.length, 1, 'a row with only its 序号 is not data');
    assert.deepEqual(prepared.rows[0], {
      row: 3,
      errors: [],
      record: { uscc, name: '湖州丙科技有限公司', kind: 'high_tech_enterprise', certificateNumber: 'GR202433000123', validFrom: '2024-12-01' },
    });
  });

  it('reads dates of a 1904-based workbook and skips hidden sheets', async () => {
    const hidden = { name: '隐藏', isHidden: true, xml: sheetXml([['统一社会信用代码', '企业名称'], [makeUscc(99), '不应导入']]) };
    const visible = { name: '名册', xml: sheetXml([['统一社会信用代码', '企业名称', '成立日期'], [makeUscc(1), '甲公司', { dateSerial: 0 }]]) };
    const file = buildXlsx({ isDate1904: true, sheets: [hidden, visible] });
    const prepared = await prepareImport('enterprises', file, 'a.xlsx', limits);
    assert.equal(prepared.sheetName, '名册');
    assert.equal(prepared.rows[0]!.errors[0]?.code, 'NOT_A_DATE', '0 is not a day in either system');
    const dated = buildXlsx({ isDate1904: true, sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码', '企业名称', '成立日期'], [makeUscc(1), '甲公司', { dateSerial: 40000 }]]) }] });
    assert.equal((await prepareImport('enterprises', dated, 'a.xlsx', limits)).rows[0]!.record?.foundedOn, '2013-07-07', '1904-01-01 + 40000 days');
  });

  it('never evaluates a formula: the cell is a row error asking for values', async () => {
    const file = buildXlsx({
      sheets: [{ name: 's', xml: sheetXml([yearlyHeader, [makeUscc(1), '甲', 2024, 10, { formula: 'B2*2', cached: '100' }], [makeUscc(2), '乙', 2024, 11, 200]]) }],
    });
    const prepared = await prepareImport('yearly_facts', file, 'f.xlsx', limits);
    assert.deepEqual(prepared.rows[0]!.errors.map((error) => [error.column, error.code]), [['营业收入（万元）', 'FORMULA_CELL']]);
    assert.match(prepared.rows[0]!.errors[0]!.message.zh, /选择性粘贴/);
    assert.deepEqual(prepared.rows[1]!.errors, []);
  });

  it('says when Excel turned a USCC into a number and lost its digits', async () => {
    const file = buildXlsx({ sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码', '企业名称'], [9.14403001922038e17, '甲公司']]) }] });
    const prepared = await prepareImport('enterprises', file, 'n.xlsx', limits);
    assert.equal(prepared.rows[0]!.errors[0]!.code, 'USCC_STORED_AS_NUMBER');
  });

  it('refuses a workbook with external links', async () => {
    const linked = buildXlsx({
      sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码', '企业名称'], [makeUscc(1), '甲']]) }],
      extraParts: [{ name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' }],
    });
    await refuses(prepareImport('enterprises', linked, 'linked.xlsx', limits), 'EXTERNAL_LINKS');
  });

  it('refuses a zip bomb by its declared size, before unpacking anything', async () => {
    const huge = buildXlsx({ sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码']]) }], sheetDeclaredSize: 0xfffffff0 });
    const started = Date.now();
    const error = await refuses(openSpreadsheet(huge, 'bomb.xlsx', limits), 'UNPACKED_TOO_LARGE');
    assert.match(error.messages.zh, /200 MB/);
    assert.ok(Date.now() - started < 1000);
  });

  it('stops unpacking a zip bomb that lies about its size as soon as it passes the limit', async () => {
    // 64 MB of zeros compresses to about 64 KB; the headers claim 1 KB.
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bomb = buildZip([
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="s" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1024 },
    ]);
    assert.ok(bomb.length < 200 * 1024);
    const spreadsheet = await openSpreadsheet(bomb, 'bomb.xlsx', limits);
    await refuses(spreadsheet.sheets[0]!.rows(), 'UNPACKED_TOO_LARGE');
  });

  it('holds the unpacked total to a configured limit', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const file = buildXlsx({ sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码', '企业名称'], [makeUscc(1), big]]) }] });
    assert.ok(file.length < 100 * 1024, 'highly compressible');
    await refuses(prepareImport('enterprises', file, 'big.xlsx', { ...limits, maxUnpackedBytes: 1024 * 1024 }), 'UNPACKED_TOO_LARGE');
  });

  it('refuses truncated, mislabelled, legacy, empty and oversized files with clear errors', async () => {
    const good = await excelFile('s', [['统一社会信用代码', '企业名称'], [makeUscc(1), '甲']]);
    await refuses(prepareImport('enterprises', good.subarray(0, Math.floor(good.length / 2)), 'cut.xlsx', limits), 'CORRUPT_FILE');
    await refuses(prepareImport('enterprises', good.subarray(0, good.length - 30), 'cut.xlsx', limits), 'CORRUPT_FILE');
    await refuses(prepareImport('enterprises', Buffer.from('this is not a workbook'), 'fake.xlsx', limits), 'CORRUPT_FILE');
    await refuses(prepareImport('enterprises', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'old.xls', limits), 'LEGACY_EXCEL');
    await refuses(prepareImport('enterprises', Buffer.from('%PDF-1.7\n…'), 'scan.pdf', limits), 'WRONG_FILE_TYPE');
    await refuses(prepareImport('enterprises', Buffer.alloc(0), 'empty.csv', limits), 'FILE_EMPTY');
    await refuses(prepareImport('enterprises', Buffer.alloc(2048, 0x41), 'a.csv', { ...limits, maxFileBytes: 1024 }), 'FILE_TOO_LARGE');
    const word = buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]);
    await refuses(prepareImport('enterprises', word, 'letter.xlsx', limits), 'NOT_A_WORKBOOK');
    await refuses(prepareImport('enterprises', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx', limits), 'CORRUPT_FILE');
  });

  it('refuses a checksum failure, an encrypted part and a DTD (no entity expansion, no hang)', async () => {
    const good = buildXlsx({ sheets: [{ name: 's', xml: sheetXml([['统一社会信用代码', '企业名称'], [makeUscc(1), '甲']]) }] });
    const flipped = Buffer.from(good);
    const at = flipped.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length + 2;
    flipped[at] = flipped[at]! ^ 0xff;
    await refuses(prepareImport('enterprises', flipped, 'x.xlsx', limits), 'CORRUPT_FILE');

    const encrypted = Buffer.from(good);
    const central = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(encrypted.readUInt16LE(central + 8) | 1, central + 8);
    await refuses(prepareImport('enterprises', encrypted, 'x.xlsx', limits), 'ENCRYPTED_FILE');

    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    await refuses(prepareImport('enterprises', buildXlsx({ sheets: [{ name: 's', xml: laughs }] }), 'x.xlsx', limits), 'CORRUPT_FILE');
    const unterminated = '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>统一社会信用代码';
    await refuses(prepareImport('enterprises', buildXlsx({ sheets: [{ name: 's', xml: `${unterminated}</t></is></c></row><row r="2"><c r="A2" t="inlineStr` }] }), 'x.xlsx', limits), 'CORRUPT_FILE');
  });
});

describe('reading .csv files', () => {
  it('reads GBK (GB18030) when the file is not UTF-8', async () => {
    const text = csvText([
      ['统一社会信用代码', '企业名称', '企业规模'],
      [makeUscc(1), '湖州丁科技有限公司', '小型'],
    ]);
    const gbk = toGbk(text);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the fixture really is not UTF-8');
    const prepared = await prepareImport('enterprises', gbk, 'gbk.csv', limits);
    assert.deepEqual(prepared.rows[0]!.record, { uscc: makeUscc(1), name: '湖州丁科技有限公司', sizeClass: 'small' });
  });

  it('reads UTF-8 with a BOM, quoted fields with commas, quotes and line breaks, and numbers rows as Excel does', async () => {
    const text = `\ufeff统一社会信用代码,企业名称,法定代表人\r\n${makeUscc(1)},"湖州""戊""科技,有限公司","张\n三"\r\n\r\n${makeUscc(2)},湖州己科技有限公司,李四\r\n`;
    const prepared = await prepareImport('enterprises', Buffer.from(text, 'utf8'), 'bom.csv', limits);
    assert.deepEqual(
      prepared.rows.map((row) => [row.row, row.record?.name, row.record?.legalRepresentative]),
      [
        [2, '湖州"戊"科技,有限公司', '张\n三'],
        [4, '湖州己科技有限公司', '李四'],
      ],
    );
  });

  it('accepts the dates and amounts Excel writes into a Chinese CSV', async () => {
    const text = csvText([
      ['统一社会信用代码', '年度', '营业收入（万元）', '研发费用（万元）'],
      [makeUscc(1), '2024', '"1,234.56"', '0.000001'],
    ]).replace('"""1,234.56"""', '"1,234.56"');
    const prepared = await prepareImport('yearly_facts', Buffer.from(text), 'y.csv', limits);
    assert.deepEqual(prepared.rows[0]!.record, { uscc: makeUscc(1), year: 2024, revenueFen: 1_234_560_000, rndExpenseFen: 1 });
  });

  it('refuses an unterminated quote and a binary file named .csv', async () => {
    await refuses(prepareImport('enterprises', Buffer.from(`统一社会信用代码,企业名称\r\n${makeUscc(1)},"甲公司\r\n`), 'q.csv', limits), 'CSV_UNTERMINATED_QUOTE');
    await refuses(prepareImport('enterprises', zlib.gzipSync(Buffer.from('x'.repeat(100))), 'data.csv', limits), 'WRONG_FILE_TYPE');
  });
});

describe('headers and limits', () => {
  const csv = (rows: Array<Array<string | number>>) => Buffer.from(csvText(rows));

  it('names unknown columns, and hints that money is in 万元', async () => {
    const error = await refuses(prepareImport('yearly_facts', csv([['统一社会信用代码', '年度', '营业收入（元）'], [makeUscc(1), 2024, 1]]), 'a.csv', limits), 'UNKNOWN_COLUMNS');
    assert.match(error.messages.zh, /营业收入（元）/);
    assert.match(error.messages.zh, /万元/);
  });

  it('lists missing required columns and repeated ones', async () => {
    const missing = await refuses(prepareImport('yearly_facts', csv([['统一社会信用代码', '职工总数'], [makeUscc(1), 3]]), 'a.csv', limits), 'MISSING_COLUMNS');
    assert.match(missing.messages.zh, /年度/);
    await refuses(prepareImport('enterprises', csv([['统一社会信用代码', '企业名称', 'name'], [makeUscc(1), '甲', '甲']]), 'a.csv', limits), 'DUPLICATE_COLUMNS');
  });

  it('refuses a file without a header row, and one without data rows', async () => {
    const error = await refuses(prepareImport('enterprises', csv([['甲', '乙'], ['1', '2']]), 'a.csv', limits), 'NO_HEADER_ROW');
    assert.match(error.messages.zh, /统一社会信用代码/);
    await refuses(prepareImport('enterprises', csv([['统一社会信用代码', '企业名称']]), 'a.csv', limits), 'NO_DATA_ROWS');
    await refuses(prepareImport('enterprises', Buffer.from('\r\n\r\n'), 'a.csv', limits), 'NO_DATA_ROWS');
  });

  it('stops at the row limit', async () => {
    const rows = [['统一社会信用代码', '企业名称'], ...Array.from({ length: 6 }, (_, index) => [makeUscc(index + 1), `企业${index}`])];
    await refuses(prepareImport('enterprises', csv(rows), 'a.csv', { ...limits, maxRows: 5 }), 'TOO_MANY_ROWS');
    assert.equal((await prepareImport('enterprises', csv(rows), 'a.csv', { ...limits, maxRows: 6 })).rows.length, 6);
  });

  it('a talent list is qualifications of kind talent_enterprise, with programme and level', async () => {
    const prepared = await prepareImport(
      'talent_enterprises',
      csv([
        ['统一社会信用代码', '企业名称', '人才计划', '人才层次', '入选编号'],
        [makeUscc(1), '湖州庚科技有限公司', '南太湖精英计划', 'A类', '2024-NTH-A-001'],
        [makeUscc(2), '湖州辛科技有限公司', '', 'B类', '2024-NTH-B-002'],
      ]),
      't.csv',
      limits,
    );
    assert.deepEqual(prepared.rows[0]!.record, { uscc: makeUscc(1), name: '湖州庚科技有限公司', kind: 'talent_enterprise', programme: '南太湖精英计划', level: 'A类', certificateNumber: '2024-NTH-A-001' });
    assert.deepEqual(prepared.rows[1]!.errors.map((error) => [error.column, error.code]), [['人才计划', 'REQUIRED']]);
  });
});
