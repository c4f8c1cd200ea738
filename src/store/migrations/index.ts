// Every migration, in order. A later issue adds its own file and one line here;
// a migration that has run is never edited.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';
import * as evaluation from './0002-evaluation.ts';
import * as usage from './0003-usage.ts';
import * as figures from './0004-figures.ts';
import * as evaluationOpenAnswers from './0006-evaluation-open-answers.ts';
import * as effectiveDates from './0007-effective-dates.ts';
import * as responseRules from './0008-response-rules.ts';
import * as regions from './0009-regions.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-evaluation': evaluation,
  '0003-usage': usage,
  '0004-figures': figures,
  '0006-evaluation-open-answers': evaluationOpenAnswers,
  '0007-effective-dates': effectiveDates,
  '0008-response-rules': responseRules,
  '0009-regions': regions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
