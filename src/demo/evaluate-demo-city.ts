import { decideTierProposal } from '../capabilities/cultivation/decide-tier-proposal.ts';
import { listTierProposals } from '../capabilities/cultivation/list-tier-proposals.ts';
import { proposeTierChanges } from '../capabilities/cultivation/propose-tier-changes.ts';
import { listEvaluationRuns } from '../capabilities/evaluation/get-evaluation-run.ts';
import { driveEvaluationRun } from '../capabilities/evaluation/run-evaluation.ts';
import { startEvaluationRun } from '../capabilities/evaluation/start-evaluation-run.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { newId } from '../platform/ids.ts';
import type { RunUseCase } from '../platform/use-case.ts';

export interface DemoEvaluationOutcome {
  isSkipped: boolean;
  evaluated: number;
  proposals: number;
  approved: number;
}

/**
 * The demo city's first re-evaluation, through the same run an officer starts, then the demo
 * 科技局 decides every second proposal so that the 培育库 has members and a queue still waits.
 * Skipped when the city has been evaluated before.
 */
export async function evaluateDemoCity(run: RunUseCase, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<DemoEvaluationOutcome> {
  const call = () => ({ actor: systemActor('demo'), requestId: newId('demo') });
  if ((await run(listEvaluationRuns, { limit: 1 }, call())).length > 0) return { isSkipped: true, evaluated: 0, proposals: 0, approved: 0 };
  const started = await run(startEvaluationRun, { trigger: 'cli', execution: 'caller' }, call());
  await driveEvaluationRun(run, call(), started.id, { afterBatch: proposeTierChanges, onProgress: options.onProgress });
  const pendingIds: string[] = [];
  for (let page = 1; ; page += 1) {
    const pending = await run(listTierProposals, { status: 'pending', page, pageSize: 200 }, call());
    pendingIds.push(...pending.items.map((proposal) => proposal.id));
    if (pending.items.length < 200) break;
  }
  const toApprove = pendingIds.filter((_id, index) => index % 2 === 0);
  for (const proposalId of toApprove) await run(decideTierProposal, { proposalId, decision: 'approve' }, call());
  const proposals = pendingIds.length;
  const approved = toApprove.length;
  return { isSkipped: false, evaluated: started.progressTotal, proposals, approved };
}
