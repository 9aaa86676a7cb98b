import path from 'node:path';
import type { Command } from 'commander';
import { checkAuditChain } from '../capabilities/audit/verify-audit-chain.ts';
import { backupDatabase, RestoreRefused, restoreDatabase } from '../platform/db/backup.ts';
import { exitCodes, type CliContext, withPlatform } from './cli-context.ts';

export function registerBackupCommands(program: Command, cli: CliContext): void {
  program
    .command('backup <file>')
    .description('备份整个数据库到文件 / Back up the whole database to a file (.jsonl.gz)')
    .option('--json', 'JSON output')
    .action((file: string, options: { json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const summary = await backupDatabase(kjt.db, path.resolve(file));
        cli.print({ isJson: Boolean(options.json) }, summary, () =>
          `已备份 / backed up to ${summary.file}\n${Object.entries(summary.tables).map(([t, n]) => `  ${t}: ${n}`).join('\n')}`,
        );
      }),
    );
  program
    .command('restore <file>')
    .description('从备份恢复（目标须为空库，或加 --replace）/ Restore a backup into an empty database (or --replace)')
    .option('--replace', '覆盖现有数据 / overwrite the existing data')
    .option('--json', 'JSON output')
    .action((file: string, options: { replace?: boolean; json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        try {
          const summary = await restoreDatabase(kjt.db, path.resolve(file), { isReplacing: Boolean(options.replace) });
          const chain = await kjt.db.transaction((tx) => checkAuditChain(tx));
          cli.print({ isJson: Boolean(options.json) }, { ...summary, auditChain: chain }, () =>
            [
              `已恢复 / restored from ${summary.file}`,
              ...Object.entries(summary.tables).map(([t, n]) => `  ${t}: ${n}`),
              chain.isIntact ? `审计链完整 / audit chain intact (${chain.checkedCount})` : `审计链损坏 / audit chain BROKEN: ${chain.problem}`,
            ].join('\n'),
          );
          return chain.isIntact ? exitCodes.ok : exitCodes.integrity;
        } catch (error) {
          if (!(error instanceof RestoreRefused)) throw error;
          process.stderr.write(`拒绝恢复 / restore refused: ${error.message}\n`);
          return exitCodes.refused;
        }
      }),
    );
}
