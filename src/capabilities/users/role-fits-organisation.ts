import type { Role } from '../../platform/auth/roles.ts';
import { institutionTypes, type OrganisationType } from '../organisations/organisations.contracts.ts';

/** Which kinds of organisation each role may belong to (SPEC §1). */
export function roleFitsOrganisation(role: Role, organisationType: OrganisationType): boolean {
  switch (role) {
    case 'admin':
      return organisationType === 'operator';
    case 'supervisor':
      return organisationType === 'government_department' || organisationType === 'operator';
    case 'department':
      return organisationType === 'government_department';
    case 'district':
      return organisationType === 'district_government';
    case 'regulator':
      return organisationType === 'regulator';
    case 'institution':
      return institutionTypes.includes(organisationType);
    case 'enterprise':
      return organisationType === 'enterprise';
    case 'advisor':
      return organisationType !== 'enterprise';
  }
}
