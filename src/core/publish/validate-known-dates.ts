// SPEC §4 "A date that is not known": every date question offers "Ik weet de
// datum niet precies", an outcome's texts only use dates that every route to
// it makes known, and an outcome with verdict past only shows requirements
// that every route to it can decide (so it never says "past" on a guess).

import { placeholdersIn } from '../tree/template.ts';
import type { Outcome, Tree } from '../tree/tree.ts';
import { conditionReferences } from '../walk/condition.ts';
import type { Report } from './tree-problem.ts';
import { conditionTruths, dateKnown, type WalkRoute, walkRoutes } from './walk-routes.ts';

/** Every date question offers "Ik weet de datum niet precies", and it ends the walk. */
export function checkUnknownDates(tree: Tree, report: Report): void {
  const outcomes = new Set(tree.outcomes.map((outcome) => outcome.id));
  for (const node of tree.nodes) {
    if (node.kind !== 'date') continue;
    if (node.unknown && !outcomes.has(node.unknown.next)) {
      // A check that needs the date goes there too; a question there could lead back to the check.
      report({
        code: 'date-unknown-not-outcome',
        path: `nodes.${node.id}.unknown.next`,
        nodeId: node.id,
        message: `Bij de datumvraag "${node.id}" gaat "${node.unknown.label}" naar "${node.unknown.next}", maar dat is geen uitkomst. Zonder de datum eindigt de wandeling: kies een uitkomst, bijvoorbeeld "datum-onbekend".`,
      });
    }
    if (node.unknown) continue;
    report({
      code: 'date-without-unknown',
      path: `nodes.${node.id}.unknown`,
      nodeId: node.id,
      message: `De datumvraag "${node.id}" biedt geen "Ik weet de datum niet precies". Voeg bij "unknown" een label en een volgende stap toe (bijvoorbeeld de uitkomst "datum-onbekend"), zodat wie de datum niet weet toch verder kan.`,
    });
  }
}

/** Outcome texts and past requirements need only what every route to the outcome knows. */
export function checkKnownDates(tree: Tree, report: Report): void {
  const routes = walkRoutes(tree);
  for (const outcome of tree.outcomes) {
    const toOutcome = routes.filter((route) => route.outcome === outcome.id);
    checkOutcomeDates(tree, outcome, toOutcome, report);
    if (outcome.verdict === 'past') checkPastRequirements(tree, outcome, toOutcome, report);
  }
}

function routeText(route: WalkRoute): string {
  const steps = route.nodes.map((id) => {
    const answer = route.known[id];
    return answer === undefined || answer === 'date' ? id : `${id} = ${answer}`;
  });
  return [...steps, route.outcome].join(' → ');
}

/** The texts an outcome shows, with where they are written. */
function outcomeTexts(tree: Tree, outcome: Outcome): { path: string; text: string }[] {
  const at = `outcomes.${outcome.id}`;
  return [
    { path: `${at}.title`, text: outcome.title },
    { path: `${at}.explanation`, text: outcome.explanation },
    { path: `${at}.nextSteps`, text: outcome.nextSteps },
    ...tree.requirements
      .filter((requirement) => outcome.requirements.includes(requirement.id))
      .map((requirement) => ({
        path: `requirements.${requirement.id}.label`,
        text: requirement.label,
      })),
  ];
}

function checkOutcomeDates(
  tree: Tree,
  outcome: Outcome,
  routes: WalkRoute[],
  report: Report,
): void {
  const reported = new Set<string>();
  for (const { path, text } of outcomeTexts(tree, outcome)) {
    for (const name of placeholdersIn(text)) {
      const rule = tree.dates.find((candidate) => candidate.id === name);
      if (!rule || reported.has(name)) continue;
      const route = routes.find((candidate) => !dateKnown(tree, name, candidate.known));
      if (!route) continue;
      reported.add(name);
      report({
        code: 'outcome-date-not-known',
        path,
        nodeId: outcome.id,
        message: `De uitkomst "${outcome.id}" toont {{${name}}} (${rule.label}), maar op de route ${routeText(route)} is die datum niet bekend. Vraag de datum die ervoor nodig is eerder, stuur die route naar een andere uitkomst, of haal {{${name}}} uit de tekst.`,
      });
    }
  }
}

function checkPastRequirements(
  tree: Tree,
  outcome: Outcome,
  routes: WalkRoute[],
  report: Report,
): void {
  for (const requirement of tree.requirements) {
    if (!outcome.requirements.includes(requirement.id)) continue;
    const route = routes.find((candidate) =>
      conditionTruths(tree, requirement.test, candidate.known).has(undefined),
    );
    if (!route) continue;
    const { answers, dates } = conditionReferences(requirement.test);
    const missing = [
      ...answers.filter((id) => route.known[id] === undefined),
      ...dates.filter((id) => !dateKnown(tree, id, route.known)),
    ];
    report({
      code: 'past-requirement-undecided',
      path: `outcomes.${outcome.id}.requirements`,
      nodeId: outcome.id,
      message: `De uitkomst "${outcome.id}" zegt dat het traject past, maar de voorwaarde "${requirement.id}" is op de route ${routeText(route)} niet te beoordelen: ${[...new Set(missing)].map((id) => `"${id}"`).join(', ')} is dan niet bekend. Vraag dat eerder op die route, of laat die route naar een andere uitkomst gaan.`,
    });
  }
}
