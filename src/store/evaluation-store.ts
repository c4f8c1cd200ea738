// The evaluation questionnaire: form versions (append-only), rounds
// and their responses. Definitions and answers are stored as JSON text and
// returned parsed but unchecked: the caller validates them with the core schemas.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';
import type {
  EvaluationFormTable,
  EvaluationResponseTable,
  EvaluationRoundTable,
} from './evaluation-tables.ts';
import type { StoreDialect } from './store-dialect.ts';

export interface EvaluationFormRecord {
  /** The form version: numbered by the database, newest highest. */
  id: number;
  definition: unknown;
  createdAt: string;
  createdBy: string | null;
}

export interface NewEvaluationRound {
  title: string;
  slug: string;
  formId: number;
  opensOn: string;
  closesOn: string;
  /**
   * May statements be left open? Fixed when the round is made; new rounds
   * allow it unless told otherwise (SPEC §6, amended 2026-12-06).
   */
  openAnswersAllowed?: boolean;
  createdBy: string | null;
}

export interface EvaluationRoundRecord extends NewEvaluationRound {
  openAnswersAllowed: boolean;
  id: number;
  closedAt: string | null;
  createdAt: string;
  /** Number of stored responses. */
  responses: number;
}

export interface NewEvaluationResponse {
  roundId: number;
  idempotencyKey: string;
  /** The day only (YYYY-MM-DD, Amsterdam): never a time or an address. */
  submittedOn: string;
  name: string | null;
  function: string | null;
  answers: unknown;
  /**
   * The version of each tree (and of the shared rules, `gedeeld`) in force on
   * the day of the response; null when not known (responses from before it was kept).
   */
  rulesVersions?: RulesVersions | null;
}

/** Tree id (or `gedeeld`) → version number. */
export type RulesVersions = Record<string, number>;

/** The stored JSON back as versions; null for NULL or anything that is not such a map. */
function parseRulesVersions(text: string | null): RulesVersions | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    return entries.every(([, version]) => Number.isInteger(version))
      ? (Object.fromEntries(entries) as RulesVersions)
      : null;
  } catch {
    return null;
  }
}

export interface EvaluationResponseRecord
  extends Omit<NewEvaluationResponse, 'idempotencyKey' | 'rulesVersions'> {
  id: number;
  rulesVersions: RulesVersions | null;
}

export interface EvaluationMethods {
  /** The newest form version, or undefined while the default form was never stored. */
  latestEvaluationForm(): Promise<EvaluationFormRecord | undefined>;
  evaluationForm(id: number): Promise<EvaluationFormRecord | undefined>;
  /** Adds a form version; versions are never changed. */
  saveEvaluationForm(definition: unknown, actor: string | null): Promise<EvaluationFormRecord>;
  createEvaluationRound(round: NewEvaluationRound): Promise<EvaluationRoundRecord>;
  /** Newest first (by first day, then by id). */
  evaluationRounds(): Promise<EvaluationRoundRecord[]>;
  evaluationRound(id: number): Promise<EvaluationRoundRecord | undefined>;
  evaluationRoundBySlug(slug: string): Promise<EvaluationRoundRecord | undefined>;
  /** Changes title and dates; the form of a round and whether it allows open answers never change. */
  updateEvaluationRound(
    id: number,
    change: Partial<Pick<NewEvaluationRound, 'title' | 'opensOn' | 'closesOn'>>,
  ): Promise<void>;
  /** Closes a round early; closing again keeps the first time. */
  closeEvaluationRound(id: number): Promise<void>;
  /**
   * Stores a response once the insert committed; a second response with the
   * same round and key is not stored and answers 'duplicate'.
   */
  addEvaluationResponse(response: NewEvaluationResponse): Promise<'stored' | 'duplicate'>;
  hasEvaluationResponse(roundId: number, idempotencyKey: string): Promise<boolean>;
  /** In the order they came in. */
  evaluationResponses(roundId: number): Promise<EvaluationResponseRecord[]>;
}

function toForm(row: Selectable<EvaluationFormTable>): EvaluationFormRecord {
  return {
    id: row.id,
    definition: JSON.parse(row.definition),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function toRound(row: Selectable<EvaluationRoundTable> & { responses: number | string | bigint }) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    formId: row.form_id,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    closedAt: row.closed_at,
    openAnswersAllowed: Number(row.open_answers_allowed) === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    responses: Number(row.responses),
  } satisfies EvaluationRoundRecord;
}

function toResponse(row: Selectable<EvaluationResponseTable>): EvaluationResponseRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    submittedOn: row.submitted_on,
    name: row.respondent_name,
    function: row.respondent_function,
    answers: JSON.parse(row.answers),
    rulesVersions: parseRulesVersions(row.rules_versions),
  };
}

export function evaluationStore(db: Kysely<Database>, _dialect: StoreDialect): EvaluationMethods {
  const rounds = () =>
    db
      .selectFrom('evaluation_rounds')
      .selectAll('evaluation_rounds')
      .select((eb) =>
        eb
          .selectFrom('evaluation_responses')
          .whereRef('evaluation_responses.round_id', '=', 'evaluation_rounds.id')
          .select(eb.fn.countAll<number>().as('count'))
          .as('responses'),
      );
  const oneRound = async (query: ReturnType<typeof rounds>) => {
    const row = await query.executeTakeFirst();
    return row && toRound({ ...row, responses: row.responses ?? 0 });
  };

  return {
    async latestEvaluationForm() {
      const row = await db
        .selectFrom('evaluation_forms')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toForm(row);
    },

    async evaluationForm(id) {
      const row = await db
        .selectFrom('evaluation_forms')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toForm(row);
    },

    async saveEvaluationForm(definition, actor) {
      const row = await db
        .insertInto('evaluation_forms')
        .values({
          definition: JSON.stringify(definition),
          created_at: new Date().toISOString(),
          created_by: actor,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toForm(row);
    },

    async createEvaluationRound(round) {
      const row = await db
        .insertInto('evaluation_rounds')
        .values({
          title: round.title,
          slug: round.slug,
          form_id: round.formId,
          opens_on: round.opensOn,
          closes_on: round.closesOn,
          closed_at: null,
          open_answers_allowed: round.openAnswersAllowed === false ? 0 : 1,
          created_at: new Date().toISOString(),
          created_by: round.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRound({ ...row, responses: 0 });
    },

    async evaluationRounds() {
      const rows = await rounds().orderBy('opens_on', 'desc').orderBy('id', 'desc').execute();
      return rows.map((row) => toRound({ ...row, responses: row.responses ?? 0 }));
    },

    evaluationRound: (id) => oneRound(rounds().where('id', '=', id)),

    evaluationRoundBySlug: (slug) => oneRound(rounds().where('slug', '=', slug)),

    async updateEvaluationRound(id, change) {
      const values: Partial<Selectable<EvaluationRoundTable>> = {};
      if (change.title !== undefined) values.title = change.title;
      if (change.opensOn !== undefined) values.opens_on = change.opensOn;
      if (change.closesOn !== undefined) values.closes_on = change.closesOn;
      if (Object.keys(values).length === 0) return;
      await db.updateTable('evaluation_rounds').set(values).where('id', '=', id).execute();
    },

    async closeEvaluationRound(id) {
      await db
        .updateTable('evaluation_rounds')
        .set({ closed_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('closed_at', 'is', null)
        .execute();
    },

    async addEvaluationResponse(response) {
      // One statement, committed before it returns: no read-then-write race.
      const row = await db
        .insertInto('evaluation_responses')
        .values({
          round_id: response.roundId,
          idempotency_key: response.idempotencyKey,
          submitted_on: response.submittedOn,
          respondent_name: response.name,
          respondent_function: response.function,
          answers: JSON.stringify(response.answers),
          rules_versions: response.rulesVersions ? JSON.stringify(response.rulesVersions) : null,
        })
        .onConflict((conflict) => conflict.columns(['round_id', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row ? 'stored' : 'duplicate';
    },

    async hasEvaluationResponse(roundId, idempotencyKey) {
      const row = await db
        .selectFrom('evaluation_responses')
        .select('id')
        .where('round_id', '=', roundId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return row !== undefined;
    },

    async evaluationResponses(roundId) {
      const rows = await db
        .selectFrom('evaluation_responses')
        .selectAll()
        .where('round_id', '=', roundId)
        .orderBy('id')
        .execute();
      return rows.map(toResponse);
    },
  };
}
