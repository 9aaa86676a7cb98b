import { districts, type District } from '../../platform/districts.ts';

/** How the demo city spreads its firms: the three big industrial areas (吴兴, 长兴, 德清) carry most. */
const districtWeights: Record<string, number> = { '330502': 22, '330503': 13, '330521': 19, '330522': 20, '330523': 12, '330500-NTH': 14 };

export interface DemoDistrict {
  district: District;
  /** Positions 3–8 of the USCC of a firm registered there. */
  usccRegion: string;
  weight: number;
}

export const demoDistricts: readonly DemoDistrict[] = districts.map((district) => ({
  district,
  // 南太湖新区 is a functional zone with no GB/T 2260 code of its own (the platform calls it
  // 330500-NTH); firms there are registered by the city-level market-supervision bureau, so their
  // USCC carries the city's code 330500 (湖州市).
  usccRegion: district.isFunctionalZone ? `${district.code.slice(0, 4)}00` : district.code,
  weight: districtWeights[district.code] ?? 0,
}));

export type TechLevel = 'high' | 'medium' | 'low';

export interface DemoIndustry {
  /** GB/T 4754-2017 小类, with its 门类 letter. */
  code: string;
  name: string;
  /** Words that follow the 字号 in a company name. */
  nameWords: readonly string[];
  techLevel: TechLevel;
  /** Districts where the industry clusters (长兴 batteries, 安吉 chairs and bamboo, 德清 地理信息 …). */
  clusters: readonly string[];
  /** Software-like firms hold their Ⅱ类 IP mostly as software copyrights. */
  isSoftware: boolean;
}

const wuxing = '330502';
const nanxun = '330503';
const deqing = '330521';
const changxing = '330522';
const anji = '330523';
const southTaihu = '330500-NTH';

function industry(code: string, name: string, nameWords: string[], techLevel: TechLevel, clusters: string[], isSoftware = false): DemoIndustry {
  return { code, name, nameWords, techLevel, clusters, isSoftware };
}

/** Small classes of GB/T 4754-2017 that fit 湖州's economy; codes and names checked against the standard's table. */
export const demoIndustries: readonly DemoIndustry[] = [
  industry('C1530', '精制茶加工', ['茶业', '白茶'], 'low', [anji]),
  industry('C1819', '其他机织服装制造', ['服饰', '童装'], 'low', [wuxing]),
  industry('C2034', '木地板制造', ['木业', '地板'], 'low', [nanxun]),
  industry('C2041', '竹制品制造', ['竹业', '竹木制品'], 'low', [anji]),
  industry('C2120', '竹、藤家具制造', ['竹家具', '家居用品'], 'low', [anji]),
  industry('C2190', '其他家具制造', ['家具', '座椅'], 'low', [anji]),
  industry('C2614', '有机化学原料制造', ['化工', '精细化工'], 'medium', [changxing]),
  industry('C2720', '化学药品制剂制造', ['药业', '制药'], 'high', [deqing, southTaihu]),
  industry('C2761', '生物药品制造', ['生物医药', '生物科技'], 'high', [deqing, southTaihu]),
  industry('C2822', '涤纶纤维制造', ['化纤', '纺织新材料'], 'medium', [wuxing, changxing]),
  industry('C3130', '钢压延加工', ['金属材料', '特钢'], 'medium', [wuxing, nanxun]),
  industry('C3435', '电梯、自动扶梯及升降机制造', ['电梯', '机电'], 'medium', [nanxun]),
  industry('C3451', '滚动轴承制造', ['轴承', '精密轴承'], 'medium', []),
  industry('C3491', '工业机器人制造', ['机器人', '智能装备'], 'high', [southTaihu, wuxing]),
  industry('C3511', '矿山机械制造', ['矿山机械', '重工机械'], 'medium', [changxing]),
  industry('C3562', '半导体器件专用设备制造', ['半导体设备', '精密装备'], 'high', [southTaihu]),
  industry('C3584', '医疗、外科及兽医用器械制造', ['医疗器械', '医疗科技'], 'high', [deqing, southTaihu]),
  industry('C3591', '环境保护专用设备制造', ['环保设备', '环境科技'], 'high', [changxing]),
  industry('C3670', '汽车零部件及配件制造', ['汽车零部件', '汽配'], 'medium', [wuxing, deqing]),
  industry('C3812', '电动机制造', ['电机', '电机科技'], 'medium', [nanxun]),
  industry('C3825', '光伏设备及元器件制造', ['光伏科技', '光能科技'], 'high', [changxing]),
  industry('C3841', '锂离子电池制造', ['锂电科技', '新能源科技'], 'high', [changxing, southTaihu]),
  industry('C3843', '铅蓄电池制造', ['电源', '蓄电池'], 'medium', [changxing]),
  industry('C3983', '敏感元件及传感器制造', ['传感技术', '传感器'], 'high', [deqing]),
  industry('C3985', '电子专用材料制造', ['电子材料', '电子新材料'], 'high', [southTaihu, changxing]),
  industry('C4011', '工业自动控制系统装置制造', ['自动化', '智能控制'], 'high', [wuxing]),
  industry('I6513', '应用软件开发', ['软件', '信息技术'], 'high', [southTaihu, wuxing], true),
  industry('I6520', '集成电路设计', ['微电子', '芯片科技'], 'high', [southTaihu], true),
  industry('I6531', '信息系统集成服务', ['信息系统', '数字科技'], 'high', [wuxing], true),
  industry('I6532', '物联网技术服务', ['物联网科技', '智联科技'], 'high', [deqing], true),
  industry('I6571', '地理遥感信息服务', ['地理信息', '遥感科技'], 'high', [deqing], true),
  industry('M7320', '工程和技术研究和试验发展', ['工程技术', '技术研究'], 'high', [southTaihu]),
  industry('M7441', '遥感测绘服务', ['测绘', '空间信息'], 'medium', [deqing], true),
  industry('M7513', '新材料技术推广服务', ['新材料科技', '新材料'], 'high', [southTaihu, deqing]),
  industry('M7516', '环保技术推广服务', ['环保科技', '环境技术'], 'medium', [changxing, anji]),
];

/** Tech-oriented firms (高企, 科小, 专精特新 …) are drawn from tech industries; ordinary firms lean to traditional ones. */
export function industryWeight(candidate: DemoIndustry, districtCode: string, isTechOriented: boolean): number {
  const byLevel = isTechOriented ? { high: 3, medium: 1, low: 0 } : { high: 1, medium: 2, low: 3 };
  return byLevel[candidate.techLevel] * (candidate.clusters.includes(districtCode) ? 4 : 1);
}
