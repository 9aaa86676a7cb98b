import type { QualificationKind, QualificationRecord } from '../../capabilities/enterprises/enterprises.contracts.ts';
import { isoDate, lastDayAfterYears } from './demo-dates.ts';
import type { Random } from './seeded-random.ts';

/** Certificate and list numbers already given out, so each is unique. */
export class CertificateNumbers {
  readonly #taken = new Set<string>();

  reserve(number: string): void {
    this.#taken.add(number);
  }

  unique(make: () => string): string {
    for (;;) {
      const number = make();
      if (this.#taken.has(number)) continue;
      this.#taken.add(number);
      return number;
    }
  }
}

export interface QualificationSubject {
  uscc: string;
  usccRegion: string;
  foundedOn: string;
  lastYear: number;
  talentLevel?: 'A' | 'B' | 'C' | 'D';
}

const stockBoards = [
  { programme: '上海证券交易所主板', prefix: '605' },
  { programme: '上海证券交易所科创板', prefix: '688' },
  { programme: '深圳证券交易所主板', prefix: '001' },
  { programme: '深圳证券交易所创业板', prefix: '301' },
  { programme: '北京证券交易所', prefix: '920' },
] as const;

function digits(random: Random, length: number): string {
  return String(random.integer(0, 10 ** length - 1)).padStart(length, '0');
}

/**
 * Certificates with their validity windows. 高企 certificates run 3 years from issue (standards.md
 * §2.1); a 科小 入库 number is given in the year after the facts it was evaluated on and lasts until
 * the next year's update deadline, 31 March (§1.5). 创新型 / 专精特新 / 小巨人 lists carry no
 * certificate number, so the demo makes one from the list year and a sequence; stock codes follow each
 * board's prefix and are made up (one may coincide with a real listing's code).
 */
export function buildQualifications(random: Random, numbers: CertificateNumbers, subject: QualificationSubject, kinds: readonly QualificationKind[]): QualificationRecord[] {
  const { uscc, lastYear } = subject;
  const foundedYear = Number(subject.foundedOn.slice(0, 4));
  let ladderYear = Math.max(lastYear - 2, foundedYear + 1);
  const records: QualificationRecord[] = [];
  for (const kind of kinds) {
    switch (kind) {
      case 'high_tech_enterprise': {
        const year = random.integer(Math.min(lastYear, Math.max(lastYear - 2, foundedYear + 2)), lastYear);
        const validFrom = isoDate(year, 12, random.integer(1, 20));
        const certificateNumber = numbers.unique(() => `GR${year}330${digits(random, 5)}`);
        records.push({ uscc, kind, certificateNumber, validFrom, validTo: lastDayAfterYears(validFrom, 3) });
        break;
      }
      case 'tech_sme': {
        const year = lastYear + 1;
        const certificateNumber = numbers.unique(() => `${year}${subject.usccRegion}A0${digits(random, 4)}`);
        records.push({ uscc, kind, certificateNumber, validFrom: isoDate(year, random.integer(7, 10), random.integer(1, 28)), validTo: isoDate(year + 1, 3, 31) });
        break;
      }
      case 'innovative_sme':
      case 'specialised_sme':
      case 'little_giant': {
        // The ladder is climbed in order: 创新型, then 专精特新, then 小巨人, never earlier than the step before.
        ladderYear = random.integer(Math.min(ladderYear, lastYear), lastYear);
        const month = { innovative_sme: 5, specialised_sme: 9, little_giant: 11 }[kind];
        const prefix = { innovative_sme: 'CX', specialised_sme: 'ZJTX', little_giant: 'XJR' }[kind];
        const validFrom = isoDate(ladderYear, month, random.integer(1, 28));
        const certificateNumber = numbers.unique(() => `${prefix}${ladderYear}33${digits(random, 5)}`);
        records.push({ uscc, kind, certificateNumber, validFrom, validTo: lastDayAfterYears(validFrom, 3) });
        break;
      }
      case 'talent_enterprise': {
        const level = subject.talentLevel ?? 'D';
        const year = random.integer(Math.max(foundedYear, lastYear - 8), lastYear);
        const drawn = isoDate(year, random.integer(3, 11), random.integer(1, 28));
        const validFrom = drawn < subject.foundedOn ? subject.foundedOn : drawn;
        const certificateNumber = numbers.unique(() => `NTHJY${year}${level}${digits(random, 3)}`);
        records.push({ uscc, kind, certificateNumber, validFrom, programme: '南太湖精英计划', level });
        break;
      }
      case 'listed': {
        const board = random.pick(stockBoards);
        const year = random.integer(Math.min(lastYear, Math.max(foundedYear + 5, lastYear - 12)), lastYear);
        const certificateNumber = numbers.unique(() => `${board.prefix}${digits(random, 3)}`);
        records.push({ uscc, kind, certificateNumber, validFrom: isoDate(year, random.integer(1, 12), random.integer(1, 28)), programme: board.programme });
        break;
      }
      case 'quoted': {
        const year = random.integer(Math.min(lastYear, Math.max(foundedYear + 2, lastYear - 10)), lastYear);
        const certificateNumber = numbers.unique(() => `${random.pick(['87', '83'])}${digits(random, 4)}`);
        records.push({
          uscc,
          kind,
          certificateNumber,
          validFrom: isoDate(year, random.integer(1, 12), random.integer(1, 28)),
          programme: '全国中小企业股份转让系统',
          level: random.chance(0.3) ? '创新层' : '基础层',
        });
        break;
      }
    }
  }
  return records;
}
