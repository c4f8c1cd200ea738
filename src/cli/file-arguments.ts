// File arguments of a command: given files must exist (else bad usage, exit 2);
// without arguments, the command's default files.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type CliIo, UsageError } from './command.ts';

export function fileArguments(
  args: readonly string[],
  io: CliIo,
  defaults: () => string[],
): string[] {
  const option = args.find((arg) => arg.startsWith('-'));
  if (option) throw new UsageError(`Unknown option "${option}".`);
  if (args.length === 0) return defaults();
  const files = args.map((arg) => resolve(io.cwd, arg));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new UsageError(
      missing.map((file) => `File not found: ${displayPath(file, io)}`).join('\n'),
    );
  }
  return files;
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(file: string, io: CliIo): string {
  const path = relative(io.cwd, file);
  return path && !path.startsWith('..') ? path : file;
}
