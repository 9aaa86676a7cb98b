import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { checkPackConsistency } from './check-pack-consistency.ts';
import { describeSchemaError, formatLocatedProblem, type LocatedMessage, locateProblem } from './describe-schema-error.ts';
import type { PackProblem, PolicyPackContent } from './policy-packs.contracts.ts';

export const policyPackSchemaPath = fileURLToPath(new URL('../../../policies/policy-pack.schema.json', import.meta.url));

export type ParsePolicyPackResult =
  | { isValid: true; fileName: string; pack: PolicyPackContent; contentSha256: string }
  | { isValid: false; fileName: string; problems: PackProblem[] };

let validator: ValidateFunction | undefined;

function packValidator(): ValidateFunction {
  // strictRequired is off because `then: { required: [...] }` names properties defined beside the `if`.
  validator ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(JSON.parse(fs.readFileSync(policyPackSchemaPath, 'utf8')));
  return validator;
}

/**
 * Reads a policy pack file (YAML, or JSON which is YAML) and checks it against the JSON Schema
 * and the consistency rules. Pure apart from reading the schema once; every problem found is
 * returned, each with its path in the file and, where known, its line and column.
 */
export function parsePolicyPack(text: string, fileName: string): ParsePolicyPackResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { isValid: false, fileName, problems: doc.errors.map((error) => describeYamlError(error, lineCounter)) };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const validate = packValidator();
  const located: LocatedMessage[] = validate(data)
    ? checkPackConsistency(data as PolicyPackContent)
    : (validate.errors ?? []).map(describeSchemaError).filter((problem) => problem !== undefined);
  if (located.length > 0) {
    const problems = located.map((problem) => locateProblem(problem, doc, lineCounter));
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { isValid: false, fileName, problems };
  }
  const pack = data as PolicyPackContent;
  return { isValid: true, fileName, pack, contentSha256: sha256OfPack(pack) };
}

/** Identity of a pack's content: key order, comments and layout of the file do not change it. */
export function sha256OfPack(pack: PolicyPackContent): string {
  return createHash('sha256').update(canonicalJson(pack)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `targets[3].value: must be integer (line 57, column 12)`, in English or Chinese. */
export function formatProblem(problem: PackProblem, language: 'zh' | 'en'): string {
  return formatLocatedProblem(problem, language);
}

const yamlErrorsZh: Record<string, string> = {
  DUPLICATE_KEY: '键重复',
  BAD_INDENT: '缩进错误',
  TAB_AS_INDENT: '不能用制表符缩进',
  MISSING_CHAR: '缺少字符（如引号或括号未闭合）',
  UNEXPECTED_TOKEN: '出现意外的内容',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能作为键',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  MULTIPLE_DOCS: '一个文件只能包含一个文档',
  BAD_SCALAR_START: '值的开头不合法',
  BLOCK_IN_FLOW: '流式结构中不能出现块结构',
};

function describeYamlError(error: YAMLError, lineCounter: LineCounter): PackProblem {
  const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  const detail = error.message.split('\n')[0] ?? error.code;
  return {
    path: '(yaml)',
    line: position.line,
    column: position.col,
    message: { zh: `YAML 语法错误：${yamlErrorsZh[error.code] ?? error.code}（${detail}）`, en: `YAML syntax error: ${detail}` },
  };
}
