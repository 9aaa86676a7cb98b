import type { EnterpriseRecord, YearlyFactsRecord } from '../../src/capabilities/enterprises/enterprises.contracts.ts';
import { usccCharset, usccCheckCharacter } from '../../src/capabilities/enterprises/uscc.ts';
import { districts } from '../../src/platform/districts.ts';

export const benchSeed = 20240601;
export const benchYears = [2022, 2023, 2024] as const;

export interface ImportRecords {
  enterprises: Array<EnterpriseRecord & { name: string }>;
  yearlyFacts: YearlyFactsRecord[];
}

/** mulberry32: a small, fast generator; the same seed gives the same records on every machine. */
function createRandom(seed: number): { next(): number; int(min: number, max: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}

const organisationCodeSpace = 31 ** 9;
const organisationCodeStride = 1_000_000_007; // prime, so index → code is one-to-one below 31^9

/** A valid, unique USCC for the index-th enterprise, registered in `regionCode` (GB 32100-2015). */
export function benchUscc(index: number, regionCode: string): string {
  let value = (index * organisationCodeStride + 12_345) % organisationCodeSpace;
  let code = '';
  for (let position = 0; position < 9; position += 1) {
    code = usccCharset[value % 31]! + code;
    value = Math.floor(value / 31);
  }
  const first17 = `91${regionCode}${code}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

const nameWords = ['星河', '太湖', '苕溪', '竹乡', '南浔', '德清', '安吉', '长兴', '吴兴', '弁山', '碧浪', '仁皇', '莫干', '青山'];
const nameTrades = ['智能科技', '新材料', '生物医药', '电子', '软件', '精密机械', '环保科技', '信息技术', '光电', '新能源'];
const industries = ['C3973', 'C3911', 'I6513', 'C2710', 'C3562', 'M7320', 'C3841', 'C3985', 'I6520', 'N7723'];
const sizeClasses = ['micro', 'small', 'small', 'medium', 'large'] as const;
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '沈', '朱'];
const givenNames = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '华'];

/** Yuan with fen, as an amount in fen: from `minWan` to `maxWan` 万元. */
function amountFen(random: ReturnType<typeof createRandom>, minWan: number, maxWan: number): number {
  return random.int(minWan * 1_000_000, maxWan * 1_000_000);
}

/**
 * `enterpriseCount` enterprises of 湖州 (region codes of src/platform/districts.ts) with valid USCCs
 * and full profiles, and yearly figures for each of `benchYears`. Pure and seeded.
 */
export function generateImportRecords(enterpriseCount: number, seed = benchSeed): ImportRecords {
  const random = createRandom(seed);
  const records: ImportRecords = { enterprises: [], yearlyFacts: [] };
  for (let index = 0; index < enterpriseCount; index += 1) {
    const district = random.pick(districts);
    const uscc = benchUscc(index, district.code.slice(0, 6));
    const person = () => `${random.pick(surnames)}${random.pick(givenNames)}${random.next() < 0.5 ? random.pick(givenNames) : ''}`;
    records.enterprises.push({
      uscc,
      name: `湖州${random.pick(nameWords)}${random.pick(nameTrades)}第${index + 1}号有限公司`,
      districtCode: district.code,
      industryCode: random.pick(industries),
      foundedOn: `${random.int(1995, 2023)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      sizeClass: random.pick(sizeClasses),
      status: random.next() < 0.97 ? 'active' : 'deregistered',
      taxCollectionMethod: random.next() < 0.9 ? 'audited' : 'assessed',
      legalRepresentative: person(),
      contactName: person(),
      contactPhone: `13${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      contactEmail: `contact-${uscc.slice(8, 17).toLowerCase()}@example.com`,
    });
    for (const year of benchYears) {
      const employees = random.int(3, 800);
      const techStaff = random.int(0, employees);
      const revenueFen = amountFen(random, 10, 50_000);
      const rndExpenseFen = Math.floor(revenueFen * random.next() * 0.1);
      records.yearlyFacts.push({
        uscc,
        year,
        employees,
        techStaff,
        rndStaff: random.int(0, techStaff),
        revenueFen,
        mainBusinessRevenueFen: Math.floor(revenueFen * (0.7 + 0.3 * random.next())),
        costsAndExpensesFen: Math.floor(revenueFen * (0.6 + 0.5 * random.next())),
        rndExpenseFen,
        rndExpenseDomesticFen: Math.floor(rndExpenseFen * (0.8 + 0.2 * random.next())),
        highTechRevenueFen: Math.floor(revenueFen * random.next()),
        totalAssetsFen: amountFen(random, 10, 80_000),
        totalLiabilitiesFen: amountFen(random, 0, 40_000),
        netProfitFen: random.int(-2_000, 8_000) * 1_000_000 + random.int(0, 999_999),
        taxPaidFen: amountFen(random, 0, 3_000),
        // Most enterprises raised no equity in a year: the column is left blank ("not supplied").
        ...(random.next() < 0.2 ? { qualifiedEquityRaisedFen: amountFen(random, 100, 10_000) } : {}),
      });
    }
  }
  return records;
}
