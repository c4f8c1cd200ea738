// The evaluation form (SPEC §6): an introduction, then parts, each with statements and a free-text
// field for advice, as a zod schema. Statement ids are stable across form
// versions, so rounds with different versions can be compared per statement.
import { z } from 'zod';

export const evaluationLimits = {
  intro: 5000,
  partTitle: 120,
  statementText: 500,
  adviceLabel: 300,
  statementsPerPart: 30,
  parts: 10,
} as const;

export const statementIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'gebruik kleine letters, cijfers en - en begin met een letter');

const text = (max: number) => z.string().trim().min(1, 'de tekst is leeg').max(max);

export const evaluationStatementSchema = z.strictObject({
  id: statementIdSchema,
  text: text(evaluationLimits.statementText),
});

export const evaluationPartSchema = z.strictObject({
  id: statementIdSchema,
  title: text(evaluationLimits.partTitle),
  statements: z.array(evaluationStatementSchema).min(1).max(evaluationLimits.statementsPerPart),
  /** The label of the part's free-text field ("Adviezen/suggesties/punten van kritiek …"). */
  adviceLabel: text(evaluationLimits.adviceLabel),
});

export const evaluationFormSchema = z
  .strictObject({
    /**
     * Markdown shown above the questions (SPEC §6, amended 2026-12-06). Optional
     * because form versions saved before it existed have none, and versions never change.
     */
    intro: z.string().trim().max(evaluationLimits.intro).optional(),
    parts: z.array(evaluationPartSchema).min(1).max(evaluationLimits.parts),
  })
  .superRefine((form, context) => {
    const seen = new Set<string>();
    const ids = [
      ...form.parts.map((part, index) => ({ id: part.id, path: ['parts', index, 'id'] })),
      ...form.parts.flatMap((part, partIndex) =>
        part.statements.map((statement, index) => ({
          id: statement.id,
          path: ['parts', partIndex, 'statements', index, 'id'],
        })),
      ),
    ];
    for (const { id, path } of ids) {
      if (seen.has(id))
        context.addIssue({ code: 'custom', path, message: `id ${id} komt twee keer voor` });
      seen.add(id);
    }
  });

export type EvaluationForm = z.infer<typeof evaluationFormSchema>;
export type EvaluationPart = EvaluationForm['parts'][number];
export type EvaluationStatement = EvaluationPart['statements'][number];

/** A stored definition, trusted after this: a broken one is a bug, so this throws. */
export function parseEvaluationForm(definition: unknown): EvaluationForm {
  return evaluationFormSchema.parse(definition);
}

export function allStatements(form: EvaluationForm): EvaluationStatement[] {
  return form.parts.flatMap((part) => part.statements);
}
