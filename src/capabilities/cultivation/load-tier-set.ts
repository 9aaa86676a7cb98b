import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { tierSetSchema, type TierSet } from './tier-set.contracts.ts';

export const defaultTierSetFile = fileURLToPath(new URL('../../../cultivation-tiers/huzhou-default.yaml', import.meta.url));

/** Parses a tier-set file; a file that does not validate throws with every problem and its path. */
export function parseTierSet(text: string, fileName: string): TierSet {
  const parsed = tierSetSchema.safeParse(parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
    throw new Error(`${fileName}:\n${problems}`);
  }
  return { ...parsed.data, tiers: [...parsed.data.tiers].sort((a, b) => a.rank - b.rank) };
}

let loaded: TierSet | undefined;

/** The tier set in use (`cultivation-tiers/huzhou-default.yaml`), parsed once per process. */
export function tierSetInUse(): TierSet {
  loaded ??= parseTierSet(fs.readFileSync(defaultTierSetFile, 'utf8'), 'huzhou-default.yaml');
  return loaded;
}
