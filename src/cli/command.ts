// The shape of a woonkansboom command. Adding one is: write a module that
// exports a Command and list it in run-cli.ts.

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Relative file arguments and displayed paths are resolved against this folder. */
  cwd: string;
}

export interface Command {
  name: string;
  /** Arguments after the name, e.g. `[file...]`. */
  usage: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 problems found, 2 bad usage. */
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** Bad usage (unknown option, missing file): exit code 2 with the command's usage. */
export class UsageError extends Error {}
