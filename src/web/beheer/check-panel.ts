// The validation problems and scenario results of a draft, beside every edit
// page and on the draft page: each problem links to where it can be fixed.
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { editPath } from './beheer-paths.ts';
import type { DraftModel } from './draft-model.ts';
import { contentPathOf, problemHref } from './editor-registry.ts';
import { problemPlace } from './problem-place.ts';
import { readableProblem } from './problem-texts.ts';

export function publishableLine(check: DraftCheck): SafeHtml {
  return check.publishable
    ? html`<p class="utrecht-paragraph wkb-check wkb-check--ok"><span aria-hidden="true">✓</span> Het concept kan gepubliceerd worden.</p>`
    : html`<p class="utrecht-paragraph wkb-check wkb-check--fail"><span aria-hidden="true">✗</span> Het concept kan nog niet gepubliceerd worden.</p>`;
}

/** Errors and scenarios that keep the draft from being published, in a few words. */
export function blockingText(check: DraftCheck): string {
  const problems =
    check.treeProblems.filter((problem) => problem.severity === 'error').length +
    check.scenarioProblems.length;
  const failing = check.scenarioResults.filter((result) => !result.passed).length;
  const parts = [
    problems > 0 ? `${problems} ${problems === 1 ? 'probleem' : 'problemen'}` : '',
    failing > 0 ? `${failing} ${failing === 1 ? 'scenario klopt' : 'scenario’s kloppen'} niet` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'er zijn nog geen scenario’s';
}

/** What a save says: saved, and whether the draft can be published as it is now. */
export function savedText(check: DraftCheck): { text: string; kind: 'ok' | 'warning' } {
  return check.publishable
    ? { text: 'Opgeslagen. Het concept kan gepubliceerd worden.', kind: 'ok' }
    : {
        text: `Opgeslagen als concept — nog niet te publiceren: ${blockingText(check)}.`,
        kind: 'warning',
      };
}

export function problemList(treeId: string, model: DraftModel, check: DraftCheck): SafeHtml {
  const problems = [
    ...check.treeProblems.map((problem) => ({
      ...problem,
      path: contentPathOf(problem, 'tree'),
    })),
    ...check.scenarioProblems.map((problem) => ({
      ...problem,
      severity: 'error' as const,
      path: contentPathOf(problem, 'scenarios'),
    })),
  ];
  if (problems.length === 0) {
    return html`<p class="utrecht-paragraph">De controle vindt geen problemen in de boom.</p>`;
  }
  return html`<ul class="utrecht-unordered-list wkb-problems">${problems.map(
    (problem) =>
      html`<li class="utrecht-unordered-list__item wkb-problem wkb-problem--${problem.severity}"><strong>${problem.severity === 'error' ? 'Fout' : 'Waarschuwing'}:</strong> ${readableProblem(model, problem)} <a class="utrecht-link utrecht-link--html-a" href="${problemHref(treeId, model, problem.path)}">Aanpassen<span class="wkb-visually-hidden">: ${problemPlace(model, problem.path)}</span></a></li>`,
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
  // The scenarios run on a tree without errors only.
  if (results.length === 0 && !check.tree) {
    return html`<p class="utrecht-paragraph">De scenario’s worden weer gecontroleerd als de fouten hierboven zijn opgelost.</p>`;
  }
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
