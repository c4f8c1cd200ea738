// The anonymous usage events (SPEC §8). An event says what happened
// in which tree version, never to whom: no answer, no date, no free text, no
// walk id. The day is added by the recorder, which owns the clock.
import type { Step } from '../walk/next-step.ts';
import type { OrgType } from './usage-org.ts';

export const usageKinds = [
  'walk-started',
  'question-shown',
  'question-answered',
  'outcome-reached',
  'advice-printed',
  'advice-downloaded',
  'handout-printed',
  'handout-downloaded',
] as const;
export type UsageKind = (typeof usageKinds)[number];

export interface UsageEvent {
  kind: UsageKind;
  treeId: string;
  treeVersion: number;
  /** '' when the user did not say. */
  orgType: OrgType | '';
  /** The question, for question-shown and question-answered. */
  nodeId?: string;
  /** The outcome and its verdict, for outcome-reached and the take-along kinds. */
  outcomeId?: string;
  verdict?: string;
}

/** What a step of a walk adds, in the words of the beacon (see usage-beacon.ts). */
export type WalkStepEvent =
  | { kind: 'question-shown' | 'question-answered'; node: string }
  | { kind: 'outcome-reached'; outcome: string };

/**
 * The events of one accepted answer: the question answered, then the question
 * or outcome it leads to. Events come from answers given, not from pages seen,
 * so a reload, a back link or a shared link counts nothing, and the server (no
 * JavaScript) and the browser script (which sends them) count the same.
 */
export function stepEvents(submitted: string | undefined, step: Step): WalkStepEvent[] {
  // A refused answer is not on the path.
  if (!submitted || !step.path.some((entry) => entry.node === submitted)) return [];
  return [
    { kind: 'question-answered', node: submitted },
    step.status === 'question'
      ? { kind: 'question-shown', node: step.question.id }
      : { kind: 'outcome-reached', outcome: step.outcome.id },
  ];
}
