import type { Command } from 'commander';
import { loadBundledCalendarYears } from '../capabilities/calendar/load-bundled-calendar-years.ts';
import { loadBundledPolicyPacks } from '../capabilities/policy-packs/load-bundled-policy-packs.ts';
import { describeDemoAccounts, seedDemoCity } from '../demo/seed-demo-city.ts';
import { evaluateDemoCity } from '../demo/evaluate-demo-city.ts';
import { describeDemoFinancing, seedDemoFinancing } from '../demo/seed-demo-financing.ts';
import { demoSeed, seedDemoEnterprises } from '../demo/seed-demo-enterprises.ts';
import { progressBar } from './progress-bar.ts';
import { type CliContext, withPlatform } from './cli-context.ts';

export function registerPlatformCommands(program: Command, cli: CliContext): void {
  program
    .command('migrate')
    .description('执行数据库迁移 / Apply database migrations')
    .option('--json', 'JSON output')
    .action((options: { json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        cli.print({ isJson: Boolean(options.json) }, { backend: kjt.db.kind, applied: kjt.migrations.applied }, () =>
          `数据库 / database: ${kjt.db.kind}\n已应用迁移 / migrations applied: ${kjt.migrations.applied.join(', ')}`,
        );
      }),
    );
  program
    .command('demo')
    .description('创建演示城市（机构、演示账户、政策包）/ Create the demo city (organisations, demo accounts, policy packs)')
    .option('--seed <n>', '随机种子：同一种子生成同一座城市 / seed: the same seed gives the same city', String(demoSeed))
    .option('--enterprises <n>', '演示企业数 / number of demo enterprises', '3000')
    .option('--json', 'JSON output')
    .action((options: { json?: boolean; seed: string; enterprises: string }) =>
      withPlatform(cli, {}, async (kjt) => {
        if (kjt.config.mode === 'production') {
          process.stderr.write('生产模式不创建演示数据 / Production mode never creates demo data\n');
          return 3;
        }
        await loadBundledPolicyPacks(kjt.run, cli.call());
        await loadBundledCalendarYears(kjt.run, cli.call());
        const result = await seedDemoCity(kjt.run);
        const enterprises = await seedDemoEnterprises(kjt.run, {
          seed: Number(options.seed),
          count: Number(options.enterprises),
          onProgress: options.json ? undefined : (message) => process.stderr.write(`  ${message}\n`),
        });
        const bar = progressBar('评价演示企业 / evaluating the demo enterprises');
        const evaluation = await evaluateDemoCity(kjt.run, { onProgress: options.json ? undefined : bar.update });
        bar.end();
        const financing = await seedDemoFinancing(kjt.run);
        cli.print({ isJson: Boolean(options.json) }, { ...result, enterpriseImports: enterprises.files, evaluation, financing }, () =>
          [
            `新建机构 / organisations created: ${result.organisationsCreated}`,
            `新建用户 / users created: ${result.usersCreated}`,
            ...enterprises.files.map((file) => `${file.fileName}: 新增/new ${file.new}, 变更/changed ${file.changed}, 未变/unchanged ${file.unchanged}`),
            evaluation.isSkipped
              ? '已评价过，未重复评价 / already evaluated; run `kjt evaluate --all` to re-evaluate'
              : `评价 / evaluated: ${evaluation.evaluated}；培育库调整建议 / tier proposals: ${evaluation.proposals}（演示已批准 / approved for the demo: ${evaluation.approved}）`,
            describeDemoFinancing(financing),
            describeDemoAccounts(),
          ].join('\n'),
        );
      }),
    );
}
