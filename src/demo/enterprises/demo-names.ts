import type { Random } from './seeded-random.ts';

// A 字号 is one character from each list; a few are 湖州 place names (苕溪, 霅溪, 菱湖, 荻港, 箬溪, 碧浪湖).
const brandFirst = [...'瑞嘉博晟鼎卓睿禾弘铭骏昊锦澜泓璟翔誉沐煜宸霖恺湛峻朗舜奕谦逸蔚岚苕霅菱荻箬碧颐斐'];
const brandSecond = [...'丰达源宇辰川研创诚信和远图拓驰越凯启迈微力联泽瀚峰锐芯舟帆阳晖澄航邦欣坤润祺途'];

/**
 * 字号 of well-known real companies the combinations could produce (listed companies, and firms
 * based in 湖州 such as 鼎力), never used, and 星河, which belongs to the demo user's enterprise.
 */
export const reservedBrands: ReadonlySet<string> = new Set([
  '瑞丰', '瑞达', '瑞和', '瑞联', '瑞芯', '嘉和', '嘉欣', '博创', '博源', '博通', '鼎力', '鼎信', '鼎阳', '鼎丰',
  '卓越', '睿创', '禾丰', '弘信', '弘阳', '岚图', '锦和', '翔宇', '星河',
]);

export const demoBrands: readonly string[] = brandFirst
  .flatMap((first) => brandSecond.map((second) => first + second))
  .filter((brand) => brand[0] !== brand[1] && !reservedBrands.has(brand));

const surnames = [...'王李张刘陈杨黄赵吴周徐孙朱胡沈钱姚陆施潘费闵钮俞邱蒋郑金章'];
const givenCharacters = [...'建国明华伟芳敏静丽强磊军洋勇艳杰娟涛超霞平刚桂英文斌宇浩晨欣怡婷子涵俊晓'];

export function demoPersonName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(givenCharacters) + random.pick(givenCharacters) : random.pick(givenCharacters);
  return random.pick(surnames) + given;
}

/**
 * 0572 is 湖州's area code; no local number begins with 0 (0 is the trunk prefix), so
 * `0572-0…` looks right on screen and can never ring a real line.
 */
export function demoPhone(random: Random): string {
  return `0572-0${String(random.integer(0, 9_999_999)).padStart(7, '0')}`;
}

/** Unique company names: 湖州 + 字号 + an industry word + 有限公司 / 股份有限公司. */
export class CompanyNamer {
  readonly #taken = new Set<string>();

  reserve(name: string): void {
    this.#taken.add(name);
  }

  name(random: Random, industryWords: readonly string[], suffix: '有限公司' | '股份有限公司'): { name: string; brand: string } {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const brand = random.pick(demoBrands);
      const name = `湖州${brand}${random.pick(industryWords)}${suffix}`;
      if (this.#taken.has(name)) continue;
      this.#taken.add(name);
      return { name, brand };
    }
    throw new RangeError('the demo name pool is exhausted: ask for fewer enterprises');
  }
}
