// The validation problems and scenario results of a draft, beside every edit
// page and on the draft page: each problem links to where it can be fixed.
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { editPath, problemPath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';

export function publishableLine(check: DraftCheck): SafeHtml {
  return check.publishable
    ? html`<p class="utrecht-paragraph wkb-check wkb-check--ok"><span aria-hidden="true">✓</span> Het concept kan gepubliceerd worden.</p>`
    : html`<p class="utrecht-paragraph wkb-check wkb-check--fail"><span aria-hidden="true">✗</span> Het concept kan nog niet gepubliceerd worden.</p>`;
}

export function problemList(treeId: string, model: DraftModel, check: DraftCheck): SafeHtml {
  const problems = [
    ...check.treeProblems.map((problem) => ({
      ...problem,
      href: problemPath(treeId, model.tree, problem.path),
    })),
    ...check.scenarioProblems.map((problem) => ({
      ...problem,
      severity: 'error' as const,
      href: problemPath(
        treeId,
        model.tree,
        `scenarios.${problem.path.replace(/^scenarios\./, '')}`,
      ),
    })),
  ];
  if (problems.length === 0) {
    return html`<p class="utrecht-paragraph">De controle vindt geen problemen in de boom.</p>`;
  }
  return html`<ul class="utrecht-unordered-list wkb-problems">${problems.map(
    (problem) =>
      html`<li class="utrecht-unordered-list__item wkb-problem wkb-problem--${problem.severity}"><strong>${problem.severity === 'error' ? 'Fout' : 'Waarschuwing'}:</strong> ${problem.message} <a class="utrecht-link utrecht-link--html-a" href="${problem.href}">Aanpassen<span class="wkb-visually-hidden"> (${problem.path})</span></a></li>`,
  )}</ul>`;
}

export function scenarioResultList(
  treeId: string,
  check: DraftCheck,
  { failedOnly = false } = {},
): SafeHtml {
  const results = check.scenarioResults.map((result, index) => ({ result, number: index + 1 }));
  const passed = results.filter(({ result }) => result.passed).length;
  const shown = failedOnly ? results.filter(({ result }) => !result.passed) : results;
  return html`<p class="utrecht-paragraph">${String(passed)} van de ${String(results.length)} scenario’s kloppen.</p>
${
  shown.length === 0
    ? ''
    : html`<ul class="utrecht-unordered-list wkb-scenario-results">${shown.map(
        ({ result, number }) =>
          html`<li class="utrecht-unordered-list__item wkb-scenario-result wkb-scenario-result--${result.passed ? 'ok' : 'fail'}"><span aria-hidden="true">${result.passed ? '✓' : '✗'}</span><span class="wkb-visually-hidden">${result.passed ? 'Klopt' : 'Klopt niet'}: </span> <a class="utrecht-link utrecht-link--html-a" href="${editPath(treeId, 'scenario', String(number))}">${result.name}</a>${result.failures.length > 0 ? html`<ul class="utrecht-unordered-list">${result.failures.map((failure) => html`<li class="utrecht-unordered-list__item">${failure}</li>`)}</ul>` : ''}</li>`,
      )}</ul>`
}`;
}

/** The panel beside an edit page: publishable or not, problems, failing scenarios. */
export function checkPanel(treeId: string, model: DraftModel, check: DraftCheck): SafeHtml {
  return html`<aside class="wkb-beheer-aside" aria-labelledby="controle-titel">
<h2 class="utrecht-heading-2" id="controle-titel">Controle van het concept</h2>
${publishableLine(check)}
<h3 class="utrecht-heading-3">Problemen</h3>
${problemList(treeId, model, check)}
<h3 class="utrecht-heading-3">Scenario’s</h3>
${scenarioResultList(treeId, check, { failedOnly: true })}
</aside>`;
}
