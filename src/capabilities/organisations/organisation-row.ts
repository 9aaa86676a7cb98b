import type { Organisation, OrganisationType } from './organisations.contracts.ts';
import type { organisations } from './organisations.tables.ts';

export function toOrganisation(row: typeof organisations.$inferSelect): Organisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    type: row.type as OrganisationType,
    parentId: row.parentId,
    districtCode: row.districtCode,
    isDemo: row.isDemo,
    isActive: row.isActive,
    createdAt: row.createdAt.toISOString(),
  };
}
