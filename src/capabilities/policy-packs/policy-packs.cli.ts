import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exitCodes, type CliContext, withPlatform } from '../../cli/cli-context.ts';
import { describePackLine, describePolicyPack } from './describe-policy-pack.ts';
import { findPackInForce } from './find-pack-in-force.ts';
import { getPolicyPack } from './get-policy-pack.ts';
import { listPolicyPacks } from './list-policy-packs.ts';
import { loadPolicyPack } from './load-policy-pack.ts';
import { formatProblem, parsePolicyPack } from './parse-policy-pack.ts';
import { supersedePolicyPack } from './supersede-policy-pack.ts';

interface JsonOption {
  json?: boolean;
}

const outcomeNames = { created: '已载入 / loaded', replaced: '已替换内容 / content replaced', unchanged: '内容未变 / unchanged' } as const;

export function registerPolicyCommands(program: Command, cli: CliContext): void {
  const policy = program.command('policy').description('政策包 / Policy packs');
  policy
    .command('validate <file>')
    .description('校验政策包文件（不需要数据库）：有效退出码 0，无效退出码 2 并列出每处错误 / Validate a pack file without a database: exit 0 if valid, 2 listing every problem')
    .option('--json', 'JSON output')
    .action((file: string, options: JsonOption) => {
      const text = readPackFile(file);
      if (text === undefined) return;
      const result = parsePolicyPack(text, path.basename(file));
      cli.print({ isJson: Boolean(options.json) }, result.isValid ? { isValid: true, fileName: result.fileName, id: result.pack.id, contentSha256: result.contentSha256 } : result, () =>
        result.isValid
          ? `有效 / valid: ${result.pack.id} ${result.pack.documentNumber} (sha256 ${result.contentSha256})`
          : [`无效 / invalid: ${result.fileName} — ${result.problems.length} 处错误 / problem(s)`, ...result.problems.flatMap((p) => [`  ${formatProblem(p, 'zh')}`, `  ${formatProblem(p, 'en')}`])].join('\n'),
      );
      process.exitCode = result.isValid ? exitCodes.ok : exitCodes.usage;
    });
  policy
    .command('load <file>')
    .description('载入政策包文件；同一内容重复载入不作改动 / Load a pack file; loading the same content again changes nothing')
    .option('--json', 'JSON output')
    .action((file: string, options: JsonOption) => {
      const text = readPackFile(file);
      if (text === undefined) return;
      return withPlatform(cli, {}, async (kjt) => {
        const result = await kjt.run(loadPolicyPack, { fileName: path.basename(file), text }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, result, () =>
          [`${outcomeNames[result.outcome]}: ${describePackLine(result.pack)}`, ...result.superseded.map((id) => `已标记被替代 / marked superseded: ${id}`)].join('\n'),
        );
      });
    });
  policy
    .command('list')
    .description('政策包列表 / List policy packs')
    .option('--json', 'JSON output')
    .action((options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        const { items } = await kjt.run(listPolicyPacks, undefined, cli.call());
        cli.print({ isJson: Boolean(options.json) }, { items }, () => items.map(describePackLine).join('\n') || '（无 / none）');
      }),
    );
  policy
    .command('show <id>')
    .description('政策包全文：目标、奖补项目（标出待定参数）、重点工作 / A pack in full: targets, subsidy lines with OPEN parameters, key tasks')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        const detail = await kjt.run(getPolicyPack, { id }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, detail, () => describePolicyPack(detail));
      }),
    );
  policy
    .command('in-force <date>')
    .description('某日（YYYY-MM-DD）施行的政策包 / The pack in force on a day (YYYY-MM-DD)')
    .option('--json', 'JSON output')
    .action((date: string, options: JsonOption) =>
      withPlatform(cli, {}, async (kjt) => {
        const pack = await kjt.run(findPackInForce, { date }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, pack, () => describePackLine(pack));
      }),
    );
  policy
    .command('supersede <id>')
    .description('标记政策包已被另一政策包替代 / Mark a pack superseded by another')
    .requiredOption('--by <id>', '替代它的政策包 / the superseding pack')
    .option('--json', 'JSON output')
    .action((id: string, options: JsonOption & { by: string }) =>
      withPlatform(cli, {}, async (kjt) => {
        const pack = await kjt.run(supersedePolicyPack, { id, supersededBy: options.by }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, pack, () => describePackLine(pack));
      }),
    );
}

function readPackFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`无法读取文件 / cannot read file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    process.exitCode = exitCodes.notFound;
    return undefined;
  }
}
