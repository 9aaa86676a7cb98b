import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ErrorObject } from 'ajv';
import { describeSchemaError, formatLocatedProblem, type LocatedMessage, locateProblem, pointerToSegments } from '../policy-packs/describe-schema-error.ts';
import { checkRuleSetConsistency } from './check-rule-set-consistency.ts';
import { type Bilingual, definitionKinds, type RuleSet } from './rule-set.contracts.ts';

export const ruleSetSchemaPath = fileURLToPath(new URL('../../../rule-sets/rule-set.schema.json', import.meta.url));

/** `items[3].definition.bands[2].min: …` with the line and column in the file where known. */
export interface RuleSetProblem {
  path: string;
  line?: number;
  column?: number;
  message: Bilingual;
}

export type ParseRuleSetResult = { isValid: true; fileName: string; ruleSet: RuleSet } | { isValid: false; fileName: string; problems: RuleSetProblem[] };

let validator: ValidateFunction | undefined;

function ruleSetValidator(): ValidateFunction {
  // strictRequired is off because `then: { required: [...] }` names properties defined beside the `if`.
  validator ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false, discriminator: true }).compile(JSON.parse(fs.readFileSync(ruleSetSchemaPath, 'utf8')));
  return validator;
}

/**
 * Reads a rule set file (YAML) and checks it against `rule-sets/rule-set.schema.json` and the
 * consistency rules (units, band tiling, references, weights). Every problem is returned with
 * its path and, where known, its line and column — the same way policy packs report theirs.
 */
export function parseRuleSet(text: string, fileName: string): ParseRuleSetResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // One syntax error cascades into many; the first few say where it is.
  if (doc.errors.length > 0) return { isValid: false, fileName, problems: doc.errors.slice(0, 3).map((error) => describeYamlError(error, lineCounter)) };
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const validate = ruleSetValidator();
  const located: LocatedMessage[] = validate(data)
    ? checkRuleSetConsistency(data as RuleSet)
    : (validate.errors ?? []).map(describeRuleSetSchemaError).filter((problem) => problem !== undefined);
  if (located.length > 0) {
    const problems = located.map((problem) => locateProblem(problem, doc, lineCounter));
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { isValid: false, fileName, problems };
  }
  return { isValid: true, fileName, ruleSet: data as RuleSet };
}

/** The discriminator's own words ("value of tag kind must be in oneOf") become the list of kinds. */
function describeRuleSetSchemaError(error: ErrorObject): LocatedMessage | undefined {
  if (error.keyword !== 'discriminator') return describeSchemaError(error);
  const kinds = definitionKinds.join(', ');
  return { segments: [...pointerToSegments(error.instancePath), 'kind'], message: { zh: `未知或缺少的指标类型，应为：${kinds}`, en: `unknown or missing indicator kind; expected one of: ${kinds}` } };
}

export function formatRuleSetProblem(problem: RuleSetProblem, language: 'zh' | 'en'): string {
  return formatLocatedProblem(problem, language);
}

function describeYamlError(error: YAMLError, lineCounter: LineCounter): RuleSetProblem {
  const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  const detail = error.message.split('\n')[0] ?? error.code;
  return { path: '(yaml)', line: position.line, column: position.col, message: { zh: `YAML 语法错误：${detail}`, en: `YAML syntax error: ${detail}` } };
}
