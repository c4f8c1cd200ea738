// The contents of a draft as tables on the draft page: questions and checks
// with where they lead, outcomes, parameters, dates, requirements,
// trajectories, contacts and scenarios. Every row links to its edit page.

import { derivedDateText, parameterText, targetText } from '../../core/diff/tree-diff-text.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { sourceText } from '../../core/tree/source.ts';
import type { Tree, TreeNode } from '../../core/tree/tree.ts';
import { type HtmlValue, html, type SafeHtml } from '../../views/html.ts';
import { verdictLabel } from '../../views/verdict.ts';
import { editPath, nodeEditPath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';
import { dataTable } from './ui/data-table.ts';

const kindWords = { choice: 'keuzevraag', date: 'datumvraag', check: 'controle' } as const;

function link(href: string | undefined, text: string): SafeHtml {
  return href
    ? html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`
    : html`${text}`;
}

function routes(treeId: string, tree: Tree, node: TreeNode): SafeHtml {
  const to = (id: string) => link(nodeEditPath(treeId, tree, id), targetText(tree, id));
  const items: [string, SafeHtml][] =
    node.kind === 'choice'
      ? node.options.map((option) => [`${option.label} (${option.id})`, to(option.next)])
      : node.kind === 'date'
        ? [['datum', to(node.next)]]
        : [
            ...node.branches.map((branch, index): [string, SafeHtml] => [
              `tak ${index + 1}`,
              to(branch.next),
            ]),
            ['anders', to(node.else)],
          ];
  return html`<ul class="utrecht-unordered-list wkb-routes">${items.map(([via, target]) => html`<li class="utrecht-unordered-list__item">${via} → ${target}</li>`)}</ul>`;
}

function section(id: string, title: string, content: SafeHtml, action?: SafeHtml): SafeHtml {
  return html`<section class="wkb-draft-section" id="${id}" aria-labelledby="${id}-titel">
<h2 class="utrecht-heading-2" id="${id}-titel">${title}</h2>
${content}${action ?? ''}
</section>`;
}

export function draftSections(treeId: string, model: DraftModel, check: DraftCheck): SafeHtml {
  const { tree } = model;
  const edit = (part: string, key: string, text: string) => link(editPath(treeId, part, key), text);
  const nodes = dataTable(
    'Vragen en controles, in volgorde van de boom',
    ['Id', 'Soort', 'Tekst', 'Leidt naar'],
    tree.nodes.map((node): HtmlValue[] => [
      link(nodeEditPath(treeId, tree, node.id), node.id),
      `${kindWords[node.kind]}${node.id === tree.start ? ' (start)' : ''}`,
      node.text,
      routes(treeId, tree, node),
    ]),
  );
  const outcomes = dataTable(
    'Uitkomsten',
    ['Id', 'Oordeel', 'Titel'],
    tree.outcomes.map((outcome) => [
      edit('uitkomst', outcome.id, outcome.id),
      verdictLabel(outcome.verdict),
      outcome.title,
    ]),
  );
  const parameters = dataTable(
    'Parameters: termijnen en aantallen',
    ['Id', 'Omschrijving', 'Waarde', 'Bron'],
    Object.entries(tree.parameters).map(([id, parameter]) => [
      edit('parameter', id, id),
      parameter.label,
      parameterText(parameter),
      sourceText(parameter.source),
    ]),
  );
  const dates = dataTable(
    'Berekende datums (alleen te lezen)',
    ['Id', 'Naam', 'Berekening', 'Bron'],
    tree.dates.map((rule) => [rule.id, rule.label, derivedDateText(rule), sourceText(rule.source)]),
  );
  const requirements = dataTable(
    'Voorwaarden',
    ['Id', 'Tekst'],
    tree.requirements.map((requirement) => [
      edit('voorwaarde', requirement.id, requirement.id),
      requirement.label,
    ]),
  );
  const trajectories = dataTable(
    'Trajecten',
    ['Id', 'Titel', 'Stappen'],
    tree.trajectories.map((trajectory) => [
      edit('traject', trajectory.id, trajectory.id),
      trajectory.title,
      String(trajectory.steps.length),
    ]),
  );
  const contacts = dataTable(
    'Contacten',
    ['Id', 'Naam'],
    tree.contacts.map((contact) => [edit('contact', contact.id, contact.id), contact.name]),
  );
  const scenarios = dataTable(
    'Scenario’s met hun resultaat',
    ['Nr.', 'Klopt', 'Naam'],
    model.scenarios.scenarios.map((scenario, index) => {
      const result = check.scenarioResults[index];
      const mark =
        result === undefined
          ? '–'
          : result.passed
            ? html`<span aria-hidden="true">✓</span><span class="wkb-visually-hidden">klopt</span>`
            : html`<span aria-hidden="true">✗</span><span class="wkb-visually-hidden">klopt niet</span>`;
      return [edit('scenario', String(index + 1), String(index + 1)), mark, scenario.name];
    }),
  );
  const add = (href: string, text: string) =>
    html`<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="${href}">${text}</a></p>`;
  return html`${section(
    'algemeen',
    'Titel, doelgroep en inleiding',
    html`<dl class="utrecht-data-list utrecht-data-list--rows">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Titel</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${tree.title}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Voor wie</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${tree.audience}</dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Begint bij</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${tree.start}</dd></div>
</dl>`,
    html`<p class="utrecht-paragraph">${link(editPath(treeId, 'algemeen'), 'Titel, doelgroep, inleiding en start wijzigen')}${tree.handout ? html` · ${link(editPath(treeId, 'folder'), 'Folder voor de huurder wijzigen')}` : ''}</p>`,
  )}
${section('onderdelen', 'Vragen en controles', nodes, add(editPath(treeId, 'nieuw'), 'Vraag, controle of uitkomst toevoegen'))}
${section('uitkomsten', 'Uitkomsten', outcomes)}
${section('parameters', 'Parameters', parameters)}
${section('datums', 'Berekende datums', dates)}
${section('voorwaarden', 'Voorwaarden', requirements)}
${section('trajecten', 'Trajecten', trajectories)}
${section('contacten', 'Contacten', contacts)}
${section('scenarios', 'Scenario’s', scenarios, add(editPath(treeId, 'scenario', 'nieuw'), 'Scenario toevoegen'))}`;
}
