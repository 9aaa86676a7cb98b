import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRuleSetProblem, parseRuleSet } from './parse-rule-set.ts';
import type { RuleSet } from './rule-set.contracts.ts';

export const ruleSetsDirectory = fileURLToPath(new URL('../../../rule-sets/', import.meta.url));

/** Every rule set shipped in `rule-sets/`, sorted by id; a file that does not validate throws with all its problems. */
export function loadBundledRuleSets(directory: string = ruleSetsDirectory): RuleSet[] {
  const files = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const ruleSets = files.map((name) => {
    const result = parseRuleSet(fs.readFileSync(path.join(directory, name), 'utf8'), name);
    if (!result.isValid) throw new Error(`${name}:\n${result.problems.map((problem) => `  ${formatRuleSetProblem(problem, 'en')}`).join('\n')}`);
    return result.ruleSet;
  });
  return ruleSets.sort((a, b) => a.id.localeCompare(b.id));
}
