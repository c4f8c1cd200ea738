// woonkansboom region create <id> --name <name> [--gemeente <naam>]… [--from <folder>]:
// a new region with a store of its own. With --from, the definition is the
// folder's region.yaml (its id must be <id>; --name overrides its name) and
// the folder's trees and shared rules become drafts there — nothing is
// published. woonkansboom region list: the install's regions. The rules and
// the audit entries are the region service's; its problems stay Dutch.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { defaultRegionId, municipalityList } from '../core/regions/region.ts';
import { commandLine } from '../services/accounts/account-actor.ts';
import type { RegionProblem } from '../services/regions.ts';
import { regionFolderFiles, withLogoFile } from '../services/regions-folder.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { withRegions } from './with-region-store.ts';

/** The service's problems as output lines: where, and the Dutch message. */
export function regionProblemLines(problems: readonly RegionProblem[]): string[] {
  return problems.map((problem) => `  error   ${problem.path || '(region)'}: ${problem.message}`);
}

const createOptions = {
  name: { type: 'string' },
  gemeente: { type: 'string', multiple: true },
  from: { type: 'string' },
} as const;

interface CreateArgs {
  id: string;
  name: string | undefined;
  municipalities: string[];
  from: string | undefined;
}

function parseCreate(args: string[]): CreateArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof createOptions; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: createOptions, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [id, ...extra] = parsed.positionals;
  if (id === undefined) throw new UsageError('Missing the region id.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const { name, gemeente = [], from } = parsed.values;
  if (from === undefined && name === undefined) throw new UsageError('Missing --name.');
  if (from !== undefined && gemeente.length > 0)
    throw new UsageError(
      `--gemeente and --from do not go together: the municipalities are in ${regionFolderFiles.definition}.`,
    );
  return { id, name, municipalities: gemeente, from };
}

/** The folder's definition with --name applied; a line for the terminal when it cannot be. */
function folderDefinition(
  io: CliIo,
  { id, name, from }: CreateArgs & { from: string },
): { definition: unknown } | { error: string } {
  const file = join(from, regionFolderFiles.definition);
  if (!existsSync(resolve(io.cwd, file))) return { error: `There is no ${file}.` };
  let definition: unknown;
  try {
    definition = parse(readFileSync(resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    return { error: `Cannot read ${file}: ${(error as Error).message}` };
  }
  if (!definition || typeof definition !== 'object')
    return { error: `${file} holds no region definition.` };
  const written = (definition as { id?: unknown }).id;
  if (written !== id) return { error: `${file} is the region "${String(written)}", not "${id}".` };
  // The folder's logo.png, as the service reads it from a folder.
  withLogoFile(definition, resolve(io.cwd, join(from, regionFolderFiles.logo)));
  return { definition: name === undefined ? definition : { ...definition, name } };
}

async function create(io: CliIo, args: CreateArgs): Promise<number> {
  const fromFolder =
    args.from === undefined ? undefined : folderDefinition(io, { ...args, from: args.from });
  if (fromFolder && 'error' in fromFolder) {
    io.err(fromFolder.error);
    return 1;
  }
  const definition = fromFolder
    ? fromFolder.definition
    : {
        id: args.id,
        name: args.name,
        municipalities: args.municipalities.map((name) => ({ name })),
      };
  return withRegions(io, async (regions) => {
    const folder = args.from === undefined ? {} : { from: resolve(io.cwd, args.from) };
    const result = await regions.create(definition, commandLine, folder);
    if (result.status === 'invalid') {
      io.err(`Region ${args.id} was not created:`);
      for (const line of regionProblemLines(result.problems)) io.err(line);
      return 1;
    }
    const { region, trees, sharedRules } = result;
    io.out(`Created region ${region.id} (${region.name}) for ${municipalityList(region)}.`);
    if (args.from !== undefined) {
      const shown = relative(io.cwd, resolve(io.cwd, args.from)) || '.';
      const parts = [
        `${trees.length} ${trees.length === 1 ? 'tree' : 'trees'}${trees.length > 0 ? ` (${trees.join(', ')})` : ''}`,
        ...(sharedRules ? ['the shared rules'] : []),
      ];
      io.out(`Drafts from ${shown}: ${parts.join(' and ')}. Nothing is published yet.`);
    }
    if (region.publishNeedsConfirmedAssumptions)
      io.out('A tree is published only once every assumption in it is confirmed (Te controleren).');
    io.out(
      `Next: woonkansboom user add <email> --role beheerder --region ${region.id}; the region is at /${region.id}/.`,
    );
    return 0;
  });
}

function list(io: CliIo): Promise<number> {
  return withRegions(io, async (regions) => {
    const all = await regions.list();
    const width = Math.max(...all.map((region) => region.id.length));
    for (const region of all)
      io.out(
        `${region.id.padEnd(width)}  ${region.name}${region.id === defaultRegionId ? ' (default)' : ''}: ${municipalityList(region)}`,
      );
    return 0;
  });
}

export const regionCommand: Command = {
  name: 'region',
  usage: 'create <id> --name <name> [--gemeente <naam>]... [--from <folder>] | list',
  summary:
    'Create a region with a store of its own (with --from: its trees as drafts), or list the regions.',
  run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === 'list') {
      if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
      return list(io);
    }
    if (subcommand === 'create') return create(io, parseCreate(rest));
    throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  },
};
