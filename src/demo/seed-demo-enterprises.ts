import { linkEnterpriseOrganisation } from '../capabilities/enterprises/link-enterprise-organisation.ts';
import { listEnterprises } from '../capabilities/enterprises/list-enterprises.ts';
import type { QualificationKind } from '../capabilities/enterprises/enterprises.contracts.ts';
import { commitImport } from '../capabilities/imports/commit-import.ts';
import type { ImportKind } from '../capabilities/imports/imports.contracts.ts';
import { renderTemplateCsv } from '../capabilities/imports/render-template-csv.ts';
import { uploadImport } from '../capabilities/imports/upload-import.ts';
import { validateImport } from '../capabilities/imports/validate-import.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { newId } from '../platform/ids.ts';
import type { RunUseCase } from '../platform/use-case.ts';
import { generateDemoEnterprises } from './enterprises/generate-demo-enterprises.ts';
import { demoUserUscc } from './enterprises/demo-user-enterprise.ts';

export const demoSeed = 20240115;

export interface DemoEnterpriseSeedResult {
  files: Array<{ fileName: string; source: string; rows: number; new: number; changed: number; unchanged: number; rejected: number }>;
}

/** Who would send which list in a real city: each demo file comes from the department that holds that data. */
const qualificationSources: Array<{ kinds: QualificationKind[]; source: string; fileName: string }> = [
  { kinds: ['high_tech_enterprise', 'tech_sme'], source: 'gov-kejiju', fileName: '示例-市科技局-高企科小名单.csv' },
  { kinds: ['innovative_sme', 'specialised_sme', 'little_giant'], source: 'gov-jingxinju', fileName: '示例-市经信局-优质中小企业名单.csv' },
  { kinds: ['listed', 'quoted'], source: 'gov-jinrongban', fileName: '示例-市金融办-上市挂牌企业名单.csv' },
];

/**
 * The demo city's enterprises, generated from a seed and loaded through the same import path an
 * officer uses: a CSV per list, uploaded, validated and committed. Importing again changes nothing.
 */
export async function seedDemoEnterprises(run: RunUseCase, options: { seed?: number; count?: number; onProgress?: (message: string) => void } = {}): Promise<DemoEnterpriseSeedResult> {
  const call = () => ({ actor: systemActor('demo'), requestId: newId('demo') });
  if (options.count === 0) return { files: [] };
  const city = generateDemoEnterprises({ seed: options.seed ?? demoSeed, count: options.count ?? 3000 });
  const files: Array<{ kind: ImportKind; source: string; fileName: string; records: Array<Record<string, unknown>> }> = [
    { kind: 'enterprises', source: 'gov-shichangjianguanju', fileName: '示例-市市场监管局-企业名册.csv', records: city.enterprises },
    { kind: 'yearly_facts', source: 'gov-jingxinju', fileName: '示例-市经信局-企业年度数据.csv', records: city.yearlyFacts },
    { kind: 'intellectual_property', source: 'gov-shichangjianguanju', fileName: '示例-市市场监管局-知识产权.csv', records: city.intellectualProperty },
    ...qualificationSources.map((group) => ({
      kind: 'qualifications' as const,
      source: group.source,
      fileName: group.fileName,
      records: city.qualifications.filter((qualification) => group.kinds.includes(qualification.kind)),
    })),
    {
      kind: 'talent_enterprises',
      source: 'gov-rencaiban',
      fileName: '示例-市委人才办-人才企业名单.csv',
      records: city.qualifications.filter((qualification) => qualification.kind === 'talent_enterprise'),
    },
  ];
  const result: DemoEnterpriseSeedResult = { files: [] };
  for (const file of files) {
    if (file.records.length === 0) continue;
    options.onProgress?.(`${file.fileName} (${file.records.length})`);
    const content = renderTemplateCsv(file.kind, file.records);
    const uploaded = await run(uploadImport, { kind: file.kind, fileName: file.fileName, content, sourceOrganisationCode: file.source, validation: 'deferred' }, call());
    const validated = await run(validateImport, { importId: uploaded.import.id }, call());
    const totals = validated.import.totals!;
    if (totals.rejected > 0) {
      const first = validated.rows.find((row) => row.status === 'rejected');
      throw new Error(`demo file ${file.fileName}: ${totals.rejected} rows rejected, first: ${JSON.stringify(first)}`);
    }
    const committed = await run(commitImport, { importId: uploaded.import.id, execution: 'inline' }, call());
    result.files.push({ fileName: file.fileName, source: file.source, ...committed.import.totals! });
  }
  await run(linkEnterpriseOrganisation, { uscc: demoUserUscc, organisationCode: 'ent-demo-xinghe' }, call());
  return result;
}

/** Whether the registry has any enterprise yet (the first start of a demo creates them). */
export async function isRegistryEmpty(run: RunUseCase): Promise<boolean> {
  const page = await run(listEnterprises, { page: 1, pageSize: 1, sortBy: 'name', sortOrder: 'asc' }, { actor: systemActor('demo'), requestId: newId('demo') });
  return page.total === 0;
}
