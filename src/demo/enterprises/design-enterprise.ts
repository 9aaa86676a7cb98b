import type { DemoArchetype } from './demo-archetypes.ts';
import {
  designHighTechBoundaryBand,
  designHighTechBoundaryRnd,
  designHighTechBoundaryStaff,
  designHighTechClear,
  designHighTechMissRnd,
  designHighTechMissStaff,
  designListed,
  designLittleGiant,
  designQuoted,
  designSpecialised,
  type DesignContext,
} from './design-high-tech-archetypes.ts';
import { designInnovative, designOrdinary, designTalent, designTechSmeBoundary, designTechSmeClear, designTechSmeMiss } from './design-other-archetypes.ts';
import type { EnterpriseDesign } from './enterprise-design.ts';
import type { Random } from './seeded-random.ts';

type GeneratedArchetype = Exclude<DemoArchetype, 'demo_user'>;

const designers: Record<GeneratedArchetype, (random: Random, context: DesignContext) => EnterpriseDesign> = {
  ordinary: designOrdinary,
  hnte_clear: designHighTechClear,
  hnte_miss_rnd_ratio: designHighTechMissRnd,
  hnte_miss_tech_staff: designHighTechMissStaff,
  hnte_boundary_tech_staff: designHighTechBoundaryStaff,
  hnte_boundary_rnd_ratio: designHighTechBoundaryRnd,
  hnte_boundary_revenue_band: designHighTechBoundaryBand,
  tsme_clear: designTechSmeClear,
  tsme_boundary_score: designTechSmeBoundary,
  tsme_miss_score: designTechSmeMiss,
  innovative_sme: designInnovative,
  specialised_sme: designSpecialised,
  little_giant: designLittleGiant,
  listed: designListed,
  quoted: designQuoted,
  talent_enterprise: designTalent,
};

export function designEnterprise(archetype: GeneratedArchetype, random: Random, context: DesignContext): EnterpriseDesign {
  return designers[archetype](random, context);
}
