// Which rules were in force when an evaluation response came in: the version
// of each tree and of the shared rules on the day of the response, as JSON
// text (`{"hulpverlening":3,"corporaties":2,"gedeeld":1}`), so results can be
// read per set of rules. Responses from before this migration keep NULL: the
// versions they saw are not known.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evaluation_responses').addColumn('rules_versions', 'text').execute();
}
