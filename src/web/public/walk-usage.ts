// The usage events of the pages the server already serves, so a
// walk without JavaScript is counted too: the start page of a walk, each
// submitted answer (before its redirect), and the take-along pages and PDFs.
// The browser script counts the steps it shows itself; it never sends these.

import { stepEvents, type UsageEvent, type UsageKind } from '../../core/usage/usage-event.ts';
import { isOrgType } from '../../core/usage/usage-org.ts';
import type { Step } from '../../core/walk/next-step.ts';
import type { WalkContext } from '../../views/walk-context.ts';
import type { WalkQuery } from '../../views/walk-url.ts';

function base(ctx: WalkContext) {
  return {
    treeId: ctx.tree.id,
    treeVersion: ctx.version,
    orgType: isOrgType(ctx.org) ? ctx.org : ('' as const),
  };
}

/** Events of a walk page request whose answers were accepted. */
export function walkPageEvents(ctx: WalkContext, query: WalkQuery, step: Step): UsageEvent[] {
  if (ctx.preview) return [];
  const isStart =
    query.submitted === undefined &&
    query.change === undefined &&
    Object.keys(query.answers).length === 0 &&
    step.status === 'question';
  if (isStart) {
    return [
      { ...base(ctx), kind: 'walk-started' },
      { ...base(ctx), kind: 'question-shown', nodeId: step.question.id },
    ];
  }
  return stepEvents(query.submitted, step).map((event) =>
    event.kind === 'outcome-reached'
      ? {
          ...base(ctx),
          kind: event.kind,
          outcomeId: event.outcome,
          ...(step.status === 'outcome' ? { verdict: step.outcome.verdict } : {}),
        }
      : { ...base(ctx), kind: event.kind, nodeId: event.node },
  );
}

/** A take-along page or download of an outcome. */
export function takeAlongEvent(
  kind: Extract<UsageKind, `advice-${string}` | `handout-${string}`>,
  ctx: WalkContext,
  step: Extract<Step, { status: 'outcome' }>,
): UsageEvent {
  return { ...base(ctx), kind, outcomeId: step.outcome.id, verdict: step.outcome.verdict };
}
