import type { z } from 'zod';
import { enterpriseFactsSchema, flagFactsSchema, intellectualPropertyFactsSchema, marketFactsSchema, yearFactsSchema } from './facts.contracts.ts';

export interface FactLabel {
  zh: string;
  en: string;
}

/** The zh / en description a field carries in the facts contract, without its unit suffix. */
function describedBy(schema: z.ZodType | undefined): FactLabel | undefined {
  const description = (schema?.meta() as { description?: string } | undefined)?.description;
  if (!description) return undefined;
  // "中文 / English": the Chinese may itself contain " / ", the English comes last.
  const split = description.lastIndexOf(' / ');
  const zh = split < 0 ? description : description.slice(0, split);
  const en = split < 0 ? description : description.slice(split + 3);
  return { zh: zh.replace(/，分$/, ''), en: en.replace(/, fen$/, '') };
}

const cache = new Map<string, FactLabel>();

/**
 * A fact's name for people: `years[2025].rndExpenseFen` → "2025 年研发费用总额（加计扣除口径）" /
 * "R&D expense (super-deduction basis), 2025". Unknown paths come back as they are.
 */
export function factLabel(path: string): FactLabel {
  const cached = cache.get(path);
  if (cached) return cached;
  let label: FactLabel = { zh: path, en: path };
  const yearly = /^(years|intellectualProperty)\[(\d{4})\]\.(\w+)$/.exec(path);
  const nested = /^(flags|market)\.(\w+)$/.exec(path);
  if (yearly) {
    const shape = (yearly[1] === 'years' ? yearFactsSchema.shape : intellectualPropertyFactsSchema.shape) as Record<string, z.ZodType>;
    const described = describedBy(shape[yearly[3] ?? '']);
    if (described) label = { zh: `${yearly[2]} 年${described.zh}`, en: `${described.en}, ${yearly[2]}` };
  } else if (nested) {
    const shape = (nested[1] === 'flags' ? flagFactsSchema.shape : marketFactsSchema.shape) as Record<string, z.ZodType>;
    label = describedBy(shape[nested[2] ?? '']) ?? label;
  } else {
    const shape = (enterpriseFactsSchema as unknown as { shape?: Record<string, z.ZodType> }).shape;
    label = describedBy(shape?.[path]) ?? label;
  }
  cache.set(path, label);
  return label;
}
