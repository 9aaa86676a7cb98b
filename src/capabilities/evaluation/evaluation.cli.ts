import fs from 'node:fs';
import type { Command } from 'commander';
import { exitCodes, reportError, withPlatform, type CliContext } from '../../cli/cli-context.ts';
import { progressBar } from '../../cli/progress-bar.ts';
import { shanghaiDate } from '../../platform/calendar-date.ts';
import { calculateEvaluations, type CalculateOutput } from './calculate-evaluations.ts';
import type { AfterEvaluationBatch } from './evaluate-registry.ts';
import { getEvaluationRun } from './get-evaluation-run.ts';
import { bundledRuleSets } from './list-rule-sets.ts';
import { driveEvaluationRun } from './run-evaluation.ts';
import { startEvaluationRun } from './start-evaluation-run.ts';

interface EvaluateOptions {
  ruleSet?: string;
  asOf?: string;
  input?: string;
  all?: boolean;
  list?: boolean;
  json?: boolean;
}

const statusText = { pass: '通过 / pass', fail: '未通过 / fail', manual_review: '待人工审核 / manual review' } as const;

function usage(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = exitCodes.usage;
}

/** A file holds one record, an array of records, or `{ "records": [...] }`. */
function readRecords(file: string): unknown[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (Array.isArray(parsed)) return parsed;
  if (parsed !== null && typeof parsed === 'object' && Array.isArray((parsed as { records?: unknown }).records)) return (parsed as { records: unknown[] }).records;
  return [parsed];
}

function describeCalculation(output: CalculateOutput): string {
  const lines = [`${output.ruleSet.name.zh} / ${output.ruleSet.name.en} (${output.ruleSet.id})`];
  for (const record of output.records) {
    const label = `#${record.index + 1} ${record.uscc ?? ''}`;
    if (!record.result) {
      lines.push(`${label}: 数据格式错误 / invalid facts`);
      record.errors.forEach((error) => lines.push(`    ${error.path || '(root)'}: ${error.message}`));
      continue;
    }
    const total = record.result.totalRange ? ` · ${record.result.totalRange[0] === record.result.totalRange[1] ? record.result.totalRange[0] : `${record.result.totalRange[0]}–${record.result.totalRange[1]}`} 分/points` : '';
    lines.push(`${label}: ${statusText[record.result.status]}${total}${record.result.grade ? ` · ${record.result.grade}` : ''}`);
    record.result.reasons.forEach((reason) => lines.push(`    ${reason.zh} / ${reason.en}`));
    if (record.result.missingFacts.length > 0) lines.push(`    缺少数据 / missing facts: ${record.result.missingFacts.join(', ')}`);
    for (const plan of record.gaps?.plans.slice(0, 3) ?? []) lines.push(`    差距 / gap: ${plan.changes.map((change) => `${change.messageZh} / ${change.messageEn}`).join('；')}`);
  }
  return lines.join('\n');
}

export function registerEvaluationCommands(program: Command, cli: CliContext, options: { afterBatch?: AfterEvaluationBatch } = {}): void {
  program
    .command('evaluate')
    .description('企业评价 / Evaluate enterprises: --input <file> (no database) or --all (the registry)')
    .option('--rule-set <id>', '评价规则 / rule set id (see --list)')
    .option('--as-of <date>', '评价基准日 YYYY-MM-DD / assessment date')
    .option('--input <file.json>', '事实文件（schemas/enterprise-facts.schema.json）/ facts file; touches no database')
    .option('--all', '重新评价全市企业并提出分层调整建议 / re-evaluate the registry and propose tier changes')
    .option('--list', '列出评价规则 / list the rule sets')
    .option('--json', 'JSON output')
    .action(async (flags: EvaluateOptions) => {
      if (flags.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf)) return usage('--as-of: YYYY-MM-DD');
      if (flags.list) {
        const today = shanghaiDate(new Date());
        const sets = bundledRuleSets().map((ruleSet) => ({ id: ruleSet.id, family: ruleSet.family, version: ruleSet.version, name: ruleSet.name, effectiveFrom: ruleSet.effectiveFrom, isOfficial: ruleSet.isOfficial }));
        cli.print({ isJson: Boolean(flags.json) }, sets, () => sets.map((set) => `${set.id}\t${set.name.zh}${set.isOfficial ? '' : '（非官方 / not official）'}\t${set.effectiveFrom} 起 / from`).join('\n') + `\n(${today})`);
        return;
      }
      if (flags.input !== undefined) {
        if (!flags.ruleSet) return usage('--input 需要 --rule-set / --input needs --rule-set (see kjt evaluate --list)');
        try {
          let records: unknown[];
          try {
            records = readRecords(flags.input);
          } catch (error) {
            return usage(`无法读取事实文件 / cannot read the facts file ${flags.input}: ${error instanceof Error ? error.message : String(error)}`);
          }
          const output = calculateEvaluations({ ruleSetId: flags.ruleSet, asOf: flags.asOf, records }, shanghaiDate(new Date()));
          cli.print({ isJson: Boolean(flags.json) }, output, () => describeCalculation(output));
          process.exitCode = output.records.some((record) => record.result === null) ? exitCodes.usage : exitCodes.ok;
        } catch (error) {
          process.exitCode = reportError(error);
        }
        return;
      }
      if (!flags.all) return usage('用法 / usage: kjt evaluate --rule-set <id> --input <file.json> [--as-of <date>] [--json] | kjt evaluate --all [--as-of <date>] | kjt evaluate --list');
      await withPlatform(cli, {}, async (kjt) => {
        const call = cli.call();
        const started = await kjt.run(startEvaluationRun, { asOf: flags.asOf, trigger: 'cli', execution: 'caller' }, call);
        const bar = progressBar('评价 / evaluating');
        await driveEvaluationRun(kjt.run, call, started.id, { afterBatch: options.afterBatch, onProgress: bar.update });
        bar.end();
        const finished = await kjt.run(getEvaluationRun, { runId: started.id }, call);
        cli.print({ isJson: Boolean(flags.json) }, finished, () =>
          [
            `评价完成 / evaluation finished: ${finished.id} (as of ${finished.asOf})`,
            `企业 ${finished.progressDone} 家，更新结果 ${finished.resultsWritten} 条，分层调整建议 ${finished.proposalsMade} 条`,
            `${finished.progressDone} enterprises, ${finished.resultsWritten} results updated, ${finished.proposalsMade} tier proposals`,
          ].join('\n'),
        );
      });
    });
}
