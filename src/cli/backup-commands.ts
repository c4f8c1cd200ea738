// woonkansboom export-all [--out <file>] [--with-secrets]: every table of the
// store as one JSON document (stdout by default). Password and API-token
// hashes stay out unless --with-secrets is given; sessions are never included.
// woonkansboom import-all <file>: loads such a document into an empty store.
// With --region <id> both work on that region's own store; the export then
// carries the region's definition (`region`), and an import creates the
// region from it when the install does not have it yet (with the same checks
// as `region create`).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRegionId } from '../core/regions/region.ts';
import { commandLine } from '../services/accounts/account-actor.ts';
import type { RegionService } from '../services/regions.ts';
import { BackupError, backupFormat } from '../store/backup-store.ts';
import type { Store } from '../store/store.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { regionProblemLines } from './region-command.ts';
import { unknownRegionLine, withRegionStore, withRegions } from './with-region-store.ts';
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
  usage: '[--out <file>] [--with-secrets] [--region <id>]',
  summary:
    'Write all data (trees with history, evaluation, usage, figures, users) as JSON; with --region, that region’s.',
  run(args, io) {
    const { values, positionals } = parse({
      args,
      options: {
        out: { type: 'string' },
        'with-secrets': { type: 'boolean' },
        region: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    const regionId = typeof values.region === 'string' ? values.region : undefined;
    return withRegionStore(io, regionId, async (store, regions) => {
      const withSecrets = values['with-secrets'] === true;
      const region = regionId === undefined ? undefined : await regions.get(regionId);
      const backup = {
        ...(await store.exportAll({ withSecrets })),
        ...(region ? { region } : {}),
      };
      await store.audit({
        actor: null,
        action: 'exported-all',
        subject: regionId ?? null,
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

/** The region a backup was exported from, as written in it. */
function backupRegion(backup: unknown): unknown {
  return backup && typeof backup === 'object' && 'region' in backup ? backup.region : undefined;
}

function regionIdOf(definition: unknown): unknown {
  return definition && typeof definition === 'object' && 'id' in definition
    ? definition.id
    : undefined;
}

/**
 * Makes sure the region exists before its store is filled: created from the
 * backup's definition (with the same checks as `region create`) when the
 * install does not have it. The exit code when it cannot, else undefined.
 */
async function ensureRegion(
  regions: RegionService,
  io: CliIo,
  regionId: string,
  backup: unknown,
  file: string,
): Promise<number | undefined> {
  if (regionId === defaultRegionId || (await regions.get(regionId))) return undefined;
  const definition = backupRegion(backup);
  if (definition === undefined) {
    io.err(
      `There is no region "${regionId}", and ${file} does not say what it is (no "region"); create it first with "region create".`,
    );
    return 1;
  }
  const format = (backup as { format?: unknown }).format;
  if (format !== backupFormat) {
    io.err(`This is not a Woonkansboom backup (format "${backupFormat}").`);
    return 1;
  }
  const result = await regions.register(definition, commandLine, { importedFrom: file });
  if (result.status === 'invalid') {
    io.err(`Region ${regionId} was not created:`);
    for (const line of regionProblemLines(result.problems)) io.err(line);
    return 1;
  }
  io.err(`Created region ${regionId} (${result.region.name}) from ${file}.`);
  return undefined;
}

export const importAllCommand: Command = {
  name: 'import-all',
  usage: '<file> [--region <id>]',
  summary:
    'Load an export-all file into an empty store; with --region, into that region’s (created from the file when new).',
  run(args, io) {
    const { values, positionals } = parse({
      args,
      options: { region: { type: 'string' } },
      allowPositionals: true,
    });
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
    const regionId = typeof values.region === 'string' ? values.region : undefined;
    const from = regionIdOf(backupRegion(backup));
    if (regionId !== undefined && from !== undefined && from !== regionId) {
      io.err(`${file} is an export of region "${String(from)}", not of "${regionId}".`);
      return 1;
    }
    const load = async (store: Store) => {
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
    };
    if (regionId === undefined) return withStore(io, load);
    return withRegions(io, async (regions) => {
      const refused = await ensureRegion(regions, io, regionId, backup, file);
      if (refused !== undefined) return refused;
      const opened = await regions.openStore(regionId);
      if (!opened) {
        io.err(unknownRegionLine(regionId));
        return 1;
      }
      try {
        return await load(opened.store);
      } finally {
        if (opened.own) await opened.store.close();
      }
    });
  },
};
