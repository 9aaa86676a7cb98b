import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt (memory-hard): N = 2^15, r = 8, p = 1 uses 32 MiB per hash. */
const parameters = { N: 32768, r: 8, p: 1 } as const;
const keyLength = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, parameters);
  return `scrypt$${parameters.N}$${parameters.r}$${parameters.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64');
  const actual = await scrypt(password, Buffer.from(saltText, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface PasswordProblem {
  code: 'TOO_SHORT' | 'TOO_SIMPLE' | 'CONTAINS_USERNAME';
  zh: string;
  en: string;
}

/** 密码策略: at least 10 characters, three of four character classes, not containing the username. */
export function checkPasswordPolicy(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 10) problems.push({ code: 'TOO_SHORT', zh: '密码至少 10 位', en: 'at least 10 characters' });
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < 3) {
    problems.push({ code: 'TOO_SIMPLE', zh: '需包含大写字母、小写字母、数字、符号中的至少三类', en: 'use at least three of: upper case, lower case, digits, symbols' });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ code: 'CONTAINS_USERNAME', zh: '密码不得包含用户名', en: 'must not contain the username' });
  }
  return problems;
}
