// Entry point of the woonkansboom command (bin/woonkansboom.mjs, npm run woonkansboom).
import '../services/dutch-validation.ts';
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
