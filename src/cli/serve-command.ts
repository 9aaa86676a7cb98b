import type { Command } from 'commander';
import { buildHttpApp } from '../app/http-app.ts';
import { loadBundledCalendarYears } from '../capabilities/calendar/load-bundled-calendar-years.ts';
import { loadBundledPolicyPacks } from '../capabilities/policy-packs/load-bundled-policy-packs.ts';
import { hasActiveAdmin } from '../capabilities/users/has-active-admin.ts';
import { describeDemoAccounts, seedDemoCity } from '../demo/seed-demo-city.ts';
import { evaluateDemoCity } from '../demo/evaluate-demo-city.ts';
import { describeDemoFinancing, seedDemoFinancing } from '../demo/seed-demo-financing.ts';
import { isRegistryEmpty, seedDemoEnterprises } from '../demo/seed-demo-enterprises.ts';
import { platformErrors } from '../platform/errors.ts';
import { exitCodes, reportError, type CliContext } from './cli-context.ts';

export function registerServeCommand(program: Command, cli: CliContext): void {
  program
    .command('serve')
    .description('启动服务（含后台任务）/ Start the server with its background jobs')
    .option('--port <port>', '端口 / port (default KJT_PORT or 3000)')
    .option('--host <host>', '监听地址 / host (default KJT_HOST or 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      try {
        const kjt = await cli.open({ hasJobs: true, isWorkingJobs: true });
        try {
          await loadBundledPolicyPacks(kjt.run, cli.call());
          await loadBundledCalendarYears(kjt.run, cli.call());
          if (kjt.config.mode === 'production') {
            if (!(await kjt.run(hasActiveAdmin, undefined, cli.call()))) throw platformErrors('NO_ADMIN_IN_PRODUCTION');
          } else {
            const seeded = await seedDemoCity(kjt.run);
            if (seeded.organisationsCreated > 0) console.log(`已创建演示城市 / Demo city created: ${seeded.organisationsCreated} organisations, ${seeded.usersCreated} users`);
            if (await isRegistryEmpty(kjt.run)) {
              console.log('正在通过导入流程生成演示企业 / importing the demo enterprises through the import path …');
              const demo = await seedDemoEnterprises(kjt.run, { onProgress: (message) => console.log(`  ${message}`) });
              console.log(`演示企业已导入 / demo enterprises imported: ${demo.files[0]?.new ?? 0}`);
              console.log('正在评价演示企业 / evaluating the demo enterprises …');
              const evaluation = await evaluateDemoCity(kjt.run);
              if (!evaluation.isSkipped) console.log(`  评价 / evaluated: ${evaluation.evaluated}；培育库调整建议 / tier proposals: ${evaluation.proposals}`);
              const financing = await seedDemoFinancing(kjt.run);
              if (!financing.isSkipped) console.log(`  ${describeDemoFinancing(financing)}`);
            }
            console.log(describeDemoAccounts());
          }
        } catch (error) {
          await kjt.close();
          throw error;
        }
        const http = await buildHttpApp(kjt, { logger: { level: kjt.config.logLevel } });
        const port = Number(options.port ?? kjt.config.port);
        const host = options.host ?? kjt.config.host;
        await http.listen({ port, host });
        console.log(`科金通已启动 / KeJinTong is running: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/ (${kjt.db.kind}, ${kjt.config.mode})`);
        const shutdown = async () => {
          await http.close();
          await kjt.close();
          process.exit(exitCodes.ok);
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
      } catch (error) {
        // A server that cannot start exits at once, whatever timers its half-started parts left behind.
        process.exit(reportError(error));
      }
    });
}
