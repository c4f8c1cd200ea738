// Is a change slower? Runs bench/request-cost.ts for two checkouts of the
// project in turns (A B A B …, each in a fresh process) and prints the median
// time per round of each and their ratio. Turns, not two long runs: on this
// shared 2-core VM the speed drifts by tens of percent within minutes.
//
//   node --import tsx bench/compare-checkouts.ts <before-checkout> <after-checkout> [turns] [rounds]
//
// A checkout for "before": git worktree add --detach /tmp/before <commit>,
// with node_modules linked from this one.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [before, after, turnsArgument = '9', roundsArgument = '400'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: compare-checkouts.ts <before-checkout> <after-checkout> [turns] [rounds]');
  process.exit(2);
}
const script = fileURLToPath(new URL('./request-cost.ts', import.meta.url));

function cost(root: string): number {
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, root, roundsArgument], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { msPerRound: number })
    .msPerRound;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const times: { before: number[]; after: number[] } = { before: [], after: [] };
for (let turn = 0; turn < Number(turnsArgument); turn += 1) {
  times.before.push(cost(before));
  times.after.push(cost(after));
}
const [b, a] = [median(times.before), median(times.after)];
console.log(
  `before ${before}: ${b.toFixed(3)} ms per round (${times.before.map((t) => t.toFixed(2)).join(', ')})`,
);
console.log(
  `after  ${after}: ${a.toFixed(3)} ms per round (${times.after.map((t) => t.toFixed(2)).join(', ')})`,
);
console.log(`after / before: ${(a / b).toFixed(3)}`);
