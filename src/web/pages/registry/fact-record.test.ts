import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRecord, formValuesOf, type FieldSpec } from './fact-record.ts';

const yearly: FieldSpec[] = [
  { field: 'employees', kind: 'count' },
  { field: 'revenueFen', kind: 'money' },
  { field: 'netProfitFen', kind: 'signedMoney' },
];

describe('building an edit record', () => {
  it('converts 万元 to fen exactly and sends only what changed', () => {
    const current = { employees: 150, revenueFen: 4_650_000_000, netProfitFen: null };
    const built = buildRecord({ employees: '150', revenueFen: '4650.29', netProfitFen: '-0.1' }, current, yearly);
    assert.deepEqual(built, { record: { revenueFen: 4_650_290_000, netProfitFen: -100_000 }, errors: {} });
  });

  it('fills a year with no facts yet', () => {
    assert.deepEqual(buildRecord({ employees: '1,200', revenueFen: '0.000001' }, undefined, yearly), { record: { employees: 1200, revenueFen: 1 }, errors: {} });
  });

  it('explains what it refuses, per field', () => {
    const built = buildRecord({ employees: '12.5', revenueFen: '-3', netProfitFen: '1.0000001' }, undefined, yearly);
    assert.deepEqual(built.errors, { employees: 'edit.wholeNumber', revenueFen: 'edit.negative', netProfitFen: 'edit.tooManyDecimals' });
    assert.deepEqual(buildRecord({ revenueFen: '1,5' }, undefined, yearly).errors, { revenueFen: 'edit.notANumber' });
  });

  it('refuses to erase a value, and ignores a blank that was blank', () => {
    const built = buildRecord({ employees: '', revenueFen: ' ' }, { employees: 10, revenueFen: null }, yearly);
    assert.deepEqual(built, { record: {}, errors: { employees: 'edit.cannotClear' } });
  });

  it('keeps text as typed but trimmed', () => {
    const built = buildRecord({ name: ' 湖州新名称有限公司 ', industryCode: 'C3973' }, { name: '湖州旧名称有限公司', industryCode: 'C3973' }, [
      { field: 'name', kind: 'text' },
      { field: 'industryCode', kind: 'text' },
    ]);
    assert.deepEqual(built.record, { name: '湖州新名称有限公司' });
  });

  it('shows the current facts in the form in 万元, exactly', () => {
    assert.deepEqual(formValuesOf({ employees: 150, revenueFen: 420_123_456, netProfitFen: -120_500_000 }, yearly), { employees: '150', revenueFen: '420.123456', netProfitFen: '-120.5' });
    assert.deepEqual(formValuesOf(undefined, yearly), { employees: undefined, revenueFen: undefined, netProfitFen: undefined });
  });
});
