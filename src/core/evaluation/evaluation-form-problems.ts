// What a beheerder must fix before an edited form can be saved, per field,
// in Dutch. The editor maps each path (`parts.0.statements.2.text`) to its input.
import { type EvaluationForm, evaluationFormSchema, evaluationLimits } from './evaluation-form.ts';
import type { EvaluationProblem } from './evaluation-problem.ts';

function lengthProblem(
  path: string,
  value: string,
  max: number,
  what: string,
): EvaluationProblem | undefined {
  if (value.trim() === '') return { path, code: 'required', message: `Vul ${what} in.` };
  if (value.trim().length > max) {
    return {
      path,
      code: 'too-long',
      message: `${what[0]?.toUpperCase()}${what.slice(1)} is te lang: hoogstens ${max} tekens (nu ${value.trim().length}).`,
    };
  }
  return undefined;
}

/** Every problem of an edited form; none means `evaluationFormSchema` accepts it. */
export function evaluationFormProblems(form: EvaluationForm): EvaluationProblem[] {
  const problems: (EvaluationProblem | undefined)[] = [];
  const intro = form.intro?.trim() ?? '';
  if (intro.length > evaluationLimits.intro) {
    problems.push({
      path: 'intro',
      code: 'too-long',
      message: `De inleiding is te lang: hoogstens ${evaluationLimits.intro} tekens (nu ${intro.length}).`,
    });
  }
  form.parts.forEach((part, p) => {
    const name = part.title.trim() || `deel ${p + 1}`;
    problems.push(
      lengthProblem(
        `parts.${p}.title`,
        part.title,
        evaluationLimits.partTitle,
        `de titel van deel ${p + 1}`,
      ),
    );
    if (part.statements.length === 0) {
      problems.push({
        path: `parts.${p}.statements`,
        code: 'required',
        message: `‘${name}’ heeft geen stellingen meer. Houd minstens één stelling over.`,
      });
    } else if (part.statements.length > evaluationLimits.statementsPerPart) {
      problems.push({
        path: `parts.${p}.statements`,
        code: 'too-long',
        message: `‘${name}’ heeft te veel stellingen: hoogstens ${evaluationLimits.statementsPerPart}.`,
      });
    }
    part.statements.forEach((statement, s) => {
      problems.push(
        lengthProblem(
          `parts.${p}.statements.${s}.text`,
          statement.text,
          evaluationLimits.statementText,
          `de tekst van stelling ${s + 1} bij ‘${name}’`,
        ),
      );
    });
    problems.push(
      lengthProblem(
        `parts.${p}.adviceLabel`,
        part.adviceLabel,
        evaluationLimits.adviceLabel,
        `de vraag voor adviezen bij ‘${name}’`,
      ),
    );
  });
  const found = problems.filter((problem) => problem !== undefined);
  // Anything the friendly checks above miss (ids) is a bug in the editor, not the beheerder's.
  if (found.length === 0 && !evaluationFormSchema.safeParse(form).success) {
    found.push({
      path: 'parts',
      code: 'invalid',
      message: 'Het formulier klopt niet. Laad de pagina opnieuw.',
    });
  }
  return found;
}
