import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffFacts } from './fact-diff.ts';

const fields = ['name', 'employees', 'awards'] as const;

describe('fact diff (re-importing the same data changes nothing; an absent field keeps its value)', () => {
  const cases: Array<[string, Record<string, unknown> | undefined, Record<string, unknown>, string, string[]]> = [
    ['no current record → new', undefined, { name: 'A', employees: 5 }, 'new', ['name', 'employees']],
    ['same values → unchanged', { name: 'A', employees: 5 }, { name: 'A', employees: 5 }, 'unchanged', []],
    ['one value differs → changed', { name: 'A', employees: 5 }, { name: 'A', employees: 6 }, 'changed', ['employees']],
    ['absent field keeps its value', { name: 'A', employees: 5 }, { name: 'A' }, 'unchanged', []],
    ['null stored, value supplied → changed', { name: 'A', employees: null }, { employees: 0 }, 'changed', ['employees']],
    ['zero is a value, not missing', { name: 'A', employees: 0 }, { employees: 0 }, 'unchanged', []],
    ['same list → unchanged', { awards: [{ level: 'national' }] }, { awards: [{ level: 'national' }] }, 'unchanged', []],
    ['different list → changed', { awards: [{ level: 'national' }] }, { awards: [] }, 'changed', ['awards']],
  ];
  for (const [title, current, incoming, status, changed] of cases) {
    it(title, () => {
      const diff = diffFacts(current, incoming, fields);
      assert.equal(diff.status, status);
      assert.deepEqual(diff.changes.map((change) => change.field), changed);
    });
  }

  it('records the old and the new value of each change', () => {
    const diff = diffFacts({ name: '旧名称' }, { name: '新名称' }, fields);
    assert.deepEqual(diff.changes, [{ field: 'name', oldValue: '旧名称', newValue: '新名称' }]);
  });
});
