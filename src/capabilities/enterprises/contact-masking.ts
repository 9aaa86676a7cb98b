import type { Actor } from '../../platform/auth/actor.ts';

/** 个人信息脱敏: who sees an enterprise's contacts in full. The enterprise itself and the platform admin do; officers see them masked. */
export function canSeeContacts(actor: Actor, enterpriseOrganisationId: string | null): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'enterprise' && enterpriseOrganisationId !== null && actor.organisationId === enterpriseOrganisationId;
}

/** 138****5678; a short number keeps only its last two digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\s/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 1))}${digits.slice(-2)}`;
}

/** z***@example.com */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const [local, domain] = email.split('@');
  if (!domain || !local) return '***';
  return `${local[0]}***@${domain}`;
}

/** 张* / 欧阳** : the family name stays. */
export function maskPersonName(name: string | null): string | null {
  if (!name) return name;
  const characters = [...name];
  return characters[0] + '*'.repeat(Math.max(characters.length - 1, 1));
}
