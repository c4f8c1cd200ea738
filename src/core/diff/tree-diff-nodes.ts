// The diff of questions and checks: texts, options (added, removed,
// relabelled, re-routed, reordered), date routes, check branches and else.
import type { CheckNode, Tree, TreeNode } from '../tree/tree.ts';
import {
  byKey,
  byPosition,
  Changes,
  type ContentChange,
  capitalise,
  named,
} from './tree-diff-changes.ts';
import { conditionText, targetText } from './tree-diff-text.ts';

const kindWords = { choice: 'keuzevraag', date: 'datumvraag', check: 'controle' } as const;

/** A question or check by its text, as the coordinator knows it. */
function nodeName(node: TreeNode): string {
  return `${node.kind === 'check' ? 'controle' : 'vraag'} ${named(node.text)}`;
}

/** Two trees and the collector: routes compare ids and show where they lead. */
class NodeChanges extends Changes {
  constructor(
    readonly a: Tree,
    readonly b: Tree,
  ) {
    super('nodes');
  }

  route(path: string, description: string, from: string | undefined, to: string | undefined) {
    const words = (tree: Tree, id: string | undefined) => id && targetText(tree, id);
    this.record(path, description, words(this.a, from), words(this.b, to), from !== to);
  }
}

function diffOptions(c: NodeChanges, old: TreeNode, now: TreeNode): void {
  const at = `nodes.${now.id}`;
  const name = nodeName(now);
  const oldOptions = old.kind === 'choice' ? old.options : [];
  const newOptions = now.kind === 'choice' ? now.options : [];
  byKey(
    oldOptions,
    newOptions,
    (option) => option.id,
    (id, o, n) => {
      const path = `${at}.options.${id}`;
      const answer = `Antwoord ${named((n ?? o)?.label ?? id)}`;
      if (o && n) {
        c.field(`${path}.label`, `${answer} bij ${name} heeft een ander label`, o.label, n.label);
        c.field(
          `${path}.hint`,
          `Hint bij ${answer.toLowerCase()} van ${name} gewijzigd`,
          o.hint,
          n.hint,
        );
        c.route(
          `${path}.next`,
          `${answer} bij ${name} leidt nu ergens anders heen`,
          o.next,
          n.next,
        );
        return;
      }
      const words = (option: typeof o, tree: Tree) =>
        option && `"${option.label}" → ${targetText(tree, option.next)}`;
      const verb = o ? 'weggehaald bij' : 'toegevoegd aan';
      c.field(path, `${answer} ${verb} ${name}`, words(o, c.a), words(n, c.b));
    },
  );
  const kept = (list: typeof oldOptions, other: typeof oldOptions) =>
    list
      .map((option) => option.id)
      .filter((id) => other.some((option) => option.id === id))
      .join(', ');
  c.field(
    `${at}.options`,
    `Volgorde van de antwoorden bij ${name} gewijzigd`,
    kept(oldOptions, newOptions),
    kept(newOptions, oldOptions),
  );
}

function diffBranches(c: NodeChanges, old: TreeNode, now: TreeNode): void {
  const at = `nodes.${now.id}`;
  const name = nodeName(now);
  const branches = (node: TreeNode): CheckNode['branches'] =>
    node.kind === 'check' ? node.branches : [];
  byPosition(branches(old), branches(now), (index, o, n) => {
    const path = `${at}.branches.${index}`;
    const branch = `tak ${index + 1}`;
    if (o && n) {
      c.field(
        `${path}.if`,
        `Voorwaarde van ${branch} van ${name} gewijzigd`,
        conditionText(o.if),
        conditionText(n.if),
      );
      c.route(
        `${path}.next`,
        `${capitalise(branch)} van ${name} leidt nu ergens anders heen`,
        o.next,
        n.next,
      );
      return;
    }
    const words = (item: typeof o, tree: Tree) =>
      item && `als ${conditionText(item.if)} → ${targetText(tree, item.next)}`;
    const verb = o ? 'weggehaald bij' : 'toegevoegd aan';
    c.field(path, `${capitalise(branch)} ${verb} ${name}`, words(o, c.a), words(n, c.b));
  });
  c.route(
    `${at}.else`,
    `Als geen tak geldt, leidt ${name} nu ergens anders heen`,
    old.kind === 'check' ? old.else : undefined,
    now.kind === 'check' ? now.else : undefined,
  );
}

function diffNode(c: NodeChanges, old: TreeNode, now: TreeNode): void {
  const at = `nodes.${now.id}`;
  const name = nodeName(now);
  c.field(`${at}.kind`, `Soort van ${name} gewijzigd`, kindWords[old.kind], kindWords[now.kind]);
  c.field(`${at}.text`, `Tekst van ${name} gewijzigd`, old.text, now.text);
  const question = (node: TreeNode) => (node.kind === 'check' ? undefined : node);
  c.field(
    `${at}.help`,
    `Uitleg "Waarom vragen we dit?" bij ${name} gewijzigd`,
    question(old)?.help,
    question(now)?.help,
  );
  c.field(`${at}.hint`, `Hint bij ${name} gewijzigd`, question(old)?.hint, question(now)?.hint);
  c.route(
    `${at}.next`,
    `${capitalise(name)} leidt nu ergens anders heen`,
    old.kind === 'date' ? old.next : undefined,
    now.kind === 'date' ? now.next : undefined,
  );
  diffOptions(c, old, now);
  diffBranches(c, old, now);
}

export function diffNodes(a: Tree, b: Tree): ContentChange[] {
  const c = new NodeChanges(a, b);
  byKey(
    a.nodes,
    b.nodes,
    (node) => node.id,
    (id, o, n) => {
      if (o && n) {
        diffNode(c, o, n);
        return;
      }
      const node = o ?? n;
      const what = node?.kind === 'check' ? 'Controle' : 'Vraag';
      c.field(
        `nodes.${id}`,
        `${what} ${named(node?.text || id)} ${o ? 'weggehaald' : 'toegevoegd'}`,
        o?.text,
        n?.text,
      );
    },
  );
  return c.list;
}
