import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exitCodes, reportError, withPlatform, type CliContext } from '../../cli/cli-context.ts';
import { progressBar } from '../../cli/progress-bar.ts';
import type { CheckImportResult } from './check-import-rows.ts';
import { checkImportFile } from './check-import-file.ts';
import { commitImport } from './commit-import.ts';
import { importKinds, templateFormats, type ImportKind, type ImportRowResult, type TemplateFormat } from './imports.contracts.ts';
import type { ImportTotals } from './imports.tables.ts';
import { importTemplates } from './import-templates.ts';
import { uploadImport } from './upload-import.ts';
import { validateImport } from './validate-import.ts';
import { writeTemplate } from './write-template.ts';

interface ImportOptions {
  source?: string;
  dryRun?: boolean;
  onlyValidRows?: boolean;
  json?: boolean;
}

const usageError = (message: string): number => {
  process.stderr.write(`${message}\n`);
  return exitCodes.usage;
};

function checkKind(kind: string): kind is ImportKind {
  return (importKinds as readonly string[]).includes(kind);
}

function describe(totals: ImportTotals, rows: ImportRowResult[], headline: string): string {
  const lines = [
    headline,
    `共 ${totals.rows} 行：新增 ${totals.new}，变更 ${totals.changed}，无变化 ${totals.unchanged}，未通过 ${totals.rejected}`,
    `${totals.rows} rows: ${totals.new} new, ${totals.changed} changed, ${totals.unchanged} unchanged, ${totals.rejected} rejected`,
  ];
  for (const row of rows.filter((item) => item.status === 'rejected')) {
    for (const error of row.errors) lines.push(`  第 ${row.row} 行 / row ${row.row} · ${error.column} · ${error.code}: ${error.message.zh} / ${error.message.en}`);
  }
  return lines.join('\n');
}

function report(options: ImportOptions, cli: CliContext, result: { importId?: string; status: string; totals: ImportTotals; rows: ImportRowResult[] }, headline: string): void {
  const json = {
    ...(result.importId ? { importId: result.importId } : {}),
    status: result.status,
    totals: result.totals,
    rows: result.rows.map((row) => ({ row: row.row, status: row.status, errors: row.errors.map((error) => ({ column: error.column, code: error.code, message: error.message })) })),
  };
  cli.print({ isJson: Boolean(options.json) }, json, () => describe(result.totals, result.rows, headline));
}

export function registerImportCommands(program: Command, cli: CliContext): void {
  const command = program
    .command('import')
    .description(`导入企业数据（Excel/CSV）/ Import enterprise data from Excel or CSV. <kind>: ${importKinds.join(' | ')}`)
    .argument('<kind>', importKinds.join(' | '))
    .argument('<file>', '.xlsx 或 .csv 文件 / an .xlsx or .csv file')
    .option('--source <org code>', '数据来源机构代码 / code of the organisation that supplied the data')
    .option('--dry-run', '只校验、预览，不写入任何数据 / validate and preview only; write nothing')
    .option('--only-valid-rows', '有未通过的行时仍导入通过校验的行 / import the valid rows even if some are rejected')
    .option('--json', 'JSON output: { totals, rows: [{ row, status, errors }] }')
    .action((kind: string, file: string, options: ImportOptions) => runImport(cli, kind, file, options));

  command
    .command('template <kind>')
    .description('生成导入模板 / Write an import template')
    .option('--out <file>', '输出文件 / output file')
    .option('--format <format>', 'xlsx | csv', 'xlsx')
    .action(async (kind: string, options: { out?: string; format: string }) => {
      // A template holds no data, so this needs no database (and works while a server holds PGlite's data directory).
      try {
        if (!checkKind(kind)) return void (process.exitCode = usageError(`未知的导入类型 / unknown kind: ${kind} (${importKinds.join(' | ')})`));
        if (!(templateFormats as readonly string[]).includes(options.format)) return void (process.exitCode = usageError(`--format: xlsx | csv`));
        const template = await writeTemplate(kind, options.format as TemplateFormat);
        const out = path.resolve(options.out ?? template.fileName);
        fs.writeFileSync(out, template.content);
        process.stdout.write(`已生成 / written: ${out}\n`);
        process.exitCode = exitCodes.ok;
      } catch (error) {
        process.exitCode = reportError(error);
      }
    });
}

async function runImport(cli: CliContext, kind: string, file: string, options: ImportOptions): Promise<void> {
  if (!checkKind(kind)) return void (process.exitCode = usageError(`未知的导入类型 / unknown kind: ${kind} (${importKinds.join(' | ')})`));
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch {
    return void (process.exitCode = usageError(`无法读取文件 / cannot read the file: ${file}`));
  }
  const fileName = path.basename(file);
  const name = importTemplates[kind].name;
  await withPlatform(cli, {}, async (kjt) => {
    if (options.dryRun) {
      const bar = progressBar('校验 / validating');
      const checked: CheckImportResult = await kjt.run(checkImportFile, { kind, fileName, content, sourceOrganisationCode: options.source, onProgress: bar.update }, cli.call());
      bar.end();
      report(options, cli, { status: 'dry_run', totals: checked.totals, rows: checked.rows }, `试导入（未写入）/ dry run (nothing written): ${name.zh} ${fileName}`);
      return checked.totals.rejected > 0 ? exitCodes.usage : exitCodes.ok;
    }
    const uploaded = await kjt.run(uploadImport, { kind, fileName, content, sourceOrganisationCode: options.source, validation: 'deferred' }, cli.call());
    const importId = uploaded.import.id;
    const validateBar = progressBar('校验 / validating');
    const validated = await kjt.run(validateImport, { importId, onProgress: validateBar.update }, cli.call());
    validateBar.end();
    const totals = validated.import.totals!;
    if (totals.rejected > 0 && !options.onlyValidRows) {
      report(options, cli, { importId, status: validated.import.status, totals, rows: validated.rows }, `未写入任何数据 / nothing written: ${totals.rejected} 行未通过校验 / rows rejected (import ${importId})`);
      return exitCodes.usage;
    }
    const commitBar = progressBar('导入 / committing');
    const committed = await kjt.run(commitImport, { importId, onlyValidRows: Boolean(options.onlyValidRows), execution: 'inline', onProgress: commitBar.update }, cli.call());
    commitBar.end();
    report(options, cli, { importId, status: committed.import.status, totals: committed.import.totals!, rows: committed.rows }, `已导入 / committed: ${name.zh} ${fileName} (import ${importId})`);
    return exitCodes.ok;
  });
}
