import type { Command } from 'commander';
import { type CliContext, withPlatform } from '../../cli/cli-context.ts';
import { createOrganisation } from './create-organisation.ts';
import { listOrganisations } from './list-organisations.ts';
import { organisationTypes, type OrganisationType } from './organisations.contracts.ts';

export function registerOrganisationCommands(program: Command, cli: CliContext): void {
  const org = program.command('org').description('机构管理 / Organisations');
  org
    .command('create')
    .description('新建机构 / Create an organisation')
    .requiredOption('--code <code>')
    .requiredOption('--name <name>')
    .requiredOption('--type <type>', organisationTypes.join(' | '))
    .option('--name-en <nameEn>')
    .option('--parent <code>', '上级机构代码 / parent organisation code')
    .option('--district <code>', 'GB/T 2260 区县代码 / district code')
    .option('--json', 'JSON output')
    .action((options: { code: string; name: string; type: string; nameEn?: string; parent?: string; district?: string; json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const created = await kjt.run(
          createOrganisation,
          {
            code: options.code,
            name: options.name,
            nameEn: options.nameEn,
            type: options.type as OrganisationType,
            parentCode: options.parent,
            districtCode: options.district,
          },
          cli.call(),
        );
        cli.print({ isJson: Boolean(options.json) }, created, () => `已创建 / created: ${created.code} ${created.name}`);
      }),
    );
  org
    .command('list')
    .description('机构列表 / List organisations')
    .option('--type <type>')
    .option('--json', 'JSON output')
    .action((options: { type?: string; json?: boolean }) =>
      withPlatform(cli, {}, async (kjt) => {
        const page = await kjt.run(listOrganisations, { type: options.type as OrganisationType | undefined, page: 1, pageSize: 500 }, cli.call());
        cli.print({ isJson: Boolean(options.json) }, page, () =>
          page.items.map((o) => `${o.code.padEnd(24)} ${o.type.padEnd(24)} ${o.name}`).join('\n') || '（无 / none）',
        );
      }),
    );
}
