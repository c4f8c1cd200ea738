// Dispatch: the first argument names the command, the rest is its business.
import { exportAllCommand, importAllCommand } from './backup-commands.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { migrateCommand } from './migrate-command.ts';
import { regionCommand } from './region-command.ts';
import { testCommand } from './test-command.ts';
import { tokenCommand } from './token-command.ts';
import { userCommand } from './user-command.ts';
import { validateCommand } from './validate-command.ts';

export const commands: readonly Command[] = [
  validateCommand,
  testCommand,
  migrateCommand,
  userCommand,
  tokenCommand,
  exportAllCommand,
  importAllCommand,
  regionCommand,
];

function helpText(): string[] {
  const width = Math.max(...commands.map((command) => `${command.name} ${command.usage}`.length));
  return [
    'Usage: woonkansboom <command> [arguments]',
    '',
    'Commands:',
    ...commands.map(
      (command) => `  ${`${command.name} ${command.usage}`.padEnd(width)}  ${command.summary}`,
    ),
    `  ${'help'.padEnd(width)}  Show this help.`,
  ];
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  // Asked for, the help is the answer (exit 0); without a command it is bad usage (exit 2).
  if (name === 'help' || name === '--help' || name === '-h') {
    for (const line of helpText()) io.out(line);
    return 0;
  }
  if (name === undefined) {
    for (const line of helpText()) io.err(line);
    return 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    for (const line of helpText()) io.err(line);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    io.err(`Usage: woonkansboom ${command.name} ${command.usage}`);
    return 2;
  }
}
