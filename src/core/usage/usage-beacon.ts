// The body the browser script sends to POST /api/v1/gebruik: the
// walk events of a few steps of one tree version. Parsed strictly — an unknown
// field (an IP address, an answer, a date, a note) refuses the whole body —
// and checked against the published tree, so only its question and outcome
// ids can ever be counted. Walk starts and print/download events are counted
// by the server from its own requests, so the beacon may not send them.

import { z } from 'zod';
import type { Problem } from '../problem.ts';
import { readableIssues } from '../tree/readable-issues.ts';
import type { Tree } from '../tree/tree.ts';
import { idSchema } from '../tree/tree.ts';
import type { UsageEvent } from './usage-event.ts';
import { orgTypes } from './usage-org.ts';

/** Enough for a long walk; a batch is sent at the latest when the page is left. */
export const maxBeaconEvents = 100;

const nodeEvent = z.strictObject({
  kind: z.enum(['question-shown', 'question-answered']),
  node: idSchema,
});
const outcomeEvent = z.strictObject({ kind: z.literal('outcome-reached'), outcome: idSchema });

export const usageBeaconSchema = z.strictObject({
  tree: idSchema,
  version: z.number().int().min(1).max(999_999),
  org: z.enum(orgTypes).optional(),
  events: z
    .array(z.union([nodeEvent, outcomeEvent]))
    .min(1)
    .max(maxBeaconEvents),
});
export type UsageBeacon = z.infer<typeof usageBeaconSchema>;

export type BeaconProblem = Problem;

/** A strict parse with Dutch messages, one per problem. */
export function parseUsageBeacon(body: unknown): UsageBeacon | BeaconProblem[] {
  const parsed = usageBeaconSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => {
    const path = issue.path.join('.') || '(body)';
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        code: 'unknown-field',
        message: `Onbekend veld ${issue.keys.map((key) => `"${key}"`).join(', ')}. Stuur alleen tree, version, org en events; per gebeurtenis alleen kind en node of outcome.`,
      };
    }
    if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
      return {
        path,
        code: 'unknown-event',
        message:
          'Dit is geen gebeurtenis die we tellen. Gebruik question-shown of question-answered (met node) of outcome-reached (met outcome), en een bekende organisatiesoort.',
      };
    }
    // readableIssues names the field and what it should be, in words.
    const message = readableIssues([issue], body)[0]?.message.replace(
      'in het bestand',
      'in de inhoud',
    );
    return { path, code: issue.code, message: message ?? `Het veld "${path}" klopt niet.` };
  });
}

/** The beacon's events as usage events of this tree version, or what it names that the tree does not have. */
export function beaconEvents(
  beacon: UsageBeacon,
  tree: Tree,
  version: number,
): { events: UsageEvent[] } | { problems: BeaconProblem[] } {
  const problems: BeaconProblem[] = [];
  const events = beacon.events.flatMap((event, index): UsageEvent[] => {
    const base = {
      treeId: tree.id,
      treeVersion: version,
      orgType: beacon.org ?? ('' as const),
    };
    if (event.kind === 'outcome-reached') {
      const outcome = tree.outcomes.find((candidate) => candidate.id === event.outcome);
      if (outcome)
        return [{ ...base, kind: event.kind, outcomeId: outcome.id, verdict: outcome.verdict }];
      problems.push({
        path: `events.${index}.outcome`,
        code: 'unknown-outcome',
        message: `"${event.outcome}" is geen uitkomst van versie ${version} van de ${tree.title}.`,
      });
      return [];
    }
    if (tree.nodes.some((node) => node.id === event.node && node.kind !== 'check')) {
      return [{ ...base, kind: event.kind, nodeId: event.node }];
    }
    problems.push({
      path: `events.${index}.node`,
      code: 'unknown-question',
      message: `"${event.node}" is geen vraag in versie ${version} van de ${tree.title}.`,
    });
    return [];
  });
  return problems.length > 0 ? { problems } : { events: oncePerBeacon(events) };
}

/**
 * Review D15: one beacon carried 100 identical outcome-reached events. A walk
 * shows and answers each question once and ends in one outcome, so a beacon
 * counts each question event once and at most one outcome: a forged beacon
 * moves the dashboard by no more than one real walk could.
 */
function oncePerBeacon(events: UsageEvent[]): UsageEvent[] {
  const seen = new Set<string>();
  let outcomeCounted = false;
  return events.filter((event) => {
    if (event.kind === 'outcome-reached') {
      if (outcomeCounted) return false;
      outcomeCounted = true;
      return true;
    }
    const key = `${event.kind} ${'nodeId' in event ? event.nodeId : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
