import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readImportLimits } from './import-limits.ts';
import { prepareImport } from './prepare-import.ts';
import { renderTemplateCsv } from './render-template-csv.ts';

describe('rendering records as a template CSV reads back to the same records', () => {
  it('yearly facts: money in 万元 to the fen, counts, years', async () => {
    const records = [
      { uscc: '914403001922038216', year: 2024, employees: 120, revenueFen: 812_345_678, netProfitFen: -1_000_001, rndExpenseFen: 1 },
      { uscc: '91330100716105852F', year: 2025, techStaff: 0 },
    ];
    const prepared = await prepareImport('yearly_facts', renderTemplateCsv('yearly_facts', records), 'yearly.csv', readImportLimits({}));
    assert.deepEqual(prepared.rows.map((row) => row.errors), [[], []]);
    assert.deepEqual(prepared.rows.map((row) => row.record), records);
  });

  it('enterprises: choices by Chinese name, text with commas and quotes', async () => {
    const records = [{ uscc: '914403001922038216', name: '示例·"甲",科技有限公司', districtCode: '330521', sizeClass: 'small', taxCollectionMethod: 'audited', foundedOn: '2015-03-01' }];
    const csv = renderTemplateCsv('enterprises', records);
    assert.match(csv.toString('utf8'), /小型/);
    assert.match(csv.toString('utf8'), /查账征收/);
    const prepared = await prepareImport('enterprises', csv, 'roster.csv', readImportLimits({}));
    assert.deepEqual(prepared.rows[0]!.errors, []);
    assert.deepEqual(prepared.rows[0]!.record, records[0]);
  });
});
