import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import { commitImport } from '../../src/capabilities/imports/commit-import.ts';
import { forgetPreparedImport } from '../../src/capabilities/imports/prepared-import-cache.ts';
import { renderTemplateCsv } from '../../src/capabilities/imports/render-template-csv.ts';
import { uploadImport } from '../../src/capabilities/imports/upload-import.ts';
import { validateImport } from '../../src/capabilities/imports/validate-import.ts';
import { systemActor } from '../../src/platform/auth/actor.ts';
import { callAs } from '../support/actors.ts';
import { forEachBackend } from '../support/backends.ts';
import { makeUscc } from '../fixtures/imports/build-files.ts';

const roster = (serial: number) =>
  renderTemplateCsv('enterprises', [
    { uscc: makeUscc(serial), name: `湖州存档${serial}号科技有限公司`, districtCode: '330502' },
    { uscc: makeUscc(serial + 1), name: `湖州存档${serial + 1}号科技有限公司`, districtCode: '330521' },
  ]);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

// The upload is stored gzipped, and the rows read at upload are reused by validation and commit in
// the same process; these tests read the stored file back, as a job in another process does.
forEachBackend('the stored import file', (getKjt) => {
  const call = () => callAs(systemActor('test'));
  const storedFile = async (id: string) => (await getKjt().db.query<{ file_content: Uint8Array | null; file_size: number }>('SELECT file_content, file_size FROM imports WHERE id = $1', [id])).rows[0]!;

  it('is kept gzipped, and validation and commit read it back as uploaded', async () => {
    const content = roster(501);
    const uploaded = await getKjt().run(uploadImport, { kind: 'enterprises', fileName: 'roster.csv', content, validation: 'deferred' }, call());
    const stored = await storedFile(uploaded.import.id);
    assert.deepEqual([stored.file_content![0], stored.file_content![1]], [0x1f, 0x8b]);
    assert.equal(stored.file_size, content.length);

    forgetPreparedImport(sha256(content));
    const validated = await getKjt().run(validateImport, { importId: uploaded.import.id }, call());
    assert.deepEqual(validated.import.totals, { rows: 2, new: 2, changed: 0, unchanged: 0, rejected: 0 });
    forgetPreparedImport(sha256(content));
    const committed = await getKjt().run(commitImport, { importId: uploaded.import.id, execution: 'inline' }, call());
    assert.deepEqual(committed.import.totals, { rows: 2, new: 2, changed: 0, unchanged: 0, rejected: 0 });
    assert.equal((await storedFile(uploaded.import.id)).file_content, null);
  });

  it('a file stored before files were gzipped still validates and commits', async () => {
    const content = roster(601);
    const uploaded = await getKjt().run(uploadImport, { kind: 'enterprises', fileName: 'roster.csv', content, validation: 'deferred' }, call());
    await getKjt().db.query('UPDATE imports SET file_content = $1 WHERE id = $2', [content, uploaded.import.id]);
    forgetPreparedImport(sha256(content));
    const validated = await getKjt().run(validateImport, { importId: uploaded.import.id }, call());
    assert.equal(validated.import.totals?.new, 2);
    forgetPreparedImport(sha256(content));
    const committed = await getKjt().run(commitImport, { importId: uploaded.import.id, execution: 'inline' }, call());
    assert.equal(committed.import.totals?.new, 2);
  });
});
