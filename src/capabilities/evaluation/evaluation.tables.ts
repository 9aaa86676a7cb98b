import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { EvaluationResult } from './evaluation-result.ts';
import type { GapAnalysis } from './analyse-gaps.ts';

/**
 * 评价结果: the latest result of each enterprise under each rule set, with the rule set's version and
 * the assessment date. `result_hash` covers everything but the date, so re-running on unchanged
 * facts finds the same hash and writes nothing.
 */
export const evaluationResults = pgTable(
  'evaluation_results',
  {
    enterpriseId: text('enterprise_id').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ruleSetFamily: text('rule_set_family').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The enterprise's district and industry when evaluated: the peer groups of its percentiles. */
    districtCode: text('district_code'),
    industryCode: text('industry_code'),
    fiscalYear: integer('fiscal_year').notNull(),
    /** pass | fail | manual_review */
    status: text('status').notNull(),
    /** The total's lower and upper bound (equal when every item is exact); null for rule sets without a score. */
    totalLow: doublePrecision('total_low'),
    totalHigh: doublePrecision('total_high'),
    grade: text('grade'),
    result: jsonb('result').$type<EvaluationResult>().notNull(),
    gaps: jsonb('gaps').$type<GapAnalysis>(),
    resultHash: text('result_hash').notNull(),
    /** Hash of what the result was computed from (rule-set version, the facts with their as-of date): equal inputs need no evaluation. */
    inputHash: text('input_hash'),
    runId: text('run_id'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.enterpriseId, table.ruleSetId] }), index('evaluation_results_family_idx').on(table.ruleSetFamily, table.status), index('evaluation_results_district_idx').on(table.ruleSetFamily, table.districtCode, table.totalLow)],
);

/** 批量评价: one re-evaluation of the registry, with its progress for a page or a terminal. */
export const evaluationRuns = pgTable('evaluation_runs', {
  id: text('id').primaryKey(),
  /** queued | running | finished | failed */
  status: text('status').notNull(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  /** schedule | cli | api */
  trigger: text('trigger').notNull(),
  progressDone: integer('progress_done').notNull().default(0),
  progressTotal: integer('progress_total').notNull().default(0),
  resultsWritten: integer('results_written').notNull().default(0),
  proposalsMade: integer('proposals_made').notNull().default(0),
  failure: jsonb('failure').$type<{ code: string; message: { zh: string; en: string } }>(),
  requestedByUserId: text('requested_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
