// The names a text may use between {{ }}, with what the walk fills in now:
// shown under every text field of the editor, so nobody has to remember
// `{{regeling_maanden}}` or guess what it says today.
import {
  corporationList,
  corporationsPlaceholder,
  formatParameter,
} from '../../core/tree/template.ts';
import type { Tree } from '../../core/tree/tree.ts';
import { html, type SafeHtml } from '../../views/html.ts';

interface PlaceholderName {
  name: string;
  value: string;
}

function names(tree: Tree): PlaceholderName[] {
  return [
    ...Object.entries(tree.parameters).map(([name, parameter]) => ({
      name,
      value: `${formatParameter(parameter)} (${parameter.label})`,
    })),
    ...tree.dates.map((rule) => ({
      name: rule.id,
      value: `een datum, per wandeling berekend (${rule.label})`,
    })),
    ...(tree.corporations.length > 0
      ? [{ name: corporationsPlaceholder, value: corporationList(tree.corporations) }]
      : []),
  ];
}

/**
 * A closed list under a text field: every name with its current value. Made
 * once per form and put under each field that takes placeholders.
 */
export function placeholderList(tree: Tree): SafeHtml {
  const all = names(tree);
  if (all.length === 0) return html``;
  return html`<details class="wkb-placeholders">
<summary class="wkb-placeholders__summary">Invulnamen en hun waarde</summary>
<p class="utrecht-paragraph">Zet een naam tussen {{ }} in de tekst; de Woonkansboom vult dan de waarde in. Verandert de waarde, dan verandert de tekst mee.</p>
<dl class="wkb-placeholders__list">${all.map(
    ({ name, value }) =>
      html`<div class="wkb-placeholders__item"><dt><code class="wkb-placeholder">{{${name}}}</code></dt><dd>${value}</dd></div>`,
  )}</dl>
</details>`;
}
