#!/usr/bin/env node
// The operator's command. Runs the TypeScript sources through tsx so that no build step is needed.
import { register } from 'tsx/esm/api';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`科金通需要 Node.js 22 或更新版本（当前 ${process.version}）/ KeJinTong needs Node.js 22+ (found ${process.version}).`);
  process.exit(2);
}
register();
await import('../src/cli/main.ts');
