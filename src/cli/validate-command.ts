// woonkansboom validate [file...]: is each tree publishable?
import { defaultTreeFiles, sharedRulesFileFor } from '../content/default-content.ts';
import { type TreeValidation, validateTree } from '../core/publish/validate.ts';
import { readableIssues } from '../core/tree/readable-issues.ts';
import { type SharedRules, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import type { CliIo, Command } from './command.ts';
import { displayPath, fileArguments } from './file-arguments.ts';
import { problemLines } from './problem-lines.ts';
import { readYamlFile, type YamlFile } from './read-yaml-file.ts';

/**
 * The shared rules a tree file is composed with (SPEC §11): undefined when
 * there is no shared rules file beside it, null (after saying why) when it
 * cannot be used.
 */
function sharedRulesFor(treeFile: string, io: CliIo): SharedRules | undefined | null {
  const file = sharedRulesFileFor(treeFile);
  if (!file) return undefined;
  const read = readYamlFile(file);
  if (!read.ok) {
    io.out(`✗ ${displayPath(file, io)}: ${read.message}`);
    return null;
  }
  const parsed = sharedRulesSchema.safeParse(read.yaml.value);
  if (parsed.success) return parsed.data;
  io.out(`✗ ${displayPath(file, io)}: not valid shared rules`);
  for (const line of problemLines(
    readableIssues(parsed.error.issues, read.yaml.value).map((issue) => ({
      severity: 'error' as const,
      ...issue,
    })),
    read.yaml,
  ))
    io.out(line);
  return null;
}

/**
 * Reads and validates one tree file and prints the outcome; undefined when
 * unreadable. With `errorsOnly`, a usable tree prints nothing.
 */
export function validateTreeFile(
  file: string,
  io: CliIo,
  { errorsOnly = false } = {},
): { yaml: YamlFile; validation: TreeValidation } | undefined {
  const read = readYamlFile(file);
  if (!read.ok) {
    io.out(`✗ ${displayPath(file, io)}: ${read.message}`);
    return undefined;
  }
  const shared = sharedRulesFor(file, io);
  if (shared === null) return undefined;
  const validation = validateTree(read.yaml.value, shared);
  const errors = validation.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = validation.problems.length - errors;
  const counts = [errors && `${errors} error(s)`, warnings && `${warnings} warning(s)`].filter(
    Boolean,
  );
  const suffix = counts.length > 0 ? ` (${counts.join(', ')})` : '';
  if (errorsOnly && errors === 0) return { yaml: read.yaml, validation };
  const shown = errorsOnly
    ? validation.problems.filter((problem) => problem.severity === 'error')
    : validation.problems;
  io.out(`${errors > 0 ? '✗' : '✓'} ${displayPath(file, io)}${suffix}`);
  for (const line of problemLines(shown, read.yaml)) io.out(line);
  return { yaml: read.yaml, validation };
}

export const validateCommand: Command = {
  name: 'validate',
  usage: '[file...]',
  summary: 'Check tree files (default: every tree in content/trees).',
  run(args, io) {
    const files = fileArguments(args, io, () => defaultTreeFiles());
    let valid = 0;
    for (const file of files) {
      if (validateTreeFile(file, io)?.validation.tree) valid++;
    }
    const invalid = files.length - valid;
    io.out(`${valid} valid, ${invalid} with errors`);
    return invalid > 0 ? 1 : 0;
  },
};
