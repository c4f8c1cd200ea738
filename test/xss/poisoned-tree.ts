// A copy of a tree with the hostile payload added to every text a beheerder
// can edit, each behind its own tag (XSS001, XSS002, …) so a test can say
// which text it expects on which page. Texts keep their original words and
// placeholders, so the tree stays valid and its scenarios keep passing.
import { type Tree, treeSchema } from '../../src/core/tree/tree.ts';
import { hostile, tagged } from './inert-markup.ts';

export interface PoisonedText {
  tag: string;
  /** Markdown texts are sanitised: raw HTML is dropped, the words around it stay. */
  markdown: boolean;
}

/** A Markdown paragraph with the payload inline and a javascript: link. */
export const markdownPayload = (tag: string) => `${tag} ${hostile} [klik](javascript:alert(1))`;

/** A line that would become a calendar property if a text's line break were not escaped. */
export const icsInjection = '\nX-INJECTED:1';

/** `original` as stored (JSON); defaults are filled in by the schema. */
export function poisonTree(
  original: unknown,
  prefix: string,
): {
  tree: Tree;
  texts: Map<string, PoisonedText>;
} {
  const tree = treeSchema.parse(original);
  const texts = new Map<string, PoisonedText>();
  const plain = (path: string, text: string, extra = ''): string => {
    const tag = `${prefix}${String(texts.size + 1).padStart(3, '0')}`;
    texts.set(path, { tag, markdown: false });
    return `${text} ${tagged(tag)}${extra}`;
  };
  const markdown = (path: string, text: string): string => {
    const tag = `${prefix}${String(texts.size + 1).padStart(3, '0')}`;
    texts.set(path, { tag, markdown: true });
    return `${text}\n\n${markdownPayload(tag)}`;
  };

  tree.title = plain('title', tree.title);
  tree.audience = plain('audience', tree.audience);
  tree.intro = markdown('intro', tree.intro);
  for (const [id, parameter] of Object.entries(tree.parameters)) {
    parameter.label = plain(`parameters.${id}.label`, parameter.label);
    parameter.source.ref = plain(`parameters.${id}.source`, parameter.source.ref);
  }
  for (const rule of tree.dates) {
    rule.label = plain(`dates.${rule.id}.label`, rule.label, icsInjection);
  }
  for (const requirement of tree.requirements) {
    requirement.label = plain(`requirements.${requirement.id}.label`, requirement.label);
  }
  for (const node of tree.nodes) {
    const at = `nodes.${node.id}`;
    node.text = plain(`${at}.text`, node.text);
    if (node.kind === 'check') continue;
    node.help = plain(`${at}.help`, node.help);
    if (node.hint) node.hint = plain(`${at}.hint`, node.hint);
    if (node.kind !== 'choice') continue;
    for (const option of node.options) {
      option.label = plain(`${at}.options.${option.id}.label`, option.label);
      if (option.hint) option.hint = plain(`${at}.options.${option.id}.hint`, option.hint);
    }
  }
  for (const outcome of tree.outcomes) {
    const at = `outcomes.${outcome.id}`;
    outcome.title = plain(`${at}.title`, outcome.title);
    outcome.explanation = markdown(`${at}.explanation`, outcome.explanation);
    outcome.nextSteps = markdown(`${at}.nextSteps`, outcome.nextSteps);
    outcome.links.forEach((link, index) => {
      link.label = plain(`${at}.links.${index}.label`, link.label);
    });
    outcome.continueWith.forEach((link, index) => {
      link.label = plain(`${at}.continueWith.${index}.label`, link.label);
    });
  }
  for (const trajectory of tree.trajectories) {
    const at = `trajectories.${trajectory.id}`;
    trajectory.title = plain(`${at}.title`, trajectory.title);
    trajectory.summary = plain(`${at}.summary`, trajectory.summary);
    trajectory.body = markdown(`${at}.body`, trajectory.body);
    trajectory.steps.forEach((step, index) => {
      step.title = plain(`${at}.steps.${index}.title`, step.title);
      if (step.duration) step.duration = plain(`${at}.steps.${index}.duration`, step.duration);
      step.text = markdown(`${at}.steps.${index}.text`, step.text);
    });
  }
  for (const contact of tree.contacts) {
    contact.name = plain(`contacts.${contact.id}.name`, contact.name);
    contact.text = markdown(`contacts.${contact.id}.text`, contact.text);
  }
  if (tree.handout) {
    const handout = tree.handout;
    handout.title = plain('handout.title', handout.title);
    handout.body = markdown('handout.body', handout.body);
    if (handout.deadline) handout.deadline = markdown('handout.deadline', handout.deadline);
    if (handout.noDeadline) handout.noDeadline = markdown('handout.noDeadline', handout.noDeadline);
  }
  return { tree, texts };
}
