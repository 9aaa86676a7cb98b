import { z } from 'zod';
import { qualificationKinds, sizeClasses, taxCollectionMethods } from '../enterprises/enterprises.contracts.ts';

/**
 * The facts an evaluation reads: one enterprise as of one day. Field names and units are the
 * registry's (`enterprises.contracts.ts`): money is integer fen (分), dates YYYY-MM-DD. Every
 * field except the identity is optional; a rule that needs an absent fact answers
 * `manual_review` and names it. `schemas/enterprise-facts.schema.json` is generated from this
 * file (`node --import tsx src/capabilities/evaluation/write-facts-json-schema.ts`).
 */

const isoDate = z.iso.date();
const count = z.number().int().min(0).max(10_000_000);
const fen = z.number().int().min(-9_000_000_000_000_000).max(9_000_000_000_000_000);
const nonNegativeFen = fen.min(0);
const year = z.number().int().min(1980).max(2100);

const describe = (zh: string, en: string) => ({ description: `${zh} / ${en}` });

export const yearFactsSchema = z
  .object({
    year: year.meta(describe('会计年度', 'fiscal year (calendar year)')),
    employees: count.optional().meta(describe('职工总数（在职、兼职、临时聘用，年度内累计工作 6 个月以上）', 'total staff incl. part-time and temporary staff working ≥ 6 months in the year')),
    techStaff: count.optional().meta(describe('科技人员数', 'technology staff (research and related technical innovation, incl. their management and direct services)')),
    rndStaff: count.optional().meta(describe('研发人员数', 'research and development staff')),
    revenueFen: nonNegativeFen.optional().meta(describe('营业收入 / 销售收入（主营业务收入 + 其他业务收入），分', 'operating revenue (main + other business), fen')),
    mainBusinessRevenueFen: nonNegativeFen.optional().meta(describe('主营业务收入，分', 'main-business revenue, fen')),
    costsAndExpensesFen: nonNegativeFen.optional().meta(describe('成本费用支出总额，分', 'total costs and expenses, fen')),
    rndExpenseFen: nonNegativeFen.optional().meta(describe('研发费用总额（加计扣除口径），分', 'R&D expense (super-deduction basis), fen')),
    rndExpenseDomesticFen: nonNegativeFen.optional().meta(describe('境内发生的研发费用，分', 'R&D expense incurred in China, fen')),
    highTechRevenueFen: nonNegativeFen.optional().meta(describe('高新技术产品（服务）收入，分', 'high-tech products and services revenue, fen')),
    totalAssetsFen: nonNegativeFen.optional().meta(describe('年末资产总额，分', 'total assets at year end, fen')),
    totalLiabilitiesFen: nonNegativeFen.optional().meta(describe('年末负债总额，分', 'total liabilities at year end, fen')),
    netProfitFen: fen.optional().meta(describe('净利润，分', 'net profit, fen')),
    taxPaidFen: nonNegativeFen.optional().meta(describe('纳税总额，分', 'taxes paid, fen')),
    qualifiedEquityRaisedFen: nonNegativeFen.optional().meta(describe('当年新增股权融资（合格机构投资者实缴），分', 'new equity paid in by qualified institutional investors in the year, fen')),
  })
  .strict();
export type YearFacts = z.infer<typeof yearFactsSchema>;

export const awardFactsSchema = z
  .object({
    level: z.enum(['national', 'provincial', 'municipal']).meta(describe('级别（省部级记为 provincial）', 'level (ministerial counts as provincial)')),
    year: year,
    rank: z.string().nullable().meta(describe('获奖单位排名，如 "1"、"第二"；未知为 null', 'rank among the winning organisations, e.g. "1" or "第二"; null when unknown')),
    name: z.string(),
  })
  .strict();

export const rndInstitutionFactsSchema = z
  .object({
    level: z.enum(['national', 'provincial', 'municipal']).meta(describe('认定级别（省部级记为 provincial）', 'accreditation level (ministerial counts as provincial)')),
    name: z.string(),
  })
  .strict();

export const intellectualPropertyFactsSchema = z
  .object({
    year: year.meta(describe('年末时点；数量为年末有效持有数，成果转化数与主导标准数为当年发生数', 'year-end snapshot: holdings are valid at year end; transfers and standards are those of the year')),
    classOneCount: count.optional().meta(describe('有效的Ⅰ类知识产权数（发明专利、植物新品种、集成电路布图设计等）', 'valid class I IP (invention patents, plant varieties, IC layouts …)')),
    classTwoCount: count.optional().meta(describe('有效的Ⅱ类知识产权数（实用新型、外观设计、软件著作权等，不含商标）', 'valid class II IP (utility models, designs, software copyrights; not trademarks)')),
    highValueClassOneCount: count.optional().meta(describe('Ⅰ类高价值知识产权数（海外同族、维持超10年、高额质押、获国家奖项的发明专利）', 'high-value class I IP (foreign family, > 10 years, large pledge, national award)')),
    selfDevelopedClassOneCount: count.optional().meta(describe('自主研发获得的Ⅰ类知识产权数', 'class I IP obtained by own research')),
    classOneAppliedInMainProductsCount: count.optional().meta(describe('与主导产品相关、实际应用并产生经济效益的Ⅰ类知识产权数', 'class I IP related to the main products, applied and producing economic benefit')),
    inventionPatentsInMainBusiness: count.optional().meta(describe('应用于主营业务（并能够产业化）的发明专利数', 'invention patents applied in the main business')),
    softwareCopyrights: count.optional().meta(describe('软件著作权数（已计入Ⅱ类）', 'software copyrights (already counted in class II)')),
    standardsLed: count.optional().meta(describe('当年主导制定的国际、国家或行业标准数', 'international, national or industry standards led in the year')),
    achievementsTransferred: count.optional().meta(describe('当年科技成果转化数', 'technology achievements transferred in the year')),
    awards: z.array(awardFactsSchema).optional().meta(describe('科技奖励', 'science and technology awards')),
    rndInstitutions: z.array(rndInstitutionFactsSchema).optional().meta(describe('经认定的研发机构（年末）', 'accredited R&D institutions at year end')),
  })
  .strict();
export type IntellectualPropertyFacts = z.infer<typeof intellectualPropertyFactsSchema>;

/** The registry's kinds plus the honours that 创新型中小企业's direct route names. */
export const factQualificationKinds = [
  ...qualificationKinds,
  'technology_innovation_demonstration',
  'ip_advantage_enterprise',
  'ip_demonstration_enterprise',
] as const;
export type FactQualificationKind = (typeof factQualificationKinds)[number];

export const qualificationFactsSchema = z
  .object({
    kind: z.enum(factQualificationKinds),
    certificateNumber: z.string().trim().min(1).max(100),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    programme: z.string().trim().max(200).optional(),
    level: z.string().trim().max(100).optional(),
    isRevoked: z.boolean().optional(),
  })
  .strict();
export type QualificationFacts = z.infer<typeof qualificationFactsSchema>;

/** Credit, safety and list facts. `true` = confirmed clean; `false` = not; absent = not known. */
export const flagFactsSchema = z
  .object({
    accountsSoundAndRndExpensesTracked: z.boolean().optional().meta(describe('会计核算健全、实行查账征收并能准确归集研发费用', 'sound accounts that track R&D expenses accurately')),
    productsNotProhibitedRestrictedOrEliminated: z.boolean().optional().meta(describe('产品（服务）不属于国家禁止、限制和淘汰类', 'products and services not in the prohibited, restricted or eliminated categories')),
    noSeriousViolationsInPriorAndCurrentYear: z.boolean().optional().meta(describe('上一会计年度及当年未发生重大安全、重大质量事故、严重环境违法、严重弄虚作假和科研严重失信行为', 'no major safety or quality accident, serious environmental violation, serious fraud or research misconduct in the prior and current year')),
    notListedAbnormalOrDishonestInPriorAndCurrentYear: z.boolean().optional().meta(describe('上一会计年度及当年未列入经营异常名录和严重违法失信企业名单', 'not on the abnormal-operations or seriously-dishonest lists in the prior and current year')),
    noMajorSafetyQualityEnvironmentIncidentsInLastYear: z.boolean().optional().meta(describe('申请前一年内未发生重大安全、重大质量事故或严重环境违法行为', 'no major safety or quality accident or serious environmental violation in the year before applying')),
    notListedAbnormalOrDishonest: z.boolean().optional().meta(describe('未被列入经营异常名录或严重失信主体名单', 'not on the abnormal-operations or seriously-dishonest lists')),
    noMajorIncidentsOrViolationsInLastThreeYears: z.boolean().optional().meta(describe('近三年未发生重大安全（含网络安全、数据安全）、质量、环境污染等事故以及偷漏税等违法违规行为', 'no major safety (incl. network and data), quality or pollution incident, tax evasion or similar violation in the last three years')),
    mainProductInStrategicEmergingIndustry: z.boolean().optional().meta(describe('主导产品属于《战略性新兴产业分类》', 'main product belongs to the Strategic Emerging Industries classification')),
  })
  .strict();
export type FlagFacts = z.infer<typeof flagFactsSchema>;
export type FlagName = keyof FlagFacts;

export const marketFactsSchema = z
  .object({
    nicheMarketSince: isoDate.optional().meta(describe('开始从事特定细分市场的日期', 'first day in the specific niche market')),
    srdiDevelopmentScore: z.number().min(0).max(100).optional().meta(describe('本年度专精特新发展评价得分（优质中小企业梯度培育平台）', "this year's SRDI development score from the MIIT platform")),
  })
  .strict();
export type MarketFacts = z.infer<typeof marketFactsSchema>;

export const enterpriseFactsSchema = z
  .object({
    uscc: z.string().trim().min(1).max(40).meta(describe('统一社会信用代码', 'unified social credit code')),
    name: z.string().trim().min(1).max(200),
    asOf: isoDate.meta(describe('评价基准日', 'assessment date')),
    foundedOn: isoDate.optional().meta(describe('成立日期', 'date of establishment')),
    districtCode: z.string().trim().regex(/^\d{6}(-[A-Z]{2,8})?$/).optional().meta(describe('注册地行政区划代码（GB/T 2260）', 'registered district (GB/T 2260)')),
    industryCode: z.string().trim().regex(/^[A-T](\d{2,4})?$/).optional().meta(describe('国民经济行业代码（GB/T 4754-2017）', 'industry (GB/T 4754-2017)')),
    sizeClass: z.enum(sizeClasses).optional().meta(describe('企业规模（《中小企业划型标准规定》）', 'size class under the SME classification rules')),
    taxCollectionMethod: z.enum(taxCollectionMethods).optional().meta(describe('企业所得税征收方式：audited 查账征收，assessed 核定征收', 'income-tax collection: audited or assessed')),
    years: z.array(yearFactsSchema).meta(describe('年度数据，每年一条', 'yearly facts, one per year')),
    intellectualProperty: z.array(intellectualPropertyFactsSchema).meta(describe('知识产权，每年一条', 'intellectual property, one per year')),
    qualifications: z.array(qualificationFactsSchema),
    flags: flagFactsSchema.optional(),
    market: marketFactsSchema.optional(),
  })
  .strict()
  .superRefine((facts, ctx) => {
    for (const [key, list] of [['years', facts.years], ['intellectualProperty', facts.intellectualProperty]] as const) {
      const seen = new Set<number>();
      list.forEach((entry, index) => {
        if (seen.has(entry.year)) ctx.addIssue({ code: 'custom', path: [key, index, 'year'], message: `year ${entry.year} appears twice` });
        seen.add(entry.year);
      });
    }
  })
  .meta({ title: '科金通企业评价事实 / KeJinTong enterprise facts' });
export type EnterpriseFacts = z.infer<typeof enterpriseFactsSchema>;
