import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ImportKind, TemplateFormat } from './imports.contracts.ts';
import { writeTemplate, type TemplateFile } from './write-template.ts';

/** 下载导入模板: the header row plus a notes sheet (.xlsx), or the header row alone (.csv). */
export const getImportTemplate: UseCase<{ kind: ImportKind; format: TemplateFormat }, TemplateFile> = async (input, ctx) => {
  assertCan(ctx.actor, 'registry.read');
  return writeTemplate(input.kind, input.format);
};
