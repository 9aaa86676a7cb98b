import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cultivationMessages } from './cultivation-messages.ts';
import { equityMessages } from './equity-messages.ts';
import { fieldMessages } from './field-messages.ts';
import { financingMessages } from './financing-messages.ts';
import { importMessages } from './import-messages.ts';
import { messages, platformMessages } from './messages.ts';
import { portraitMessages } from './portrait-messages.ts';
import { registryMessages } from './registry-messages.ts';
import { serviceMessages } from './service-messages.ts';

describe('web messages', () => {
  it('merges the page families without one string silently replacing another', () => {
    const families = [platformMessages, registryMessages, fieldMessages, importMessages, portraitMessages, cultivationMessages, financingMessages, equityMessages, serviceMessages];
    const keys = families.flatMap((family) => Object.keys(family));
    assert.deepEqual(keys.filter((key, index) => keys.indexOf(key) !== index), []);
    assert.equal(Object.keys(messages).length, keys.length);
  });

  it('has both languages for every string', () => {
    for (const [key, text] of Object.entries(messages)) {
      assert.ok(text.zh.trim() !== '' && text.en.trim() !== '', key);
    }
  });
});
