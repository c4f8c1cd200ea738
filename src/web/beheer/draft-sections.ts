// The contents of a draft on the draft page, as sections that open and close
// (<details>), with a table of contents above them: questions and checks by
// their text with where they lead, outcomes by their title, parameters with
// the name texts use, dates, requirements, trajectories, contacts and
// scenarios. Every row starts with a "Wijzig" link to its edit page, so it is
// in view without scrolling a table sideways, also on a phone.

import { derivedDateText, parameterText } from '../../core/diff/tree-diff-text.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { sourceText } from '../../core/tree/source.ts';
import type { Tree, TreeNode } from '../../core/tree/tree.ts';
import { type HtmlValue, html, type SafeHtml } from '../../views/html.ts';
import { verdictLabel } from '../../views/verdict.ts';
import { editPath, nodeEditPath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';
import { dataTable } from './ui/data-table.ts';

const kindWords = { choice: 'keuzevraag', date: 'datumvraag', check: 'controle' } as const;

function link(href: string | undefined, text: HtmlValue): SafeHtml {
  return href
    ? html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`
    : html`${text}`;
}

/** "Wijzig", with what it changes for screen readers (a column of the same word otherwise). */
function change(href: string | undefined, what: string): SafeHtml {
  return link(href, html`Wijzig<span class="wkb-visually-hidden"> ${what}</span>`);
}

/** A question, check or outcome as the coordinator knows it: by its text. */
function targetName(tree: Tree, id: string): string {
  const outcome = tree.outcomes.find((candidate) => candidate.id === id);
  if (outcome) return `Uitkomst: ${outcome.title}`;
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) return `"${id}" (bestaat niet)`;
  return node.kind === 'check' ? `Controle: ${node.text}` : node.text;
}

function routes(treeId: string, tree: Tree, node: TreeNode): SafeHtml {
  const to = (id: string) => link(nodeEditPath(treeId, tree, id), targetName(tree, id));
  const items: [string, SafeHtml][] =
    node.kind === 'choice'
      ? node.options.map((option) => [option.label, to(option.next)])
      : node.kind === 'date'
        ? [
            ['Na de datum', to(node.next)],
            ...(node.unknown
              ? [[node.unknown.label, to(node.unknown.next)] as [string, SafeHtml]]
              : []),
          ]
        : node.branches.length === 1
          ? [
              ['Klopt', to(node.branches[0]?.next ?? '')],
              ['Klopt niet', to(node.else)],
            ]
          : [
              ...node.branches.map((branch, index): [string, SafeHtml] => [
                `Tak ${index + 1}`,
                to(branch.next),
              ]),
              ['Anders', to(node.else)],
            ];
  return html`<ul class="utrecht-unordered-list wkb-routes">${items.map(([via, target]) => html`<li class="utrecht-unordered-list__item"><span class="wkb-routes__via">${via}</span> → ${target}</li>`)}</ul>`;
}

interface Section {
  id: string;
  title: string;
  count?: number;
  content: SafeHtml;
  /** Open when the page loads; the others open with a click or a link to them. */
  open?: boolean;
}

/**
 * A section that opens and closes. The id sits on its content, so a link to
 * `#id` opens it (browsers open a closed <details> around a link's target;
 * the beheer script does the same where they do not).
 */
function section({ id, title, count, content, open }: Section): SafeHtml {
  return html`<details class="wkb-draft-section"${open ? ' open' : ''}>
<summary class="wkb-draft-section__summary"><h2 class="utrecht-heading-2 wkb-draft-section__title" id="${id}-titel">${title}${count === undefined ? '' : html` <span class="wkb-draft-section__count">(${String(count)})</span>`}</h2></summary>
<div class="wkb-draft-section__content" id="${id}">
${content}
</div>
</details>`;
}

function addButton(href: string, text: string): SafeHtml {
  return html`<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${href}">${text}</a></p>`;
}

function sections(treeId: string, model: DraftModel, check: DraftCheck): Section[] {
  const { tree } = model;
  const nodes = dataTable(
    'Vragen en controles, in volgorde van de boom',
    ['Wijzigen', 'Vraag of controle', 'Leidt naar'],
    tree.nodes.map((node): HtmlValue[] => [
      change(nodeEditPath(treeId, tree, node.id), `${kindWords[node.kind]}: ${node.text}`),
      html`${node.text}<br><span class="wkb-meta">${kindWords[node.kind]}${node.id === tree.start ? ', de eerste vraag' : ''}</span>`,
      routes(treeId, tree, node),
    ]),
  );
  const outcomes = dataTable(
    'Uitkomsten',
    ['Wijzigen', 'Titel', 'Oordeel'],
    tree.outcomes.map((outcome) => [
      change(editPath(treeId, 'uitkomst', outcome.id), `uitkomst: ${outcome.title}`),
      outcome.title,
      verdictLabel(outcome.verdict),
    ]),
  );
  const parameters = dataTable(
    'Parameters: termijnen en aantallen',
    ['Wijzigen', 'Omschrijving', 'Waarde', 'In teksten', 'Bron'],
    Object.entries(tree.parameters).map(([id, parameter]) => [
      change(editPath(treeId, 'parameter', id), `parameter: ${parameter.label}`),
      parameter.label,
      parameterText(parameter),
      html`<code class="wkb-placeholder">{{${id}}}</code>`,
      sourceText(parameter.source),
    ]),
  );
  const dates = dataTable(
    'Berekende datums (alleen te lezen)',
    ['Naam', 'In teksten', 'Berekening', 'Bron'],
    tree.dates.map((rule) => [
      rule.label,
      html`<code class="wkb-placeholder">{{${rule.id}}}</code>`,
      derivedDateText(rule),
      sourceText(rule.source),
    ]),
  );
  const requirements = dataTable(
    'Voorwaarden',
    ['Wijzigen', 'Tekst bij ✓ of ✗'],
    tree.requirements.map((requirement) => [
      change(editPath(treeId, 'voorwaarde', requirement.id), `voorwaarde: ${requirement.label}`),
      requirement.label,
    ]),
  );
  const trajectories = dataTable(
    'Trajecten',
    ['Wijzigen', 'Titel', 'Stappen'],
    tree.trajectories.map((trajectory) => [
      change(editPath(treeId, 'traject', trajectory.id), `traject: ${trajectory.title}`),
      trajectory.title,
      String(trajectory.steps.length),
    ]),
  );
  const contacts = dataTable(
    'Contacten',
    ['Wijzigen', 'Naam'],
    tree.contacts.map((contact) => [
      change(editPath(treeId, 'contact', contact.id), `contact: ${contact.name}`),
      contact.name,
    ]),
  );
  const scenarios = dataTable(
    'Scenario’s met hun resultaat',
    ['Wijzigen', 'Nr.', 'Klopt', 'Naam'],
    model.scenarios.scenarios.map((scenario, index) => {
      const result = check.scenarioResults[index];
      const mark =
        result === undefined
          ? '–'
          : result.passed
            ? html`<span aria-hidden="true">✓</span><span class="wkb-visually-hidden">klopt</span>`
            : html`<span aria-hidden="true">✗</span><span class="wkb-visually-hidden">klopt niet</span>`;
      return [
        change(editPath(treeId, 'scenario', String(index + 1)), `scenario ${index + 1}`),
        String(index + 1),
        mark,
        scenario.name,
      ];
    }),
  );
  return [
    {
      id: 'algemeen',
      title: 'Titel, doelgroep en inleiding',
      content: html`<dl class="utrecht-data-list utrecht-data-list--rows">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Titel</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${tree.title}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Voor wie</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${tree.audience}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">De eerste vraag</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${targetName(tree, tree.start)}</dd></div>
</dl>
<p class="utrecht-paragraph">${link(editPath(treeId, 'algemeen'), 'Titel, doelgroep, inleiding en eerste vraag wijzigen')}${tree.handout ? html` · ${link(editPath(treeId, 'folder'), 'Folder voor de huurder wijzigen')}` : ''}</p>`,
    },
    {
      id: 'onderdelen',
      title: 'Vragen en controles',
      count: tree.nodes.length,
      open: true,
      content: html`${nodes}${addButton(editPath(treeId, 'nieuw'), 'Vraag, controle of uitkomst toevoegen')}`,
    },
    {
      id: 'uitkomsten',
      title: 'Uitkomsten',
      count: tree.outcomes.length,
      open: true,
      content: outcomes,
    },
    {
      id: 'parameters',
      title: 'Parameters: termijnen en aantallen',
      count: Object.keys(tree.parameters).length,
      content: parameters,
    },
    { id: 'datums', title: 'Berekende datums', count: tree.dates.length, content: dates },
    {
      id: 'voorwaarden',
      title: 'Voorwaarden',
      count: tree.requirements.length,
      content: requirements,
    },
    {
      id: 'trajecten',
      title: 'Trajecten',
      count: tree.trajectories.length,
      content: trajectories,
    },
    { id: 'contacten', title: 'Contacten', count: tree.contacts.length, content: contacts },
    {
      id: 'scenarios',
      title: 'Scenario’s',
      count: model.scenarios.scenarios.length,
      content: html`${scenarios}${addButton(editPath(treeId, 'scenario', 'nieuw'), 'Scenario toevoegen')}`,
    },
  ];
}

/** The table of contents: every section of the draft page, with how many items it holds. */
function contents(entries: readonly { id: string; title: string; count?: number }[]): SafeHtml {
  return html`<nav class="wkb-toc" aria-labelledby="inhoud-titel">
<h2 class="utrecht-heading-2 wkb-toc__title" id="inhoud-titel">Op deze pagina</h2>
<ul class="wkb-toc__list">${entries.map(
    (entry) =>
      html`<li class="wkb-toc__item"><a class="utrecht-link utrecht-link--html-a" href="#${entry.id}">${entry.title}${entry.count === undefined ? '' : ` (${entry.count})`}</a></li>`,
  )}</ul>
</nav>`;
}

/** The table of contents (with the check above the sections) and the sections. */
export function draftSections(
  treeId: string,
  model: DraftModel,
  check: DraftCheck,
): { contents: SafeHtml; sections: SafeHtml } {
  const all = sections(treeId, model, check);
  return {
    contents: contents([
      { id: 'controle', title: 'Controle en publiceren' },
      { id: 'schema', title: 'Schema' },
      ...all,
    ]),
    sections: html`${all.map(section)}`,
  };
}
