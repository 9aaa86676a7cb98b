import { Command } from 'commander';
import { version } from '../app/kejintong.ts';
import { registerAuditCommands } from '../capabilities/audit/audit.cli.ts';
import { registerCalendarCommands } from '../capabilities/calendar/calendar.cli.ts';
import { proposeTierChanges } from '../capabilities/cultivation/propose-tier-changes.ts';
import { registerEvaluationCommands } from '../capabilities/evaluation/evaluation.cli.ts';
import { registerImportCommands } from '../capabilities/imports/imports.cli.ts';
import { registerOrganisationCommands } from '../capabilities/organisations/organisations.cli.ts';
import { registerPolicyCommands } from '../capabilities/policy-packs/policy-packs.cli.ts';
import { registerUserCommands } from '../capabilities/users/users.cli.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { createCliContext } from './cli-context.ts';
import { registerPlatformCommands } from './platform-commands.ts';
import { registerServeCommand } from './serve-command.ts';

const program = new Command('kjt')
  .description('科金通 KeJinTong 运维命令 / operator commands')
  .version(version)
  .showHelpAfterError();
const cli = createCliContext();

registerServeCommand(program, cli);
registerPlatformCommands(program, cli);
registerUserCommands(program, cli);
registerOrganisationCommands(program, cli);
registerPolicyCommands(program, cli);
registerAuditCommands(program, cli);
registerImportCommands(program, cli);
registerEvaluationCommands(program, cli, { afterBatch: proposeTierChanges });
registerCalendarCommands(program, cli);
registerBackupCommands(program, cli);

await program.parseAsync(process.argv);
