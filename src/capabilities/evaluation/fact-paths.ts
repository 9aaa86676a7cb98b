import type { EnterpriseFacts, IntellectualPropertyFacts, YearFacts } from './facts.contracts.ts';
import type { MeasureUnit } from './quantity.ts';
import { Rational } from './rational.ts';
import type { BoundaryPolicy } from './rule-set.contracts.ts';

/**
 * Measures: how a rule names the facts it reads.
 *
 *   years[Y].techStaff                 a yearly fact of the latest fiscal year Y
 *   years[Y-1].revenueFen              … of the year before
 *   ip[Y].classOneCount                an intellectual-property fact (year-end snapshot)
 *   sum(years[Y-2..Y].rndExpenseFen)   a sum over the operating years of a window
 *   avg(ip[Y-2..Y].achievementsTransferred)
 *   enterprise.ageDays, market.yearsInNicheMarket, market.srdiDevelopmentScore
 *   a + b                              the sum of measures of the same unit
 *
 * A window never reaches before the founding year ("实际经营期不满三年的按实际经营时间计算").
 */

export const yearFieldUnits = {
  employees: 'persons',
  techStaff: 'persons',
  rndStaff: 'persons',
  revenueFen: 'fen',
  mainBusinessRevenueFen: 'fen',
  costsAndExpensesFen: 'fen',
  rndExpenseFen: 'fen',
  rndExpenseDomesticFen: 'fen',
  highTechRevenueFen: 'fen',
  totalAssetsFen: 'fen',
  totalLiabilitiesFen: 'fen',
  netProfitFen: 'fen',
  taxPaidFen: 'fen',
  qualifiedEquityRaisedFen: 'fen',
  /** Derived: totalAssetsFen − totalLiabilitiesFen. */
  netAssetsFen: 'fen',
} as const satisfies Record<string, MeasureUnit>;
export type YearField = keyof typeof yearFieldUnits;

export const ipFieldUnits = {
  classOneCount: 'items',
  classTwoCount: 'items',
  highValueClassOneCount: 'items',
  selfDevelopedClassOneCount: 'items',
  classOneAppliedInMainProductsCount: 'items',
  inventionPatentsInMainBusiness: 'items',
  softwareCopyrights: 'items',
  standardsLed: 'items',
  achievementsTransferred: 'items',
} as const satisfies Record<string, MeasureUnit>;
export type IpField = keyof typeof ipFieldUnits;

export const specialMeasureUnits = {
  'enterprise.ageDays': 'days',
  'market.yearsInNicheMarket': 'years',
  'market.srdiDevelopmentScore': 'points',
} as const satisfies Record<string, MeasureUnit>;
export type SpecialMeasure = keyof typeof specialMeasureUnits;

type Source = 'years' | 'ip';

export type MeasureTerm =
  | { type: 'single'; source: Source; offset: number; field: string }
  | { type: 'sum' | 'avg'; source: Source; from: number; to: number; field: string }
  | { type: 'special'; name: SpecialMeasure };

export interface ParsedMeasure {
  text: string;
  terms: MeasureTerm[];
  unit: MeasureUnit;
}

export interface EvaluationContext {
  facts: EnterpriseFacts;
  asOf: string;
  /** Y: the latest fiscal year the rules read (by default the year before the assessment date). */
  fiscalYear: number;
  foundedYear: number | undefined;
  boundaryPolicy: BoundaryPolicy;
  yearsByYear: Map<number, YearFacts>;
  ipByYear: Map<number, IntellectualPropertyFacts>;
}

export function buildContext(facts: EnterpriseFacts, boundaryPolicy: BoundaryPolicy, fiscalYear?: number): EvaluationContext {
  return {
    facts,
    asOf: facts.asOf,
    fiscalYear: fiscalYear ?? Number(facts.asOf.slice(0, 4)) - 1,
    foundedYear: facts.foundedOn === undefined ? undefined : Number(facts.foundedOn.slice(0, 4)),
    boundaryPolicy,
    yearsByYear: new Map(facts.years.map((entry) => [entry.year, entry])),
    ipByYear: new Map(facts.intellectualProperty.map((entry) => [entry.year, entry])),
  };
}

const yearRef = String.raw`Y(?:-(\d+))?`;
const singlePattern = new RegExp(String.raw`^(years|ip)\[${yearRef}\]\.([A-Za-z]+)$`);
const windowPattern = new RegExp(String.raw`^(sum|avg)\((years|ip)\[${yearRef}\.\.${yearRef}\]\.([A-Za-z]+)\)$`);

function unitOfField(source: Source, field: string): MeasureUnit | undefined {
  const table: Record<string, MeasureUnit> = source === 'years' ? yearFieldUnits : ipFieldUnits;
  return Object.hasOwn(table, field) ? table[field] : undefined;
}

/** Parses a measure; throws a RangeError naming what is wrong (the rule-set checker reports it with its path). */
export function parseMeasure(text: string): ParsedMeasure {
  const terms: MeasureTerm[] = [];
  const units = new Set<MeasureUnit>();
  for (const raw of text.split('+').map((part) => part.trim())) {
    if (Object.hasOwn(specialMeasureUnits, raw)) {
      const name = raw as SpecialMeasure;
      terms.push({ type: 'special', name });
      units.add(specialMeasureUnits[name]);
      continue;
    }
    const single = singlePattern.exec(raw);
    const window = windowPattern.exec(raw);
    if (single) {
      const [, source, offset, field = ''] = single;
      const unit = unitOfField(source as Source, field);
      if (!unit) throw new RangeError(`unknown ${source} field "${field}" in ${raw}`);
      terms.push({ type: 'single', source: source as Source, offset: Number(offset ?? 0), field });
      units.add(unit);
    } else if (window) {
      const [, type, source, from, to, field = ''] = window;
      const unit = unitOfField(source as Source, field);
      if (!unit) throw new RangeError(`unknown ${source} field "${field}" in ${raw}`);
      if (Number(from ?? 0) < Number(to ?? 0)) throw new RangeError(`window must run from the earlier year to the later: ${raw}`);
      terms.push({ type: type as 'sum' | 'avg', source: source as Source, from: Number(from ?? 0), to: Number(to ?? 0), field });
      units.add(unit);
    } else {
      throw new RangeError(`not a measure: ${raw}`);
    }
  }
  if (units.size !== 1) throw new RangeError(`a measure adds values of one unit only: ${text}`);
  return { text, terms, unit: [...units][0] as MeasureUnit };
}

export type FactInputs = Record<string, number | string | boolean | null>;

export interface Resolved {
  value: Rational | undefined;
  /** A lower bound of the value from the facts present (sums of non-negative facts), even when some are missing. */
  atLeast: Rational | undefined;
  missing: string[];
  inputs: FactInputs;
}

const factNames: Record<Source, Map<string, Map<number, string>>> = { years: new Map(), ip: new Map() };

/** The name of a yearly or IP fact as the facts format spells it: `years[2025].techStaff`. Remembered: every read records it. */
export function factName(source: Source, year: number, field: string): string {
  let byYear = factNames[source].get(field);
  if (byYear === undefined) {
    byYear = new Map();
    factNames[source].set(field, byYear);
  }
  let name = byYear.get(year);
  if (name === undefined) {
    name = `${source === 'years' ? 'years' : 'intellectualProperty'}[${year}].${field}`;
    byYear.set(year, name);
  }
  return name;
}

/** The years of a window [Y−from, Y−to] that the enterprise was operating in. */
export function windowYears(context: EvaluationContext, from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = context.fiscalYear - from; year <= context.fiscalYear - to; year += 1) {
    if (context.foundedYear === undefined || year >= context.foundedYear) years.push(year);
  }
  return years;
}

export function readYearField(context: EvaluationContext, source: Source, year: number, field: string, inputs: FactInputs, missing: string[]): Rational | undefined {
  if (source === 'years' && field === 'netAssetsFen') {
    const assets = readYearField(context, 'years', year, 'totalAssetsFen', inputs, missing);
    const liabilities = readYearField(context, 'years', year, 'totalLiabilitiesFen', inputs, missing);
    return assets && liabilities ? assets.sub(liabilities) : undefined;
  }
  const record: Record<string, unknown> | undefined = source === 'years' ? context.yearsByYear.get(year) : context.ipByYear.get(year);
  const raw = record?.[field];
  const name = factName(source, year, field);
  if (typeof raw !== 'number') {
    inputs[name] = null;
    missing.push(name);
    return undefined;
  }
  inputs[name] = raw;
  const shared = raw >= 0 && raw < smallIntegers.length ? smallIntegers[raw] : undefined;
  return shared ?? Rational.of(BigInt(raw));
}

/** Counts of persons and items are mostly small: one shared (immutable) value each instead of a new one per read. */
const smallIntegers: Rational[] = Array.from({ length: 1024 }, (_, value) => Rational.of(BigInt(value)));

/** Fields that can be negative: a partial sum of them says nothing about the whole. */
const signedFields = new Set(['netProfitFen', 'netAssetsFen']);

interface TermValue {
  value: Rational | undefined;
  /** The sum of the facts that are present, when every value is non-negative: the whole is at least this. */
  atLeast: Rational | undefined;
}

function resolveTerm(term: MeasureTerm, context: EvaluationContext, inputs: FactInputs, missing: string[]): TermValue {
  switch (term.type) {
    case 'single': {
      const value = readYearField(context, term.source, context.fiscalYear - term.offset, term.field, inputs, missing);
      return { value, atLeast: signedFields.has(term.field) ? value : (value ?? Rational.zero) };
    }
    case 'sum':
    case 'avg': {
      const years = windowYears(context, term.from, term.to);
      let total = Rational.zero;
      let isComplete = true;
      for (const year of years) {
        const value = readYearField(context, term.source, year, term.field, inputs, missing);
        if (value === undefined) isComplete = false;
        else total = total.add(value);
      }
      const atLeast = term.type === 'sum' && !signedFields.has(term.field) ? total : undefined;
      if (!isComplete) return { value: undefined, atLeast };
      if (term.type === 'sum' || years.length === 0) return { value: total, atLeast: total };
      const average = total.div(Rational.of(BigInt(years.length)));
      return { value: average, atLeast: average };
    }
    case 'special': {
      const value = resolveSpecial(term.name, context, inputs, missing);
      return { value, atLeast: value };
    }
  }
}

function resolveSpecial(name: SpecialMeasure, context: EvaluationContext, inputs: FactInputs, missing: string[]): Rational | undefined {
  switch (name) {
    case 'enterprise.ageDays': {
      const foundedOn = context.facts.foundedOn;
      inputs.foundedOn = foundedOn ?? null;
      inputs.asOf = context.asOf;
      if (foundedOn === undefined) {
        missing.push('foundedOn');
        return undefined;
      }
      return Rational.of(BigInt(daysBetween(foundedOn, context.asOf)));
    }
    case 'market.yearsInNicheMarket': {
      const since = context.facts.market?.nicheMarketSince;
      inputs['market.nicheMarketSince'] = since ?? null;
      if (since === undefined) {
        missing.push('market.nicheMarketSince');
        return undefined;
      }
      return Rational.of(BigInt(wholeYearsBefore(since, `${context.fiscalYear + 1}-01-01`)));
    }
    case 'market.srdiDevelopmentScore': {
      const score = context.facts.market?.srdiDevelopmentScore;
      inputs['market.srdiDevelopmentScore'] = score ?? null;
      if (score === undefined) {
        missing.push('market.srdiDevelopmentScore');
        return undefined;
      }
      return Rational.parseDecimal(String(score));
    }
  }
}

export function resolveMeasure(measure: ParsedMeasure, context: EvaluationContext): Resolved {
  const inputs: FactInputs = {};
  const missing: string[] = [];
  let total: Rational | undefined = Rational.zero;
  let atLeast: Rational | undefined = Rational.zero;
  for (const term of measure.terms) {
    const resolved = resolveTerm(term, context, inputs, missing);
    total = resolved.value === undefined || total === undefined ? undefined : total.add(resolved.value);
    atLeast = resolved.atLeast === undefined || atLeast === undefined ? undefined : atLeast.add(resolved.atLeast);
  }
  return { value: missing.length > 0 ? undefined : total, atLeast, missing, inputs };
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

let lastDayAfter: { from: string; next: string } | undefined;

/** `from` plus `days` calendar days, as YYYY-MM-DD. */
export function addDays(from: string, days: number): string {
  // A city run asks for the day after the same assessment date for every enterprise.
  if (days === 1 && lastDayAfter?.from === from) return lastDayAfter.next;
  const result = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  if (days === 1) lastDayAfter = { from, next: result };
  return result;
}

/** Whole years from `since` until the day before `endExclusive` (anniversaries reached). */
export function wholeYearsBefore(since: string, endExclusive: string): number {
  const years = Number(endExclusive.slice(0, 4)) - Number(since.slice(0, 4));
  return endExclusive.slice(5) < since.slice(5) ? years - 1 : years;
}
