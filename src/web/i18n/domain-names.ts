/**
 * Names of server concepts, taken from the server's own constants so that each has one home.
 * Only plain constants are imported; no server behaviour reaches the browser.
 */
import { organisationTypeNames, organisationTypes, type OrganisationType } from '../../capabilities/organisations/organisations.contracts.ts';
import { roleNames, roles, type Role } from '../../platform/auth/roles.ts';
import { pick, type Language } from './language.ts';

export { organisationTypes, roles };

export function roleName(role: string, language: Language): string {
  return role in roleNames ? pick(roleNames[role as Role], language) : role;
}

export function organisationTypeName(type: string, language: Language): string {
  return type in organisationTypeNames ? pick(organisationTypeNames[type as OrganisationType], language) : type;
}
