// woonkansboom migrate: apply pending migrations (the server also does this at start).
import { storeLocation } from '../store/open-store.ts';
import { type Command, UsageError } from './command.ts';
import { cliStoreOptions, withStore } from './with-store.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: '',
  summary: 'Apply pending database migrations (DATABASE_URL, else DATA_DIR).',
  run(args, io) {
    if (args.length > 0) throw new UsageError(`Unexpected argument "${args[0]}".`);
    let applied: string[] = [];
    return withStore(
      io,
      async () => {
        io.out(`Store: ${storeLocation(cliStoreOptions(io))}`);
        for (const name of applied) io.out(`Applied migration ${name}`);
        io.out(
          applied.length > 0 ? `${applied.length} migration(s) applied.` : 'Already up to date.',
        );
        return 0;
      },
      {
        onMigrated: (names) => {
          applied = names;
        },
      },
    );
  },
};
