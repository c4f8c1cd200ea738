// The form editor's fields ⇄ an evaluation form. The state keeps exactly what
// was typed (texts, places, "verwijderen"), so a refused save shows it again;
// `formOfState` applies removals, order and the new statements, and names the
// input of every problem. New statements get a random id that never changes.
import { randomBytes } from 'node:crypto';
import type { EvaluationForm } from '../../../core/evaluation/evaluation-form.ts';
import { evaluationLimits } from '../../../core/evaluation/evaluation-form.ts';
import { evaluationFormProblems } from '../../../core/evaluation/evaluation-form-problems.ts';
import type { EvaluationProblem } from '../../../core/evaluation/evaluation-problem.ts';

export interface StatementState {
  id: string;
  text: string;
  place: string;
  remove: boolean;
}

export interface PartState {
  id: string;
  title: string;
  adviceLabel: string;
  statements: StatementState[];
  newText: string;
}

export interface EditorState {
  /** The form version the edit started from; '' for the default form. */
  basis: string;
  /** The introduction (Markdown) as typed; empty means none. */
  intro: string;
  parts: PartState[];
}

export const editorFields = {
  basis: 'basis',
  intro: 'inleiding',
  partId: (p: number) => `deel-${p}-id`,
  title: (p: number) => `deel-${p}-titel`,
  advice: (p: number) => `deel-${p}-advies`,
  newText: (p: number) => `deel-${p}-nieuw`,
  statementId: (p: number, s: number) => `deel-${p}-stelling-${s}-id`,
  text: (p: number, s: number) => `deel-${p}-stelling-${s}-tekst`,
  place: (p: number, s: number) => `deel-${p}-stelling-${s}-plaats`,
  remove: (p: number, s: number) => `deel-${p}-stelling-${s}-weg`,
};

export function stateOfForm(form: EvaluationForm, basis: string): EditorState {
  return {
    basis,
    intro: form.intro ?? '',
    parts: form.parts.map((part) => ({
      id: part.id,
      title: part.title,
      adviceLabel: part.adviceLabel,
      newText: '',
      statements: part.statements.map((statement, index) => ({
        id: statement.id,
        text: statement.text,
        place: String(index + 1),
        remove: false,
      })),
    })),
  };
}

/** Reads the posted fields; parts and statements are numbered from 0 without gaps. */
export function stateOfFields(fields: Readonly<Record<string, string>>): EditorState {
  const parts: PartState[] = [];
  for (let p = 0; p < evaluationLimits.parts && fields[editorFields.partId(p)] !== undefined; p++) {
    const statements: StatementState[] = [];
    for (
      let s = 0;
      s < evaluationLimits.statementsPerPart &&
      fields[editorFields.statementId(p, s)] !== undefined;
      s++
    ) {
      statements.push({
        id: fields[editorFields.statementId(p, s)] ?? '',
        text: fields[editorFields.text(p, s)] ?? '',
        place: fields[editorFields.place(p, s)] ?? '',
        remove: fields[editorFields.remove(p, s)] !== undefined,
      });
    }
    parts.push({
      id: fields[editorFields.partId(p)] ?? '',
      title: fields[editorFields.title(p)] ?? '',
      adviceLabel: fields[editorFields.advice(p)] ?? '',
      newText: fields[editorFields.newText(p)] ?? '',
      statements,
    });
  }
  return {
    basis: fields[editorFields.basis] ?? '',
    intro: fields[editorFields.intro] ?? '',
    parts,
  };
}

function newStatementId(taken: Set<string>): string {
  for (;;) {
    const id = `s-${randomBytes(4).toString('hex')}`;
    if (!taken.has(id)) return id;
  }
}

export type FormOfState =
  | { ok: true; form: EvaluationForm }
  | { ok: false; problems: EvaluationProblem[] };

export function formOfState(state: EditorState): FormOfState {
  const problems: EvaluationProblem[] = [];
  const taken = new Set(
    state.parts.flatMap((part) => part.statements.map((statement) => statement.id)),
  );
  /** Per part, the input each statement of the result came from. */
  const sources: string[][] = [];
  const intro = state.intro.replace(/\r\n?/g, '\n').trim();
  const form: EvaluationForm = {
    ...(intro === '' ? {} : { intro }),
    parts: state.parts.map((part, p) => {
      const kept = part.statements
        .map((statement, s) => ({ statement, s, place: Number(statement.place.trim() || s + 1) }))
        .filter(({ statement }) => !statement.remove);
      for (const { s, place } of kept) {
        if (!Number.isFinite(place)) {
          problems.push({
            path: editorFields.place(p, s),
            code: 'invalid',
            message: `Vul bij stelling ${s + 1} van deel ${p + 1} een getal in als plaats, bijvoorbeeld 3.`,
          });
        }
      }
      kept.sort((x, y) => x.place - y.place || x.s - y.s);
      const statements = kept.map(({ statement }) => ({
        id: statement.id,
        text: statement.text.trim(),
      }));
      const fields = kept.map(({ s }) => editorFields.text(p, s));
      if (part.newText.trim() !== '') {
        const id = newStatementId(taken);
        taken.add(id);
        statements.push({ id, text: part.newText.trim() });
        fields.push(editorFields.newText(p));
      }
      sources.push(fields);
      return {
        id: part.id,
        title: part.title.trim(),
        adviceLabel: part.adviceLabel.trim(),
        statements,
      };
    }),
  };
  for (const problem of evaluationFormProblems(form)) {
    if (problem.path === 'intro') {
      problems.push({ ...problem, path: editorFields.intro });
      continue;
    }
    const [, p = '0', what, s = '0'] = problem.path.split('.');
    const part = Number(p);
    const field =
      what === 'title'
        ? editorFields.title(part)
        : what === 'adviceLabel'
          ? editorFields.advice(part)
          : what === 'statements' && problem.path.endsWith('.text')
            ? (sources[part]?.[Number(s)] ?? editorFields.newText(part))
            : editorFields.newText(part);
    problems.push({ ...problem, path: field });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, form };
}
