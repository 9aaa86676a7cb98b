import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Call, RunUseCase } from '../../platform/use-case.ts';
import { loadPolicyPack } from './load-policy-pack.ts';
import type { LoadPolicyPackResult } from './policy-packs.contracts.ts';

export const bundledPolicyPacksDirectory = fileURLToPath(new URL('../../../policies/', import.meta.url));

/**
 * Loads every pack shipped in `policies/` (at start-up and in demo set-up). Unchanged packs are
 * left alone, so calling this at every start writes nothing.
 */
export async function loadBundledPolicyPacks(run: RunUseCase, call: Call, directory = bundledPolicyPacksDirectory): Promise<LoadPolicyPackResult[]> {
  const fileNames = fs
    .readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const results: LoadPolicyPackResult[] = [];
  for (const fileName of fileNames) {
    const text = fs.readFileSync(path.join(directory, fileName), 'utf8');
    results.push(await run(loadPolicyPack, { fileName, text }, call));
  }
  return results;
}
