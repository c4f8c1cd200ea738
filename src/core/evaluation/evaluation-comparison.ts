// Two rounds side by side: per statement (matched by its stable id, so a
// statement whose text was edited still lines up) the shift in the share
// "(helemaal) mee eens" in percentage points and in the mean score.
import type { RoundResults, StatementSummary } from './evaluation-results.ts';

export interface StatementShift {
  id: string;
  /** The text in round b, or in round a when b does not have the statement. */
  text: string;
  partTitle: string;
  a: StatementSummary | undefined;
  b: StatementSummary | undefined;
  /** b minus a, in percentage points; null when either side has no answers. */
  agreeShift: number | null;
  /** b minus a, on the 1–5 scale; null when either side has no answers. */
  meanShift: number | null;
}

function statementsOf(results: RoundResults) {
  return results.parts.flatMap((part) =>
    part.statements.map((statement) => ({ ...statement, partTitle: part.title })),
  );
}

/** In the order of round b's form, then statements only round a had. */
export function compareRounds(a: RoundResults, b: RoundResults): StatementShift[] {
  const inA = new Map(statementsOf(a).map((statement) => [statement.id, statement]));
  const inB = statementsOf(b);
  const ids = new Set(inB.map((statement) => statement.id));
  const onlyA = [...inA.values()].filter((statement) => !ids.has(statement.id));
  return [
    ...inB.map((statement) => ({ b: statement, a: inA.get(statement.id) })),
    ...onlyA.map((statement) => ({ a: statement, b: undefined })),
  ].map(({ a: before, b: after }) => {
    const shown = after ?? before;
    const shift = (pick: (summary: StatementSummary) => number | null, scale: number) => {
      const from = before && pick(before);
      const to = after && pick(after);
      return from === null || from === undefined || to === null || to === undefined
        ? null
        : (to - from) * scale;
    };
    return {
      id: shown?.id ?? '',
      text: shown?.text ?? '',
      partTitle: shown?.partTitle ?? '',
      a: before,
      b: after,
      agreeShift: shift((summary) => summary.agreeShare, 100),
      meanShift: shift((summary) => summary.mean, 1),
    };
  });
}
