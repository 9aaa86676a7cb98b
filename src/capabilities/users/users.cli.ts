import fs from 'node:fs';
import type { Command } from 'commander';
import { type CliContext, withPlatform } from '../../cli/cli-context.ts';
import { roles, type Role } from '../../platform/auth/roles.ts';
import { newToken } from '../../platform/ids.ts';
import { disableUser, enableUser, resetPassword } from './change-user-status.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import type { User } from './users.contracts.ts';

interface PasswordOptions {
  password?: string;
  passwordStdin?: boolean;
}

/** A password from --password, from standard input, or a generated one that must be changed at first sign-in. */
function choosePassword(options: PasswordOptions): { password: string; isGenerated: boolean } {
  if (options.passwordStdin) return { password: fs.readFileSync(0, 'utf8').trim(), isGenerated: false };
  if (options.password) return { password: options.password, isGenerated: false };
  return { password: `Kjt-${newToken(12)}`, isGenerated: true };
}

function describeUser(user: User): string {
  const flags = [user.isDisabled ? '已停用/disabled' : '', user.isLocked ? '已锁定/locked' : ''].filter(Boolean).join(' ');
  return `${user.username.padEnd(20)} ${user.role.padEnd(12)} ${user.organisationName} ${user.displayName} ${flags}`.trimEnd();
}

export function registerUserCommands(program: Command, cli: CliContext): void {
  const user = program.command('user').description('用户管理 / Users');
  user
    .command('create')
    .description('新建用户 / Create a user')
    .requiredOption('--username <username>')
    .requiredOption('--org <code>', '所属机构代码 / organisation code')
    .requiredOption('--role <role>', roles.join(' | '))
    .option('--name <displayName>', '显示名 / display name')
    .option('--password <password>', '密码 / password (else generated, or --password-stdin)')
    .option('--password-stdin', '从标准输入读取密码 / read the password from standard input')
    .option('--json', 'JSON output')
    .action((options: PasswordOptions & { username: string; org: string; role: string; name?: string; json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const { password, isGenerated } = choosePassword(options);
        const created = await kjt.run(
          createUser,
          {
            username: options.username,
            displayName: options.name ?? options.username,
            organisationCode: options.org,
            role: options.role as Role,
            password,
            mustChangePassword: isGenerated,
          },
          cli.call(),
        );
        cli.print({ isJson: Boolean(options.json) }, { user: created, generatedPassword: isGenerated ? password : undefined }, () =>
          [`已创建 / created: ${describeUser(created)}`, isGenerated ? `初始密码 / initial password: ${password}（首次登录后须修改 / change at first sign-in）` : '']
            .filter(Boolean)
            .join('\n'),
        );
      }),
    );
  user
    .command('list')
    .description('用户列表 / List users')
    .option('--search <text>')
    .option('--json', 'JSON output')
    .action((options: { search?: string; json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const page = await kjt.run(listUsers, { search: options.search, page: 1, pageSize: 500 }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, page, () => page.items.map(describeUser).join('\n') || '（无 / none）');
      }),
    );
  for (const [name, useCase, description] of [
    ['disable', disableUser, '停用用户 / Disable a user'],
    ['enable', enableUser, '启用用户（并解除锁定）/ Enable a user (and clear a lockout)'],
  ] as const) {
    user
      .command(`${name} <username>`)
      .description(description)
      .option('--json', 'JSON output')
      .action((username: string, options: { json?: boolean }) =>
        withPlatform(cli, {}, async (kjt) => {
          const changed = await kjt.run(useCase, { username }, cli.call());
          cli.print({ isJson: Boolean(options.json) }, changed, () => describeUser(changed));
        }),
      );
  }
  user
    .command('reset-password <username>')
    .description('重置密码 / Reset a password')
    .option('--password <password>')
    .option('--password-stdin')
    .option('--json', 'JSON output')
    .action((username: string, options: PasswordOptions & { json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const { password, isGenerated } = choosePassword(options);
        const changed = await kjt.run(resetPassword, { username, password }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, { user: changed, generatedPassword: isGenerated ? password : undefined }, () =>
          [`已重置 / reset: ${describeUser(changed)}`, isGenerated ? `新密码 / new password: ${password}` : ''].filter(Boolean).join('\n'),
        );
      }),
    );
}
