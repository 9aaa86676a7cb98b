import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Bilingual } from './policy-packs.contracts.ts';

export type PathSegment = string | number;

export interface LocatedMessage {
  segments: PathSegment[];
  message: Bilingual;
}

const typeNamesZh: Record<string, string> = {
  integer: '整数',
  number: '数字',
  string: '字符串',
  object: '对象（键值映射）',
  array: '数组（列表）',
  boolean: '布尔值',
  null: 'null',
};

/** `/targets/3/value` → ['targets', 3, 'value'] (JSON Pointer, RFC 6901). */
export function pointerToSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** ['targets', 3, 'value'] → `targets[3].value`; the document itself is `(root)`. */
export function formatPath(segments: PathSegment[]): string {
  if (segments.length === 0) return '(root)';
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = /^[A-Za-z_$][\w$]*$/.test(segment) ? segment : JSON.stringify(segment);
    return path === '' ? key : `${path}.${key}`;
  }, '');
}

/**
 * One ajv error as a path and a bilingual message. Returns undefined for the errors that only
 * repeat another one (`if` says "must match then" next to the real failure).
 */
export function describeSchemaError(error: ErrorObject): LocatedMessage | undefined {
  const segments = pointerToSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      return { segments, message: { zh: `必须是${types.map((t) => typeNamesZh[t] ?? t).join('或')}`, en: `must be ${types.join(' or ')}` } };
    }
    case 'required':
      return { segments: [...segments, String(params.missingProperty)], message: { zh: '缺少此必填字段', en: 'is required' } };
    case 'additionalProperties':
      return { segments: [...segments, String(params.additionalProperty)], message: { zh: '不是允许的字段', en: 'is not an allowed field' } };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return { segments, message: { zh: `必须是以下值之一：${allowed}`, en: `must be one of: ${allowed}` } };
    }
    case 'const':
      return { segments, message: { zh: `必须等于 ${JSON.stringify(params.allowedValue)}`, en: `must be ${JSON.stringify(params.allowedValue)}` } };
    case 'pattern':
      return { segments, message: { zh: `格式不正确（应符合 ${String(params.pattern)}）`, en: `must match the pattern ${String(params.pattern)}` } };
    case 'minimum':
      return { segments, message: { zh: `不得小于 ${String(params.limit)}`, en: `must be >= ${String(params.limit)}` } };
    case 'maximum':
      return { segments, message: { zh: `不得大于 ${String(params.limit)}`, en: `must be <= ${String(params.limit)}` } };
    case 'minItems':
      return { segments, message: { zh: `至少需要 ${String(params.limit)} 项`, en: `must have at least ${String(params.limit)} item(s)` } };
    case 'minLength':
      return params.limit === 1
        ? { segments, message: { zh: '不得为空', en: 'must not be empty' } }
        : { segments, message: { zh: `至少 ${String(params.limit)} 个字符`, en: `must be at least ${String(params.limit)} characters` } };
    case 'maxLength':
      return { segments, message: { zh: `不得超过 ${String(params.limit)} 个字符`, en: `must be at most ${String(params.limit)} characters` } };
    case 'uniqueItems':
      return {
        segments,
        message: { zh: `不得重复（第 ${String(params.j)} 项与第 ${String(params.i)} 项相同）`, en: `must not repeat items (items ${String(params.j)} and ${String(params.i)} are the same)` },
      };
    default:
      return { segments, message: { zh: `不符合要求：${error.message ?? error.keyword}`, en: error.message ?? error.keyword } };
  }
}

export interface LocatedProblem {
  path: string;
  line?: number;
  column?: number;
  message: { zh: string; en: string };
}

/** A problem with its place in the YAML file: the path, and the line and column the path points at. */
export function locateProblem(problem: LocatedMessage, doc: Document, lineCounter: LineCounter): LocatedProblem {
  const offset = offsetOf(doc, problem.segments);
  const position = offset === undefined ? undefined : lineCounter.linePos(offset);
  return { path: formatPath(problem.segments), ...(position ? { line: position.line, column: position.col } : {}), message: problem.message };
}

/** `targets[3].value: must be integer (line 57, column 12)`, in English or Chinese. */
export function formatLocatedProblem(problem: LocatedProblem, language: 'zh' | 'en'): string {
  if (problem.line === undefined) return `${problem.path}: ${problem.message[language]}`;
  const where = language === 'zh' ? `（第 ${problem.line} 行第 ${problem.column ?? 1} 列）` : ` (line ${problem.line}, column ${problem.column ?? 1})`;
  return `${problem.path}: ${problem.message[language]}${where}`;
}

/** Where a path is in the file; a path that does not exist (a missing field) points at its nearest parent. */
function offsetOf(doc: Document, segments: PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of segments) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value === segment : item.key === segment));
      if (!pair) break;
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      next = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
      if (next === undefined) break;
      offset = rangeStart(next) ?? offset;
    } else {
      break;
    }
    node = next;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}
