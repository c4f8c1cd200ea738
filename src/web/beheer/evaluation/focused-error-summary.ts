// The error summary of views/error-summary.ts, focused when the page loads
// (`autofocus`), as GOV.UK and the NL Design System advise, without JavaScript.
import type { EvaluationProblem } from '../../../core/evaluation/evaluation-problem.ts';
import { errorSummary } from '../../../views/error-summary.ts';
import { raw, type SafeHtml } from '../../../views/html.ts';

/** `fieldIds` maps a problem's field to the id of the input to jump to (default: the same). */
export function focusedErrorSummary(
  problems: readonly EvaluationProblem[],
  fieldIds: (field: string) => string = (field) => field,
): SafeHtml | '' {
  const summary = errorSummary(
    problems.map((problem) => ({ href: `#${fieldIds(problem.path)}`, message: problem.message })),
  );
  return summary === ''
    ? ''
    : raw(summary.value.replace(' tabindex="-1"', ' tabindex="-1" autofocus'));
}

/** Problems by field, for the messages beside the inputs. */
export function problemsByField(problems: readonly EvaluationProblem[]): Record<string, string> {
  return Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
}
