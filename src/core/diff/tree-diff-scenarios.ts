// The diff of scenario files: scenarios are matched by name (their sentence),
// answers by question id.
import type { Scenario } from '../publish/scenarios.ts';
import { byKey, Changes, type ContentChange } from './tree-diff-changes.ts';

const truthWords = (met: boolean | null) =>
  met === null ? 'onbekend' : met ? 'voldaan' : 'niet voldaan';

/** What a scenario expects, in words. */
export function expectationText(scenario: Scenario): string {
  const { expect } = scenario;
  const parts = [expect.outcome ? `uitkomst "${expect.outcome}"` : `vraag "${expect.question}"`];
  const dates = Object.entries(expect.dates ?? {});
  if (dates.length > 0) {
    parts.push(`datums ${dates.map(([id, date]) => `${id} = ${date ?? 'geen'}`).join(', ')}`);
  }
  if (expect.problem) parts.push(`probleem ${expect.problem.code} bij "${expect.problem.field}"`);
  const requirements = Object.entries(expect.requirements ?? {});
  if (requirements.length > 0) {
    const words = requirements.map(([id, met]) => `${id} ${truthWords(met)}`);
    parts.push(`voorwaarden ${words.join(', ')}`);
  }
  return parts.join('; ');
}

export function diffScenarios(a: readonly Scenario[], b: readonly Scenario[]): ContentChange[] {
  const c = new Changes('scenarios');
  byKey(
    a,
    b,
    (scenario) => scenario.name,
    (name, o, n) => {
      const at = `scenarios.${name}`;
      const scenario = `scenario "${name}"`;
      if (!o || !n) {
        const words = (item: typeof o) => item && expectationText(item);
        c.field(at, `Scenario "${name}" ${o ? 'weggehaald' : 'toegevoegd'}`, words(o), words(n));
        return;
      }
      c.field(`${at}.peildatum`, `Peildatum van ${scenario} gewijzigd`, o.peildatum, n.peildatum);
      c.field(`${at}.start`, `Start van ${scenario} gewijzigd`, o.start, n.start);
      c.field(
        `${at}.submitted`,
        `Verstuurde vraag van ${scenario} gewijzigd`,
        o.submitted,
        n.submitted,
      );
      const questions = new Set([...Object.keys(o.answers), ...Object.keys(n.answers)]);
      for (const question of questions) {
        c.field(
          `${at}.answers.${question}`,
          `Antwoord op "${question}" in ${scenario} gewijzigd`,
          o.answers[question],
          n.answers[question],
        );
      }
      c.field(
        `${at}.expect`,
        `Verwachting van ${scenario} gewijzigd`,
        expectationText(o),
        expectationText(n),
      );
    },
  );
  return c.list;
}
