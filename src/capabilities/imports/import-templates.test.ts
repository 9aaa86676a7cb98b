import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCell } from './cell-parsers.ts';
import { importKinds } from './imports.contracts.ts';
import { defaultImportLimits } from './import-limits.ts';
import { findColumn, importTemplates, normaliseHeader } from './import-templates.ts';
import { prepareImport } from './prepare-import.ts';
import { openSpreadsheet } from './spreadsheet.ts';
import { writeTemplate } from './write-template.ts';

describe('import templates', () => {
  for (const kind of importKinds) {
    const template = importTemplates[kind];

    it(`${kind}: every header and alias names one column only`, () => {
      const seen = new Map<string, string>();
      for (const column of template.columns) {
        for (const name of [column.header, ...column.aliases]) {
          const key = normaliseHeader(name);
          assert.ok(!seen.has(key) || seen.get(key) === column.header, `${name} names both ${seen.get(key)} and ${column.header}`);
          seen.set(key, column.header);
        }
        assert.equal(findColumn(template, column.aliases[0]!), column, 'the English alias is accepted');
      }
    });

    it(`${kind}: every example reads without a problem`, () => {
      for (const column of template.columns) {
        const result = parseCell(column, { type: 'text', text: column.example });
        assert.ok(result.isOk, `${column.header}: ${column.example} → ${JSON.stringify(result)}`);
      }
    });

    it(`${kind}: the CSV template with its example row prepares a valid record`, async () => {
      const csv = await writeTemplate(kind, 'csv');
      assert.equal(csv.content.subarray(0, 3).toString('hex'), 'efbbbf', 'a BOM, so that Excel reads the Chinese headers');
      const example = template.columns.map((column) => column.example).join(',');
      const prepared = await prepareImport(kind, Buffer.concat([csv.content, Buffer.from(`${example}\r\n`)]), csv.fileName, defaultImportLimits);
      assert.deepEqual(prepared.rows[0]!.errors, []);
      assert.equal(prepared.columns.length, template.columns.length);
    });

    it(`${kind}: the .xlsx template has the header row first and a notes sheet`, async () => {
      const xlsx = await writeTemplate(kind, 'xlsx');
      const spreadsheet = await openSpreadsheet(xlsx.content, xlsx.fileName, defaultImportLimits);
      assert.deepEqual(spreadsheet.sheets.map((sheet) => sheet.name), [template.name.zh, '填表说明']);
      const [header] = [...(await spreadsheet.sheets[0]!.rows())];
      assert.deepEqual(header!.cells.map((cell) => (cell?.type === 'text' ? cell.text : cell)), template.columns.map((column) => column.header));
      const notes = [...(await spreadsheet.sheets[1]!.rows())];
      assert.ok(notes.length >= template.columns.length + 1);
    });
  }
});

describe('cell parsers', () => {
  const column = (kind: 'enterprises' | 'yearly_facts' | 'qualifications', header: string) => findColumn(importTemplates[kind], header)!;
  const read = (kind: 'enterprises' | 'yearly_facts' | 'qualifications', header: string, text: string) => parseCell(column(kind, header), { type: 'text', text });
  const value = (result: ReturnType<typeof parseCell>) => (result.isOk ? result.value : result.code);

  it('reads enumerations by their Chinese names, aliases and English codes', () => {
    assert.equal(value(read('enterprises', '企业规模', '小微')), 'micro');
    assert.equal(value(read('enterprises', '企业规模', ' 大型 ')), 'large');
    assert.equal(value(read('enterprises', '企业规模', 'medium')), 'medium');
    assert.equal(value(read('enterprises', '企业规模', '特大型')), 'UNKNOWN_OPTION');
    assert.equal(value(read('enterprises', '征收方式', '核定征收')), 'assessed');
    assert.equal(value(read('qualifications', '资质类型', '专精特新"小巨人"')), 'little_giant');
    assert.equal(value(read('qualifications', '资质类型', '科小')), 'tech_sme');
    assert.equal(value(read('qualifications', '是否撤销', '是')), true);
  });

  it('reads districts by name or code, and industry codes', () => {
    assert.equal(value(read('enterprises', '所在区县', '吴兴')), '330502');
    assert.equal(value(read('enterprises', '所在区县', '南太湖新区')), '330500-NTH');
    assert.equal(value(read('enterprises', '所在区县', '330106')), '330106');
    assert.equal(value(read('enterprises', '所在区县', '西湖区')), 'UNKNOWN_DISTRICT');
    assert.equal(value(read('enterprises', '行业代码', 'c3973 工业自动控制系统装置制造')), 'C3973');
    assert.equal(value(read('enterprises', '行业代码', '3973')), 'BAD_INDUSTRY_CODE');
  });

  it('reads dates as written and as Excel day numbers, and refuses impossible ones', () => {
    assert.equal(value(read('enterprises', '成立日期', '2024年3月1日')), '2024-03-01');
    assert.equal(value(read('enterprises', '成立日期', '2024/3/1 0:00')), '2024-03-01');
    assert.equal(value(read('enterprises', '成立日期', '2024-02-30')), 'NOT_A_DATE');
    assert.equal(value(parseCell(column('enterprises', '成立日期'), { type: 'number', text: '45352' })), '2024-03-01');
    assert.equal(value(parseCell(column('enterprises', '成立日期'), { type: 'number', text: '60' })), 'NOT_A_DATE', 'Excel’s phantom 1900-02-29');
  });

  it('a date-formatted number in a money column, and an error cell, are explained', () => {
    const money = column('yearly_facts', '营业收入（万元）');
    const dated = parseCell(money, { type: 'date', isoDate: '2021-11-05', numberText: '44505' });
    assert.equal(value(dated), 'NOT_A_NUMBER');
    assert.match(dated.isOk ? '' : dated.message.zh, /日期格式/);
    assert.equal(value(parseCell(money, { type: 'error', text: '#DIV/0!' })), 'ERROR_CELL');
  });
});
