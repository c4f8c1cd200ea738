// Every text of a tree that people read, with where it is written. The
// validator checks their placeholders; the same list serves search and review.
import type { Tree } from './tree.ts';

export interface TreeText {
  path: string;
  /** The node or outcome the text belongs to. */
  nodeId?: string;
  text: string;
}

export function treeTexts(tree: Tree): TreeText[] {
  const texts: TreeText[] = [];
  const add = (path: string, text: string | undefined, nodeId?: string): void => {
    if (text !== undefined) texts.push({ path, text, ...(nodeId && { nodeId }) });
  };
  add('title', tree.title);
  add('audience', tree.audience);
  add('intro', tree.intro);
  for (const rule of tree.dates) add(`dates.${rule.id}.label`, rule.label);
  for (const requirement of tree.requirements) {
    add(`requirements.${requirement.id}.label`, requirement.label);
  }
  for (const node of tree.nodes) {
    const at = `nodes.${node.id}`;
    add(`${at}.text`, node.text, node.id);
    if (node.kind === 'check') continue;
    add(`${at}.help`, node.help, node.id);
    add(`${at}.hint`, node.hint, node.id);
    if (node.kind !== 'choice') continue;
    for (const option of node.options) {
      add(`${at}.options.${option.id}.label`, option.label, node.id);
      add(`${at}.options.${option.id}.hint`, option.hint, node.id);
    }
  }
  for (const notice of tree.notices) add(`notices.${notice.id}.text`, notice.text);
  for (const outcome of tree.outcomes) {
    const at = `outcomes.${outcome.id}`;
    add(`${at}.title`, outcome.title, outcome.id);
    add(`${at}.badge`, outcome.badge, outcome.id);
    add(`${at}.explanation`, outcome.explanation, outcome.id);
    add(`${at}.nextSteps`, outcome.nextSteps, outcome.id);
    for (const [index, link] of outcome.links.entries()) {
      add(`${at}.links.${index}.label`, link.label, outcome.id);
    }
    outcome.continueWith.forEach((link, index) => {
      add(`${at}.continueWith.${index}.label`, link.label, outcome.id);
    });
  }
  for (const trajectory of tree.trajectories) {
    const at = `trajectories.${trajectory.id}`;
    add(`${at}.title`, trajectory.title);
    add(`${at}.summary`, trajectory.summary);
    add(`${at}.body`, trajectory.body);
    trajectory.steps.forEach((step, index) => {
      add(`${at}.steps.${index}.title`, step.title);
      if (step.duration) add(`${at}.steps.${index}.duration`, step.duration);
      add(`${at}.steps.${index}.text`, step.text);
    });
  }
  for (const contact of tree.contacts) {
    add(`contacts.${contact.id}.name`, contact.name);
    add(`contacts.${contact.id}.text`, contact.text);
  }
  if (tree.handout) {
    add('handout.title', tree.handout.title);
    add('handout.deadline', tree.handout.deadline);
    add('handout.noDeadline', tree.handout.noDeadline);
    add('handout.body', tree.handout.body);
  }
  return texts;
}
