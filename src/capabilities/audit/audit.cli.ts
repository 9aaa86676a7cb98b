import type { Command } from 'commander';
import { exitCodes, type CliContext, withPlatform } from '../../cli/cli-context.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

export function registerAuditCommands(program: Command, cli: CliContext): void {
  const audit = program.command('audit').description('审计日志 / Audit log');
  audit
    .command('verify')
    .description('校验审计链，完整时退出码 0，否则 5 并指出第一条损坏记录 / Verify the hash chain: exit 0 when intact, 5 naming the first broken entry')
    .option('--json', 'JSON output')
    .action((options: { json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const result = await kjt.run(verifyAuditChain, { trigger: 'cli' }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, result, () =>
          result.isIntact
            ? `审计链完整 / audit chain intact: ${result.checkedCount} entries, head #${result.headSeq ?? '-'} ${result.headHash ?? ''}`
            : `审计链已损坏 / audit chain BROKEN at entry #${result.firstBrokenSeq}: ${result.problem}`,
        );
        return result.isIntact ? exitCodes.ok : exitCodes.integrity;
      }),
    );
}
