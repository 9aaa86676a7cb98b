import { usccCharset, usccCheckCharacter } from '../../capabilities/enterprises/uscc.ts';
import type { Random } from './seeded-random.ts';

const organisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];
const codeCharacters = [...usccCharset];

/** GB 11714 check character of an 8-character organisation code (standards.md §6.3): 0–9 or X. */
export function organisationCodeCheckCharacter(body: string): string {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += parseInt(body[index]!, 36) * organisationCodeWeights[index]!;
  const value = 11 - (sum % 11);
  return value === 10 ? 'X' : value === 11 ? '0' : String(value);
}

/** `91` (工商, 企业) + region + 9-character 主体标识码 + the GB 32100 check character. */
export function usccFromBody(regionCode: string, organisationCode: string): string {
  const first17 = `91${regionCode}${organisationCode}${organisationCodeCheckCharacter(organisationCode)}`;
  return first17 + usccCheckCharacter(first17);
}

/**
 * The 主体标识码 looks like the era's: firms registered before the USCC reform (October 2015) keep
 * their numeric 组织机构代码; later ones get the `MA…` codes market regulators have issued since.
 */
export function makeDemoUscc(random: Random, regionCode: string, foundedOn: string, taken: Set<string>): string {
  const isPostReform = foundedOn >= '2015-10-01';
  for (;;) {
    const organisationCode = isPostReform
      ? `MA${Array.from({ length: 6 }, () => random.pick(codeCharacters)).join('')}`
      : `${random.pick(['0', '1', '5', '6', '7'])}${String(random.integer(0, 9_999_999)).padStart(7, '0')}`;
    const uscc = usccFromBody(regionCode, organisationCode);
    if (taken.has(uscc)) continue;
    taken.add(uscc);
    return uscc;
  }
}
