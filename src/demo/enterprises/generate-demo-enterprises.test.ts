import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  enterpriseRecord,
  intellectualPropertyRecord,
  qualificationRecord,
  yearlyFactsRecord,
  type YearlyFactsRecord,
} from '../../capabilities/enterprises/enterprises.contracts.ts';
import { checkUscc } from '../../capabilities/enterprises/uscc.ts';
import { districts } from '../../platform/districts.ts';
import { demoIndustries } from './demo-industries.ts';
import { reservedBrands } from './demo-names.ts';
import { generateDemoEnterprises } from './generate-demo-enterprises.ts';

const seed = 20240115;
const startedAt = performance.now();
const city = generateDemoEnterprises({ seed });
const generationMs = performance.now() - startedAt;
const generated = city.enterprises.slice(1);

/** 《中小企业划型标准规定》, industrial rule: micro < 20 people or < 300万; small < 300 or < 2000万; medium < 1000 or < 4亿. */
function expectedSizeClass(employees: number, revenueFen: number): string {
  const wan = revenueFen / 1_000_000;
  if (employees < 20 || wan < 300) return 'micro';
  if (employees < 300 || wan < 2_000) return 'small';
  if (employees < 1_000 || wan < 40_000) return 'medium';
  return 'large';
}

function factsByUscc(): Map<string, YearlyFactsRecord[]> {
  const byUscc = new Map<string, YearlyFactsRecord[]>();
  for (const row of city.yearlyFacts) byUscc.set(row.uscc, [...(byUscc.get(row.uscc) ?? []), row]);
  return byUscc;
}

describe('demo city: generation', () => {
  it(`generates ${city.enterprises.length} enterprises in well under a few seconds`, (t) => {
    t.diagnostic(`3000 enterprises generated in ${generationMs.toFixed(0)} ms`);
    assert.equal(city.enterprises.length, 3000);
    assert.equal(city.profiles.length, 3000);
    assert.ok(generationMs < 5_000, `took ${generationMs} ms`);
  });

  it('is deterministic: the same seed gives deep-equal output', () => {
    assert.deepEqual(generateDemoEnterprises({ seed, count: 300 }), generateDemoEnterprises({ seed, count: 300 }));
    assert.deepEqual(generateDemoEnterprises({ seed }).yearlyFacts, city.yearlyFacts);
  });

  it('gives a different city for a different seed (apart from the fixed demo user)', () => {
    const other = generateDemoEnterprises({ seed: seed + 1, count: 300 });
    const mine = generateDemoEnterprises({ seed, count: 300 });
    assert.deepEqual(other.enterprises[0], mine.enterprises[0]);
    const myCodes = new Set(mine.enterprises.slice(1).map((enterprise) => enterprise.uscc));
    assert.ok(other.enterprises.slice(1).every((enterprise) => !myCodes.has(enterprise.uscc)));
    assert.notDeepEqual(other.yearlyFacts.slice(10), mine.yearlyFacts.slice(10));
  });

  it('honours count and years', () => {
    assert.equal(generateDemoEnterprises({ seed, count: 0 }).enterprises.length, 0);
    assert.equal(generateDemoEnterprises({ seed, count: 1 }).enterprises[0]!.name, '示例·湖州星河智能科技有限公司');
    const small = generateDemoEnterprises({ seed, count: 50, years: [2022, 2023, 2024, 2025] });
    assert.ok(small.yearlyFacts.every((row) => row.year >= 2022 && row.year <= 2025));
    assert.throws(() => generateDemoEnterprises({ seed, years: [] }), RangeError);
    assert.throws(() => generateDemoEnterprises({ seed: 1.5 }), RangeError);
  });

  it('passes every record through its zod contract unchanged', () => {
    for (const record of city.enterprises) assert.deepEqual(enterpriseRecord.parse(record), record);
    for (const record of city.yearlyFacts) assert.deepEqual(yearlyFactsRecord.parse(record), record);
    for (const record of city.intellectualProperty) assert.deepEqual(intellectualPropertyRecord.parse(record), record);
    for (const record of city.qualifications) assert.deepEqual(qualificationRecord.parse(record), record);
  });
});

describe('demo city: identities', () => {
  it('gives every enterprise a valid, unique 91… USCC whose region matches its district (330500 for 南太湖新区)', () => {
    const seen = new Set<string>();
    for (const enterprise of city.enterprises) {
      const check = checkUscc(enterprise.uscc);
      assert.equal(check.status, 'ok', enterprise.uscc);
      assert.ok(enterprise.uscc.startsWith('91'));
      const expectedRegion = enterprise.districtCode === '330500-NTH' ? '330500' : enterprise.districtCode;
      assert.equal(check.status === 'ok' && check.regionCode, expectedRegion);
      assert.ok(!seen.has(enterprise.uscc), `duplicate ${enterprise.uscc}`);
      seen.add(enterprise.uscc);
    }
  });

  it('gives unique, plausible names and never a reserved (well-known) 字号', () => {
    assert.equal(new Set(city.enterprises.map((enterprise) => enterprise.name)).size, city.enterprises.length);
    for (const { name } of generated) {
      const match = /^湖州(\p{Script=Han}{2})\p{Script=Han}+?(股份有限公司|有限公司)$/u.exec(name!);
      assert.ok(match, name);
      assert.ok(!reservedBrands.has(match[1]!), name);
    }
  });

  it('uses the industry table, founding dates 2005–2025, and mostly 查账征收', () => {
    const codes = new Set(demoIndustries.map((industry) => industry.code));
    for (const enterprise of city.enterprises) {
      assert.ok(codes.has(enterprise.industryCode!), enterprise.industryCode);
      assert.ok(enterprise.foundedOn! >= '2005-01-01' && enterprise.foundedOn! <= '2025-12-31', enterprise.foundedOn);
    }
    const audited = city.enterprises.filter((enterprise) => enterprise.taxCollectionMethod === 'audited').length;
    assert.ok(audited / city.enterprises.length >= 0.95, `${audited} audited`);
    assert.ok(audited < city.enterprises.length, 'a few 核定征收 firms exist too');
  });

  it('covers all six districts, the big industrial ones largest', () => {
    const counts = new Map(districts.map((district) => [district.code, 0]));
    for (const enterprise of city.enterprises) counts.set(enterprise.districtCode!, (counts.get(enterprise.districtCode!) ?? 0) + 1);
    assert.equal(counts.size, 6);
    for (const [code, count] of counts) assert.ok(count >= 150, `${code}: ${count}`);
    assert.ok(counts.get('330502')! > counts.get('330523')! && counts.get('330522')! > counts.get('330503')!);
  });

  it('gives a size class consistent with the latest year (industrial rule)', () => {
    const facts = factsByUscc();
    for (const enterprise of city.enterprises) {
      const latest = facts.get(enterprise.uscc)!.at(-1)!;
      assert.equal(enterprise.sizeClass, expectedSizeClass(latest.employees!, latest.revenueFen!), enterprise.uscc);
    }
  });
});

describe('demo city: consistent facts', () => {
  it('keeps every yearly row internally consistent', () => {
    for (const row of city.yearlyFacts) {
      const where = `${row.uscc} ${row.year}`;
      assert.ok(row.employees! >= 1, where);
      assert.ok(row.techStaff! <= row.employees!, where);
      assert.ok(row.rndStaff! <= row.techStaff!, where);
      assert.ok(row.rndExpenseFen! <= row.costsAndExpensesFen!, where);
      assert.ok(row.rndExpenseDomesticFen! <= row.rndExpenseFen!, where);
      assert.ok(row.mainBusinessRevenueFen! <= row.revenueFen!, where);
      assert.ok(row.highTechRevenueFen! <= row.revenueFen!, where);
      assert.ok(row.revenueFen! > 0 && row.totalAssetsFen! > 0, where);
    }
    const solvent = city.yearlyFacts.filter((row) => row.totalAssetsFen! >= row.totalLiabilitiesFen!).length;
    assert.ok(solvent / city.yearlyFacts.length >= 0.97, `${solvent} of ${city.yearlyFacts.length} solvent`);
  });

  it('has one row per year the firm existed, three for most, with plausible growth', () => {
    const facts = factsByUscc();
    let threeYears = 0;
    for (const enterprise of city.enterprises) {
      const rows = facts.get(enterprise.uscc)!;
      const foundedYear = Number(enterprise.foundedOn!.slice(0, 4));
      assert.deepEqual(
        rows.map((row) => row.year),
        [2023, 2024, 2025].filter((year) => year >= foundedYear),
      );
      if (rows.length === 3) threeYears += 1;
      for (let index = 1; index < rows.length; index += 1) {
        if (rows[index - 1]!.year === foundedYear) continue; // a founding year counts only part of the year
        const growth = rows[index]!.revenueFen! / rows[index - 1]!.revenueFen!;
        const hiring = rows[index]!.employees! / rows[index - 1]!.employees!;
        assert.ok(growth > 0.7 && growth < 2, `${enterprise.uscc} revenue ×${growth.toFixed(2)}`);
        assert.ok(hiring > 0.7 && hiring < 1.6, `${enterprise.uscc} staff ×${hiring.toFixed(2)}`);
      }
    }
    assert.ok(threeYears / city.enterprises.length > 0.85, `${threeYears} with three years`);
  });

  it('keeps IP holdings non-decreasing, with sub-counts inside their totals', () => {
    const previous = new Map<string, { classOne: number; classTwo: number }>();
    for (const row of city.intellectualProperty) {
      assert.ok(row.inventionPatentsInMainBusiness! <= row.classOneCount!, row.uscc);
      assert.ok(row.softwareCopyrights! <= row.classTwoCount!, row.uscc);
      const before = previous.get(row.uscc);
      if (before) assert.ok(row.classOneCount! >= before.classOne && row.classTwoCount! >= before.classTwo, `${row.uscc} ${row.year}`);
      previous.set(row.uscc, { classOne: row.classOneCount!, classTwo: row.classTwoCount! });
    }
  });

  it('numbers certificates uniquely and in the expected formats', () => {
    const formats: Record<string, RegExp> = {
      high_tech_enterprise: /^GR20\d{2}33\d{6}$/,
      tech_sme: /^20\d{2}\d{6}A0\d{4}$/,
      listed: /^\d{6}$/,
      quoted: /^\d{6}$/,
    };
    const seen = new Set<string>();
    for (const qualification of city.qualifications) {
      const key = `${qualification.kind} ${qualification.certificateNumber}`;
      assert.ok(!seen.has(key), key);
      seen.add(key);
      const format = formats[qualification.kind];
      if (format) assert.match(qualification.certificateNumber, format);
      if (qualification.validTo) assert.ok(qualification.validFrom! < qualification.validTo, key);
    }
  });
});
