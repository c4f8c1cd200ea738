// Renders every Markdown text of a tree once per published version.
import type { Tree } from '../core/tree/tree.ts';
import { type TreeTexts, textKey } from '../views/walk-context.ts';
import { renderMarkdown } from './markdown.ts';

export function renderTreeTexts(tree: Tree): TreeTexts {
  const texts: TreeTexts = { [textKey.intro()]: renderMarkdown(tree.intro) };
  for (const outcome of tree.outcomes) {
    texts[textKey.explanation(outcome.id)] = renderMarkdown(outcome.explanation);
    texts[textKey.nextSteps(outcome.id)] = renderMarkdown(outcome.nextSteps);
  }
  for (const trajectory of tree.trajectories) {
    texts[textKey.trajectoryBody(trajectory.id)] = renderMarkdown(trajectory.body);
    trajectory.steps.forEach((step, index) => {
      texts[textKey.trajectoryStep(trajectory.id, index)] = renderMarkdown(step.text);
    });
  }
  for (const contact of tree.contacts)
    texts[textKey.contact(contact.id)] = renderMarkdown(contact.text);
  return texts;
}
