import type { Random } from './seeded-random.ts';

/**
 * What a demo enterprise was generated to show. 高企 = 高新技术企业 (standards.md §2), 科小 =
 * 科技型中小企业 (§1); "boundary" firms sit exactly on a threshold, "miss" firms fall short by a margin.
 */
export const demoArchetypes = [
  'demo_user',
  'ordinary',
  'hnte_clear',
  'hnte_miss_rnd_ratio',
  'hnte_miss_tech_staff',
  'hnte_boundary_tech_staff',
  'hnte_boundary_rnd_ratio',
  'hnte_boundary_revenue_band',
  'tsme_clear',
  'tsme_boundary_score',
  'tsme_miss_score',
  'innovative_sme',
  'specialised_sme',
  'little_giant',
  'listed',
  'quoted',
  'talent_enterprise',
] as const;
export type DemoArchetype = (typeof demoArchetypes)[number];

export const archetypeNames: Record<DemoArchetype, string> = {
  demo_user: '演示企业用户（科小，高企差研发占比）',
  ordinary: '一般企业',
  hnte_clear: '明确符合高企条件并持证',
  hnte_miss_rnd_ratio: '高企差研发费用占比',
  hnte_miss_tech_staff: '高企差科技人员占比（科小科技人员指标 0 分）',
  hnte_boundary_tech_staff: '科技人员占比恰好 10%',
  hnte_boundary_rnd_ratio: '近三年研发费用占比恰好等于门槛',
  hnte_boundary_revenue_band: '最近一年销售收入恰好 5000万/2亿（含）',
  tsme_clear: '明确符合科小条件并入库',
  tsme_boundary_score: '科小评分恰好 60 分',
  tsme_miss_score: '科小评分不足 60 分',
  innovative_sme: '创新型中小企业',
  specialised_sme: '专精特新中小企业',
  little_giant: '专精特新“小巨人”',
  listed: '上市企业',
  quoted: '新三板挂牌企业',
  talent_enterprise: '人才企业（南太湖精英计划）',
};

/** Per enterprise: the archetype it was generated as, and what that means for it in numbers. */
export interface DemoProfile {
  uscc: string;
  name: string;
  archetype: DemoArchetype;
  note: string;
}

/** Share of the population besides the demo user; `ordinary` takes what is left. */
const archetypeShares: Record<Exclude<DemoArchetype, 'demo_user' | 'ordinary'>, number> = {
  hnte_clear: 0.09,
  hnte_miss_rnd_ratio: 0.01,
  hnte_miss_tech_staff: 0.008,
  hnte_boundary_tech_staff: 0.005,
  hnte_boundary_rnd_ratio: 0.006,
  hnte_boundary_revenue_band: 0.004,
  tsme_clear: 0.12,
  tsme_boundary_score: 0.005,
  tsme_miss_score: 0.005,
  innovative_sme: 0.04,
  specialised_sme: 0.02,
  little_giant: 0.003,
  listed: 0.004,
  quoted: 0.008,
  talent_enterprise: 0.07,
};

/** The archetype of each enterprise in order: the demo user first, the rest shuffled. */
export function allocateArchetypes(random: Random, count: number): DemoArchetype[] {
  if (count === 0) return [];
  const others = count - 1;
  const allocated: DemoArchetype[] = [];
  for (const [archetype, share] of Object.entries(archetypeShares) as Array<[DemoArchetype, number]>) {
    for (let index = 0; index < Math.round(others * share); index += 1) allocated.push(archetype);
  }
  while (allocated.length < others) allocated.push('ordinary');
  return ['demo_user', ...random.shuffle(allocated.slice(0, others))];
}
