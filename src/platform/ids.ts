import { randomBytes } from 'node:crypto';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A prefixed, time-sortable identifier such as `org_01JD3K…`: 10 characters of milliseconds then
 * 16 random characters (80 bits), in Crockford base32.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i += 1) {
    time = crockford[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  const bytes = randomBytes(16);
  let random = '';
  for (const byte of bytes) random += crockford[byte % 32];
  return `${prefix}_${time}${random}`;
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
