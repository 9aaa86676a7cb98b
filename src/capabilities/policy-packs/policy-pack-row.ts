import type { PolicyPackContent, PolicyPackDetail, PolicyPackStatus, PolicyPackSummary } from './policy-packs.contracts.ts';
import type { policyPacks } from './policy-packs.tables.ts';
import { openParametersOf, viewOfSubsidyLine } from './subsidy-parameters.ts';

export type PolicyPackRow = typeof policyPacks.$inferSelect;

/** What the `content` column holds: the pack as loaded, and which pack superseded it (set after loading). */
export interface StoredPolicyPack {
  pack: PolicyPackContent;
  supersededBy: string | null;
}

export function storedOf(row: PolicyPackRow): StoredPolicyPack {
  return row.content as StoredPolicyPack;
}

export function toPolicyPackSummary(row: PolicyPackRow): PolicyPackSummary {
  const { pack, supersededBy } = storedOf(row);
  return {
    id: row.id,
    documentNumber: row.documentNumber,
    fileCode: pack.fileCode ?? null,
    title: pack.title,
    issuer: pack.issuer,
    signedOn: row.signedOn,
    effectiveFrom: row.effectiveFrom,
    expiresOn: row.expiresOn,
    status: row.status as PolicyPackStatus,
    supersededBy,
    isExample: pack.isExample ?? false,
    contentSha256: row.contentSha256,
    loadedAt: row.loadedAt.toISOString(),
    loadedBy: row.loadedBy,
    counts: {
      departments: pack.departments.length,
      targets: pack.targets.length,
      subsidyLines: pack.subsidyLines.length,
      openParameters: pack.subsidyLines.reduce((sum, line) => sum + openParametersOf(line).length, 0),
      mainTasks: pack.mainTasks.length,
      keyTasks: pack.keyTasks.length,
    },
  };
}

export function toPolicyPackDetail(row: PolicyPackRow): PolicyPackDetail {
  const { pack } = storedOf(row);
  return { ...toPolicyPackSummary(row), content: { ...pack, subsidyLines: pack.subsidyLines.map(viewOfSubsidyLine) } };
}

/** The columns a loaded pack sets; the table keeps the dates as columns so windows can be queried. */
export function rowValuesOf(
  pack: PolicyPackContent,
  loaded: { contentSha256: string; status: PolicyPackStatus; supersededBy: string | null; loadedAt: Date; loadedBy: string },
) {
  const content: StoredPolicyPack = { pack, supersededBy: loaded.supersededBy };
  return {
    documentNumber: pack.documentNumber,
    title: pack.title.zh,
    issuer: pack.issuer.zh,
    signedOn: pack.dates.signedOn ?? null,
    effectiveFrom: pack.dates.effectiveFrom,
    expiresOn: pack.dates.expiresOn,
    status: loaded.status,
    content,
    contentSha256: loaded.contentSha256,
    loadedAt: loaded.loadedAt,
    loadedBy: loaded.loadedBy,
  };
}
