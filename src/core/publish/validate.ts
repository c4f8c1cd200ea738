// What makes a tree publishable: the schema, then every reference, route,
// condition, date rule and placeholder. Every problem points at the exact
// place (ids, not indices) and says in plain Dutch how to fix it.

import { readableIssues } from '../tree/readable-issues.ts';
import { composeTree, isShared, type SharedRules } from '../tree/shared-rules.ts';
import { reservedIds, type Tree, treeSchema } from '../tree/tree.ts';
import { conditionReferences } from '../walk/condition.ts';
import { nodeCycles, reachableIds, routesOf } from './tree-graph.ts';
import {
  describeNode,
  indexTree,
  quoteList,
  type Report,
  type TreeIndex,
  type TreeProblem,
} from './tree-problem.ts';
import { allConditions, checkConditions, checkDerivedDates } from './validate-conditions.ts';
import { checkKnownDates, checkUnknownDates } from './validate-known-dates.ts';
import { checkLiteralPeriods } from './validate-periods.ts';
import { checkTexts } from './validate-texts.ts';

export type { TreeProblem } from './tree-problem.ts';

export interface TreeValidation {
  /** The parsed tree, only when it has no errors (warnings allowed). */
  tree?: Tree;
  problems: TreeProblem[];
}

/**
 * Validates a tree; with the shared rules (SPEC §11) it validates the tree
 * composed with them, so a reference to a missing shared item is refused.
 */
export function validateTree(input: unknown, shared?: SharedRules): TreeValidation {
  const parsed = treeSchema.safeParse(input);
  if (!parsed.success) {
    const problems = readableIssues(parsed.error.issues, input);
    return { problems: problems.map((issue) => ({ severity: 'error', ...issue })) };
  }
  const tree = shared ? composeTree(parsed.data, shared) : parsed.data;
  const problems = treeProblems(tree, shared);
  return problems.some((problem) => problem.severity === 'error')
    ? { problems }
    : { tree, problems };
}

/** Problems of a tree that passed the schema (composed with `shared` when given). */
export function treeProblems(tree: Tree, shared?: SharedRules): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const report: Report = ({ severity = 'error', ...problem }) =>
    problems.push({ severity, ...problem });
  const index = indexTree(tree);
  checkIds(tree, report);
  checkRoutes(index, report);
  checkEvictionDates(index, report);
  checkOutcomes(index, report);
  checkChoices(index, report);
  checkGraph(index, report);
  checkConditions(index, report);
  checkDerivedDates(index, report);
  checkTexts(tree, report);
  checkLiteralPeriods(tree, report);
  checkUnknownDates(tree, report);
  // Routes are only followed through a tree whose structure holds.
  if (!problems.some((problem) => problem.severity === 'error')) checkKnownDates(tree, report);
  // A shared parameter serves every tree; one tree not using it is no problem.
  return problems.filter(
    (problem) =>
      !(
        problem.code === 'unused-parameter' &&
        shared &&
        isShared(shared, 'parameter', problem.path.replace(/^parameters\./, ''))
      ),
  );
}

function checkIds(tree: Tree, report: Report): void {
  const seen = new Map<string, string>();
  const kinds: Record<string, string> = {
    nodes: 'een vraag of controle',
    outcomes: 'een uitkomst',
    dates: 'een berekende datum',
  };
  const claim = (id: string, list: string, what: string, nodeId?: string): void => {
    const earlier = seen.get(id);
    if ((reservedIds as readonly string[]).includes(id)) {
      report({
        code: 'reserved-id',
        path: `${list}.${id}`,
        ...(nodeId && { nodeId }),
        message: `De id "${id}" is gereserveerd: de boom gebruikt die naam zelf (${reservedIds.join(', ')}). Geef ${what} een andere id.`,
      });
    } else if (earlier) {
      report({
        code: 'duplicate-id',
        path: `${list}.${id}`,
        ...(nodeId && { nodeId }),
        message: `De id "${id}" wordt al gebruikt bij ${earlier}. Geef ${what} een eigen id; een verwijzing naar "${id}" is nu niet duidelijk.`,
      });
    }
    seen.set(id, earlier ?? kinds[list] ?? list);
  };
  // Nodes and outcomes share one namespace (every `next` points into it);
  // derived dates share it too, because conditions read dates by id.
  for (const node of tree.nodes) claim(node.id, 'nodes', 'deze vraag of controle', node.id);
  for (const outcome of tree.outcomes) claim(outcome.id, 'outcomes', 'deze uitkomst', outcome.id);
  for (const rule of tree.dates) claim(rule.id, 'dates', 'deze berekende datum');
  for (const name of Object.keys(tree.parameters)) {
    if (tree.dates.some((rule) => rule.id === name)) {
      report({
        code: 'duplicate-id',
        path: `parameters.${name}`,
        message: `"${name}" is zowel een parameter als een berekende datum. Dan is {{${name}}} niet duidelijk: geef een van beide een andere naam.`,
      });
    }
  }
  const separately: [string, { id: string }[], string][] = [
    ['requirements', tree.requirements, 'deze voorwaarde'],
    ['trajectories', tree.trajectories, 'dit traject'],
    ['contacts', tree.contacts, 'dit contact'],
  ];
  for (const [listName, items, what] of separately) {
    const ids = new Set<string>();
    for (const { id } of items) {
      if (ids.has(id)) {
        report({
          code: 'duplicate-id',
          path: `${listName}.${id}`,
          message: `De id "${id}" komt vaker voor in ${listName}. Geef ${what} een eigen id.`,
        });
      }
      ids.add(id);
    }
  }
}

function isTarget(index: TreeIndex, id: string): boolean {
  return index.nodes.has(id) || index.outcomeIds.has(id);
}

function checkEvictionDates(index: TreeIndex, report: Report): void {
  for (const [position, id] of index.tree.evictionDates.entries()) {
    if (index.dateQuestions.has(id)) continue;
    report({
      code: 'unknown-eviction-date',
      path: `evictionDates.${position}`,
      message: `Bij "evictionDates" staat "${id}", maar dat is geen datumvraag. Kies een van: ${quoteList(index.dateQuestions)}.`,
    });
  }
}

function checkRoutes(index: TreeIndex, report: Report): void {
  const { tree } = index;
  if (!isTarget(index, tree.start)) {
    report({
      code: 'unknown-start',
      path: 'start',
      message: `De boom begint bij "${tree.start}", maar die vraag bestaat niet. Kies bij "start" een van: ${quoteList(index.nodes.keys())}.`,
    });
  }
  for (const node of tree.nodes) {
    for (const route of routesOf(node)) {
      if (isTarget(index, route.to)) continue;
      report({
        code: 'unknown-next',
        path: route.path,
        nodeId: node.id,
        message: `${capitalise(describeNode(node))} gaat bij ${route.via} naar "${route.to}", maar die id bestaat niet. Kies een bestaande vraag, controle of uitkomst, of maak "${route.to}" aan.`,
      });
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkOutcomes(index: TreeIndex, report: Report): void {
  const { tree } = index;
  const known = {
    requirements: new Set(tree.requirements.map((item) => item.id)),
    trajectories: new Set(tree.trajectories.map((item) => item.id)),
    contacts: new Set(tree.contacts.map((item) => item.id)),
  };
  const questions = tree.nodes.filter((node) => node.kind !== 'check').map((node) => node.id);
  for (const outcome of tree.outcomes) {
    const at = `outcomes.${outcome.id}`;
    const base = { nodeId: outcome.id };
    outcome.requirements.forEach((id, position) => {
      if (known.requirements.has(id)) return;
      report({
        ...base,
        code: 'unknown-requirement',
        path: `${at}.requirements.${position}`,
        message: `De uitkomst "${outcome.id}" toont de voorwaarde "${id}", maar die staat niet bij "requirements". Kies uit ${quoteList(known.requirements)} of voeg "${id}" toe.`,
      });
    });
    if (outcome.trajectory !== undefined && !known.trajectories.has(outcome.trajectory)) {
      report({
        ...base,
        code: 'unknown-trajectory',
        path: `${at}.trajectory`,
        message: `De uitkomst "${outcome.id}" verwijst naar het traject "${outcome.trajectory}", maar dat bestaat niet. Kies uit ${quoteList(known.trajectories)} of voeg het traject toe.`,
      });
    }
    outcome.contacts.forEach((id, position) => {
      if (known.contacts.has(id)) return;
      report({
        ...base,
        code: 'unknown-contact',
        path: `${at}.contacts.${position}`,
        message: `De uitkomst "${outcome.id}" noemt het contact "${id}", maar dat bestaat niet. Kies uit ${quoteList(known.contacts)} of voeg het contact toe.`,
      });
    });
    outcome.continueWith.forEach((link, position) => {
      if (link.tree !== tree.id || link.start === undefined) return;
      const start = index.nodes.get(link.start);
      if (start && start.kind !== 'check') return;
      report({
        ...base,
        code: 'continue-start-not-question',
        path: `${at}.continueWith.${position}.start`,
        message: `De uitkomst "${outcome.id}" gaat verder bij "${link.start}", maar dat is geen vraag in deze boom. Kies bij "start" een vraag, bijvoorbeeld ${quoteList(questions.slice(0, 5))}.`,
      });
    });
  }
}

function checkChoices(index: TreeIndex, report: Report): void {
  const answersRead = new Set(
    allConditions(index.tree).flatMap(({ condition }) => conditionReferences(condition).answers),
  );
  for (const node of index.tree.nodes) {
    const at = `nodes.${node.id}`;
    if (node.kind === 'choice') {
      if (node.options.length === 0) {
        report({
          code: 'choice-without-options',
          path: `${at}.options`,
          nodeId: node.id,
          message: `De vraag "${node.id}" heeft geen antwoorden. Voeg bij "options" minstens twee antwoorden toe, elk met id, label en next.`,
        });
      }
      const seen = new Set<string>();
      for (const option of node.options) {
        if (seen.has(option.id)) {
          report({
            code: 'duplicate-option',
            path: `${at}.options.${option.id}`,
            nodeId: node.id,
            message: `De vraag "${node.id}" heeft twee antwoorden met de id "${option.id}". Geef elk antwoord een eigen id.`,
          });
        }
        seen.add(option.id);
      }
    }
    const targets = new Set(routesOf(node).map((route) => route.to));
    // A choice whose answer a condition reads still matters, even when every
    // answer goes on to the same question (bewind → aanmelden vanaf, SPEC §5).
    const matters = node.kind === 'choice' && answersRead.has(node.id);
    if (node.kind !== 'date' && targets.size === 1 && !matters) {
      const [target] = targets;
      report({
        severity: 'warning',
        code: 'same-route',
        path: at,
        nodeId: node.id,
        message: `Bij ${describeNode(node)} gaat elke route naar "${target}", dus ${node.kind === 'check' ? 'de controle' : 'het antwoord'} verandert niets. Laat een route ergens anders heen gaan, of haal ${describeNode(node)} weg.`,
      });
    }
  }
}

function checkGraph(index: TreeIndex, report: Report): void {
  const { tree } = index;
  for (const cycle of nodeCycles(tree)) {
    const [first = ''] = cycle;
    report({
      code: 'cycle',
      path: `nodes.${first}`,
      nodeId: first,
      message: `Deze vragen en controles vormen een kring: ${cycle.join(' → ')}. Wie daar komt, komt nooit bij een uitkomst. Laat een van deze routes naar een latere vraag of een uitkomst gaan.`,
    });
  }
  if (!isTarget(index, tree.start)) return;
  const reached = reachableIds(tree);
  for (const node of tree.nodes) {
    if (reached.has(node.id)) continue;
    report({
      code: 'unreachable-node',
      path: `nodes.${node.id}`,
      nodeId: node.id,
      message: `Geen enkele route komt bij ${describeNode(node)}. Laat een antwoord of controle naar "${node.id}" gaan, of haal ${describeNode(node)} weg.`,
    });
  }
  for (const outcome of tree.outcomes) {
    if (reached.has(outcome.id)) continue;
    report({
      code: 'unreachable-outcome',
      path: `outcomes.${outcome.id}`,
      nodeId: outcome.id,
      message: `Geen enkele route komt bij de uitkomst "${outcome.id}". Laat een antwoord of controle naar "${outcome.id}" gaan, of haal de uitkomst weg.`,
    });
  }
}
