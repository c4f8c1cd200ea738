// Problems as output lines: severity, where (with the line in the file), and
// the Dutch message from the core.
import type { YamlFile } from './read-yaml-file.ts';

interface Locatable {
  path: string;
  message: string;
  severity?: 'error' | 'warning';
}

export function problemLines(problems: readonly Locatable[], yaml: YamlFile): string[] {
  return problems.map((problem) => {
    const line = yaml.lineOf(problem.path);
    const where = `${problem.path || '(file)'}${line === undefined ? '' : ` (line ${line})`}`;
    return `  ${(problem.severity ?? 'error').padEnd(7)} ${where}: ${problem.message}`;
  });
}
