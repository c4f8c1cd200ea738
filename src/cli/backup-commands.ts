// woonkansboom export-all [--out <file>] [--with-secrets]: every table of the
// store as one JSON document (stdout by default). Password and API-token
// hashes stay out unless --with-secrets is given; sessions are never included.
// woonkansboom import-all <file>: loads such a document into an empty store.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError } from '../store/backup-store.ts';
import { type Command, UsageError } from './command.ts';
import { withStore } from './with-store.ts';

function parse<T extends Parameters<typeof parseArgs>[0]>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const exportAllCommand: Command = {
  name: 'export-all',
  usage: '[--out <file>] [--with-secrets]',
  summary: 'Write all data (trees with history, evaluation, usage, figures, users) as JSON.',
  run(args, io) {
    const { values, positionals } = parse({
      args,
      options: { out: { type: 'string' }, 'with-secrets': { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    return withStore(io, async (store) => {
      const withSecrets = values['with-secrets'] === true;
      const backup = await store.exportAll({ withSecrets });
      await store.audit({
        actor: null,
        action: 'exported-all',
        subject: null,
        detail: { withSecrets, via: 'cli' },
      });
      const json = `${JSON.stringify(backup)}\n`;
      if (typeof values.out === 'string') {
        writeFileSync(resolve(io.cwd, values.out), json, { mode: 0o600 });
        const rows = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
        io.err(`Exported ${rows} rows to ${values.out}${withSecrets ? ' (with secrets)' : ''}.`);
      } else {
        io.out(json.trimEnd());
      }
      return 0;
    });
  },
};

export const importAllCommand: Command = {
  name: 'import-all',
  usage: '<file>',
  summary: 'Load an export-all file into an empty store.',
  run(args, io) {
    const { positionals } = parse({ args, options: {}, allowPositionals: true });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('Missing the file to import.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
    let backup: unknown;
    try {
      backup = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      io.err(`Cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    return withStore(io, async (store) => {
      try {
        const counts = await store.importAll(backup);
        await store.audit({ actor: null, action: 'imported-all', subject: file, detail: counts });
        for (const [table, count] of Object.entries(counts)) io.out(`${table}: ${count}`);
        return 0;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        io.err(error.message);
        return 1;
      }
    });
  },
};
