import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultImportLimits } from './import-limits.ts';
import { forgetPreparedImport, prepareImportOnce } from './prepared-import-cache.ts';
import { renderTemplateCsv } from './render-template-csv.ts';

const content = renderTemplateCsv('enterprises', [{ uscc: '91330502MA2B3C4D58', name: '湖州示例智能科技有限公司' }]);
const file = { kind: 'enterprises' as const, fileSha256: 'a'.repeat(64), fileName: 'roster.csv' };

describe('prepared import cache (upload, validate and commit of one file read it once)', () => {
  it('reads the file once for the same bytes, kind, name and limits', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return content;
    };
    const first = await prepareImportOnce(file, defaultImportLimits, read);
    const second = await prepareImportOnce(file, defaultImportLimits, read);
    assert.equal(reads, 1);
    assert.equal(second, first);
    assert.equal(first.rows[0]?.record?.name, '湖州示例智能科技有限公司');
  });

  it('reads again for other bytes, other limits, or after the import was committed', async () => {
    forgetPreparedImport(file.fileSha256);
    let reads = 0;
    const read = async () => {
      reads += 1;
      return content;
    };
    await prepareImportOnce(file, defaultImportLimits, read);
    await prepareImportOnce({ ...file, fileSha256: 'b'.repeat(64) }, defaultImportLimits, read);
    await prepareImportOnce({ ...file, fileSha256: 'b'.repeat(64) }, { ...defaultImportLimits, maxRows: 10 }, read);
    forgetPreparedImport('b'.repeat(64));
    await prepareImportOnce({ ...file, fileSha256: 'b'.repeat(64) }, { ...defaultImportLimits, maxRows: 10 }, read);
    assert.equal(reads, 4);
  });
});
