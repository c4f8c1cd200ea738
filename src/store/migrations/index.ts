// Every migration, in order. A later issue adds its own file and one line here;
// a migration that has run is never edited.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
