import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../api/api-client.ts';
import { fieldErrorsOf } from './server-field-errors.ts';

const validationFailed = (issues: unknown[]) => new ApiError(400, 'VALIDATION_FAILED', { zh: '输入不符合要求', en: 'The input is invalid' }, { issues });

describe('server field errors', () => {
  it('puts a contract failure under its field, in Chinese where the form knows the rule', () => {
    const error = validationFailed([
      { path: 'industryCode', message: 'Invalid string: must match pattern /^[A-T](\\d{2,4})?$/' },
      { path: 'contactEmail', message: 'Too big: expected string to have <=200 characters' },
    ]);
    const errors = fieldErrorsOf(error, ['industryCode', 'contactEmail'], 'zh-CN');
    assert.match(errors.byField.industryCode!, /^行业代码应为门类字母/);
    assert.equal(errors.byField.contactEmail, '服务器未接受：Too big: expected string to have <=200 characters');
    assert.deepEqual(errors.general, []);
  });

  it('reads route-level paths and keeps what belongs to no field', () => {
    const error = validationFailed([{ where: 'body', path: '/record/revenueFen', message: 'Invalid input' }, { path: '/subject', message: 'Invalid option' }]);
    const errors = fieldErrorsOf(error, ['revenueFen'], 'en-US');
    assert.equal(errors.byField.revenueFen, 'Refused by the server: Invalid input');
    assert.deepEqual(errors.general, ['Refused by the server: subject: Invalid option']);
  });

  it('puts a registry rule under its column, and anything else above the form', () => {
    const outOfScope = new ApiError(400, 'OUT_OF_SCOPE', { zh: '该企业不在您所在区县的数据范围内', en: 'This enterprise is outside your district’s data scope' }, { column: 'districtCode' });
    assert.deepEqual(fieldErrorsOf(outOfScope, ['districtCode'], 'zh-CN'), { byField: { districtCode: '该企业不在您所在区县的数据范围内' }, general: [] });
    const notFound = new ApiError(404, 'ENTERPRISE_NOT_FOUND', { zh: '未找到企业 X', en: 'Enterprise X not found' });
    assert.deepEqual(fieldErrorsOf(notFound, ['name'], 'zh-CN'), { byField: {}, general: ['未找到企业 X'] });
  });
});
