// Tables of the evaluation questionnaire: form versions (never
// changed once saved), rounds, and the responses of a round.
import type { Generated } from 'kysely';

export interface EvaluationFormTable {
  id: Generated<number>;
  /** The form definition as JSON (parts, statements); see core/evaluation/evaluation-form.ts. */
  definition: string;
  created_at: string;
  created_by: string | null;
}

export interface EvaluationRoundTable {
  id: Generated<number>;
  title: string;
  /** The unguessable part of the public link /evaluatie/:slug. */
  slug: string;
  form_id: number;
  /** Plain dates (YYYY-MM-DD, Amsterdam), inclusive. */
  opens_on: string;
  closes_on: string;
  /** Set when a beheerder closes the round early. */
  closed_at: string | null;
  /** 1 when statements may be left open, 0 when every statement needs an answer. */
  open_answers_allowed: Generated<number>;
  created_at: string;
  created_by: string | null;
}

export interface EvaluationResponseTable {
  id: Generated<number>;
  round_id: number;
  /** Unique per round: a double submit stores one response. */
  idempotency_key: string;
  /** The day it was filled in (YYYY-MM-DD, Amsterdam); no time of day. */
  submitted_on: string;
  respondent_name: string | null;
  respondent_function: string | null;
  /** Scores, toelichtingen and advice texts as JSON. */
  answers: string;
  /** The versions in force that day per tree id (and `gedeeld`) as JSON; NULL before this was kept. */
  rules_versions: string | null;
}

export interface EvaluationTables {
  evaluation_forms: EvaluationFormTable;
  evaluation_rounds: EvaluationRoundTable;
  evaluation_responses: EvaluationResponseTable;
}
