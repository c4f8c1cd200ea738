// Placeholders in texts ({{name}}) must name a parameter or a derived date;
// a parameter nothing uses is probably a mistake.
import { corporationsPlaceholder, placeholdersIn, regionPlaceholders } from '../tree/template.ts';
import type { Amount, Tree } from '../tree/tree.ts';
import { treeTexts } from '../tree/tree-texts.ts';
import { quoteList, type Report } from './tree-problem.ts';

const brokenPlaceholder = /\{\{(?!\s*[a-z][a-z0-9_-]*\s*\}\})|(?<!\{\{\s*[a-z][a-z0-9_-]*\s*)\}\}/;

function amountParams(amount: Amount): string[] {
  if (typeof amount === 'number') return [];
  if ('param' in amount) return [amount.param];
  return [...amountParams(amount.then), ...amountParams(amount.else)];
}

export function checkTexts(tree: Tree, report: Report): void {
  const parameters = Object.keys(tree.parameters);
  const dates = tree.dates.map((rule) => rule.id);
  // {{corporaties}}: the shared list of corporations, when there is one.
  if (tree.corporations.length > 0) dates.push(corporationsPlaceholder);
  // {{regio}} and {{gemeenten}}: filled by the region the tree is published in.
  dates.push(...regionPlaceholders);
  const used = new Set(
    tree.dates.flatMap((rule) => rule.add.flatMap((step) => amountParams(step.amount))),
  );
  for (const { path, nodeId, text } of treeTexts(tree)) {
    const place = { path, ...(nodeId && { nodeId }) };
    for (const name of placeholdersIn(text)) {
      used.add(name);
      if (parameters.includes(name) || dates.includes(name)) continue;
      report({
        ...place,
        code: 'unknown-placeholder',
        message: `De tekst bij ${path} gebruikt {{${name}}}, maar dat is geen parameter en geen berekende datum. Kies uit ${quoteList([...parameters, ...dates])}, of pas de tekst aan.`,
      });
    }
    if (brokenPlaceholder.test(text)) {
      report({
        ...place,
        code: 'broken-placeholder',
        message: `De tekst bij ${path} heeft een {{ of }} die geen goede invulplek is. Schrijf een invulplek als {{naam}}, met een naam in kleine letters, bijvoorbeeld {{uiterste_aanmelddatum}}.`,
      });
    }
  }
  checkHandoutOutcomes(tree, report);
  for (const name of parameters) {
    if (used.has(name)) continue;
    report({
      severity: 'warning',
      code: 'unused-parameter',
      path: `parameters.${name}`,
      message: `De parameter "${name}" wordt nergens gebruikt: niet in een berekende datum en niet als {{${name}}} in een tekst. Gebruik hem, of haal hem weg.`,
    });
  }
}

/** The handout is offered on outcomes by id: each must exist. */
function checkHandoutOutcomes(tree: Tree, report: Report): void {
  const outcomes = tree.outcomes.map((outcome) => outcome.id);
  for (const id of tree.handout?.offerOn ?? []) {
    if (outcomes.includes(id)) continue;
    report({
      code: 'unknown-outcome',
      path: 'handout.offerOn',
      message: `De uitleg voor de huurder wordt aangeboden bij "${id}", maar die uitkomst bestaat niet. Kies uit ${quoteList(outcomes)}, of haal "${id}" weg.`,
    });
  }
}
