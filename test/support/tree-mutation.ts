// Random edits of a tree given as plain JSON: point a
// route elsewhere, change a parameter, drop a node, flip a comparison… Most
// edits break the tree; the property tests keep the ones the validator accepts.
// Test-only.
import fc from 'fast-check';
import { comparisonOperators } from '../../src/core/tree/tree.ts';
import { type Gen, pick, range } from './tree-arbitrary.ts';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isJson) : [];
}

/** Every place in a tree's JSON where a route is written, as objects with the key to set. */
function routeSlots(tree: Json): [Json, string][] {
  return list(tree.nodes).flatMap((node): [Json, string][] => [
    ...list(node.options).map((option): [Json, string] => [option, 'next']),
    ...list(node.branches).map((branch): [Json, string] => [branch, 'next']),
    ...(typeof node.next === 'string' ? [[node, 'next'] as [Json, string]] : []),
    ...(typeof node.else === 'string' ? [[node, 'else'] as [Json, string]] : []),
  ]);
}

function conditionsIn(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(conditionsIn);
  if (!isJson(value)) return [];
  const own = 'compare' in value || 'answer' in value ? [value] : [];
  return [...own, ...Object.values(value).flatMap(conditionsIn)];
}

/** Replaces an id everywhere it is written as a whole JSON string. */
export function renameId(tree: Json, from: string, to: string): Json {
  return JSON.parse(JSON.stringify(tree).replaceAll(`"${from}"`, `"${to}"`)) as Json;
}

/** The ids a mutation may rename or point at: nodes, outcomes, options, dates, parameters. */
function idsOf(tree: Json): string[] {
  const nodes = list(tree.nodes);
  return [
    ...nodes.map((node) => String(node.id)),
    ...list(tree.outcomes).map((outcome) => String(outcome.id)),
    ...nodes.flatMap((node) => list(node.options).map((option) => String(option.id))),
    ...list(tree.dates).map((rule) => String(rule.id)),
    ...Object.keys(isJson(tree.parameters) ? tree.parameters : {}),
  ];
}

/**
 * One random edit of a tree as an editor might make it: rewire a route, change
 * a parameter, drop a node (its parents then skip it, or point nowhere),
 * change a comparison, reorder branches, drop an option, move the start or
 * rename an id. The result may well be refused by the validator.
 */
function mutate(g: Gen, source: Json): Json {
  const tree = structuredClone(source);
  const nodes = list(tree.nodes);
  const targets = [...nodes, ...list(tree.outcomes)].map((item) => String(item.id));
  const mutation = g(fc.nat, { max: 7 });
  if (mutation === 0) {
    const slots = routeSlots(tree);
    if (slots.length === 0) return tree;
    const [holder, key] = pick(g, slots);
    holder[key] = g(fc.nat, { max: 9 }) === 0 ? 'bestaat_niet' : pick(g, targets);
  } else if (mutation === 1 && isJson(tree.parameters)) {
    const names = Object.keys(tree.parameters);
    const parameter = names.length > 0 ? tree.parameters[pick(g, names)] : undefined;
    if (isJson(parameter)) parameter.value = g(fc.integer, { min: 0, max: 120 });
  } else if (mutation === 2 && nodes.length > 1) {
    const dropped = pick(g, nodes);
    const onward = routeSlots({ nodes: [dropped] }).map(([holder, key]) => String(holder[key]));
    const skipTo = g(fc.boolean) && onward.length > 0 ? pick(g, onward) : undefined;
    tree.nodes = nodes.filter((node) => node !== dropped);
    if (skipTo) {
      for (const [holder, key] of routeSlots(tree))
        if (holder[key] === dropped.id) holder[key] = skipTo;
      if (tree.start === dropped.id) tree.start = skipTo;
    }
  } else if (mutation === 3) {
    const comparisons = conditionsIn(tree).filter((condition) => 'compare' in condition);
    if (comparisons.length > 0) pick(g, comparisons).op = pick(g, comparisonOperators);
  } else if (mutation === 4) {
    const checks = nodes.filter((node) => Array.isArray(node.branches));
    if (checks.length > 0) {
      const check = pick(g, checks);
      check.branches = [...(check.branches as unknown[])].reverse();
    }
  } else if (mutation === 5) {
    const choices = nodes.filter((node) => list(node.options).length > 1);
    if (choices.length > 0) {
      const choice = pick(g, choices);
      const options = list(choice.options);
      choice.options = options.filter((option) => option !== pick(g, options));
    }
  } else if (mutation === 6) {
    const questions = nodes.filter((node) => node.kind !== 'check');
    if (questions.length > 0) tree.start = pick(g, questions).id;
  } else {
    const ids = idsOf(tree);
    if (ids.length > 0) return renameId(tree, pick(g, ids), `hernoemd_${g(fc.nat, { max: 9 })}`);
  }
  return tree;
}

/** One to three random edits of a tree given as plain JSON. */
export function mutatedTreeArbitrary(source: unknown): fc.Arbitrary<Json> {
  return fc.gen().map((g) => {
    let tree = isJson(source) ? source : {};
    for (const _ of range(g(fc.integer, { min: 1, max: 3 }))) tree = mutate(g, tree);
    return tree;
  });
}
