// `/beheer/gedeeld`: the shared rules and contacts (SPEC §11) — their draft,
// what publishing it would do to every tree (the same gate as a tree's), the
// publish form, and the history with what changed per version.

import type { diffSharedRules } from '../../core/diff/shared-rules-diff.ts';
import { parameterText } from '../../core/diff/tree-diff-text.ts';
import { contactRouteLink } from '../../core/tree/contact-route.ts';
import { sourceText } from '../../core/tree/source.ts';
import type { SharedDraft, TreeGate } from '../../services/shared-rules-admin.ts';
import type { VersionSummary } from '../../store/store.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { treePath } from './beheer-paths.ts';
import { problemList, publishableLine, scenarioResultList } from './check-panel.ts';
import { changeList } from './diff-view.ts';
import { readDraftModel } from './draft-model.ts';
import { textArea } from './form-fields.ts';
import { sharedEditPath, sharedRulesPath } from './shared-rules-paths.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { dataTable } from './ui/data-table.ts';
import { notice } from './ui/notice.ts';

const link = (href: string, text: string) =>
  html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`;

/** One tree as it would be published with the draft: ready or not, and why not. */
/** Failing scenarios only: offer to take over what the tree does under the new rules. */
function adoptForm(gate: TreeGate, csrfToken: string | undefined): SafeHtml | '' {
  if (gate.check.publishable || !gate.check.tree) return '';
  if (gate.check.scenarioResults.every((result) => result.passed)) return '';
  return html`<form method="post" action="${sharedRulesPath}/scenarios/${gate.treeId}" class="wkb-adopt">
${csrfField(csrfToken)}
<p class="utrecht-paragraph">Klopt wat de boom met de nieuwe regels doet? Neem het dan over in de scenario's die niet meer kloppen. Ze worden opgeslagen in het concept van deze boom; controleer ze daar.</p>
<button class="utrecht-button utrecht-button--secondary-action" type="submit">Neem de nieuwe uitkomsten over in de scenario's van deze boom</button>
</form>`;
}

function gateView(gate: TreeGate, csrfToken: string | undefined): SafeHtml {
  const model = readDraftModel(gate.content);
  return html`<section class="wkb-draft-section" aria-labelledby="boom-${gate.treeId}">
<h3 class="utrecht-heading-3" id="boom-${gate.treeId}">${link(treePath(gate.treeId), gate.title)}</h3>
${publishableLine(gate.check)}
<p class="utrecht-paragraph">${gate.changed ? 'Publiceren maakt een nieuwe versie van deze boom.' : 'Deze boom verandert niet.'}</p>
${gate.check.publishable || !model ? '' : problemList(gate.treeId, model, gate.check)}
${gate.check.publishable ? '' : scenarioResultList(gate.treeId, gate.check, { failedOnly: true })}
${adoptForm(gate, csrfToken)}
</section>`;
}

export interface SharedPageOptions {
  canPublish: boolean;
  csrfToken: string | undefined;
  published?: string | undefined;
  saved?: boolean;
  note?: string;
  refused?: boolean;
  stale?: boolean;
  /** Names of the scenarios that just took over the new outcomes. */
  adopted?: string[];
}

export function sharedRulesPage(
  found: SharedDraft,
  options: SharedPageOptions,
): { title: string; main: SafeHtml } {
  const { rules, gates } = found;
  const ready = gates.every((gate) => gate.check.publishable);
  const parameters = dataTable(
    'Perioden en andere waarden voor alle bomen',
    ['Id', 'Omschrijving', 'Waarde', 'Bron'],
    Object.entries(rules.parameters).map(([id, parameter]) => [
      link(sharedEditPath('parameter', id), id),
      parameter.label,
      parameterText(parameter),
      sourceText(parameter.source),
    ]),
  );
  const contacts = dataTable(
    'Contacten voor alle bomen',
    ['Id', 'Naam', 'Bereikbaar via', 'Bron'],
    rules.contacts.map((contact) => [
      link(sharedEditPath('contact', contact.id), contact.id),
      contact.name,
      contact.routes.length === 0
        ? 'nog niets (te controleren)'
        : contact.routes
            .map((route) => `${contactRouteLink(route).label}: ${contactRouteLink(route).text}`)
            .join('; '),
      sourceText(contact.source),
    ]),
  );
  const corporations =
    rules.corporations.length === 0
      ? html`<p class="utrecht-paragraph">Nog geen corporaties.</p>`
      : html`<ul class="utrecht-unordered-list">${rules.corporations.map((corporation) => html`<li class="utrecht-unordered-list__item">${corporation.name} — ${sourceText(corporation.source)}</li>`)}</ul>`;
  const title = rules.title;
  const main = html`<h1 class="utrecht-heading-1">${title}</h1>
${options.published ? notice(`Gepubliceerd als versie ${options.published}, samen met een nieuwe versie van elke boom die verandert.`) : ''}
${options.saved ? notice('Opgeslagen in het concept van de gedeelde regels.') : ''}
${options.adopted ? notice(options.adopted.length === 0 ? "Er waren geen scenario's die niet klopten." : `Overgenomen in ${options.adopted.length} ${options.adopted.length === 1 ? 'scenario' : "scenario's"}: ${options.adopted.join('; ')}. Controleer ze in het concept van de boom, en publiceer dan de gedeelde regels.`, 'ok') : ''}
${options.refused ? notice('Niet gepubliceerd: niet elke boom komt door de controle. Hieronder ziet u welke boom en welk scenario.', 'warning') : ''}
${options.stale ? notice('Het concept is intussen veranderd. Bekijk de controle opnieuw en publiceer dan.', 'warning') : ''}
<p class="utrecht-paragraph">Deze regels en contacten gelden voor alle bomen. Verandert u hier een periode, dan verandert die in elke boom tegelijk. Publiceren kan alleen als elke boom daarna nog door de controle en al zijn scenario’s komt.</p>
<p class="utrecht-paragraph">${link(`${sharedRulesPath}/versies`, 'Geschiedenis van de gedeelde regels')} · ${link('/beheer/te-controleren', 'Te controleren')}</p>
<section class="wkb-draft-section" aria-labelledby="parameters-titel"><h2 class="utrecht-heading-2" id="parameters-titel">Perioden en waarden</h2>${parameters}</section>
<section class="wkb-draft-section" aria-labelledby="contacten-titel"><h2 class="utrecht-heading-2" id="contacten-titel">Contacten</h2>${contacts}</section>
<section class="wkb-draft-section" aria-labelledby="corporaties-titel"><h2 class="utrecht-heading-2" id="corporaties-titel">Corporaties</h2>${corporations}<p class="utrecht-paragraph">${link(sharedEditPath('corporaties'), 'Corporaties wijzigen')}</p></section>
<section class="wkb-draft-section" aria-labelledby="controle-titel"><h2 class="utrecht-heading-2" id="controle-titel">Controle van elke boom met dit concept</h2>
${gates.map((gate) => gateView(gate, options.csrfToken))}
<p class="utrecht-paragraph">Klopt een scenario niet meer omdat de periode verandert? Pas het scenario aan in het concept van die boom. Bij publiceren gaan de scenario’s uit het concept mee.</p>
</section>
${
  options.canPublish
    ? html`<form method="post" action="${sharedRulesPath}/publiceren" class="wkb-publish-form" id="publiceren">
${csrfField(options.csrfToken)}
<input type="hidden" name="revision" value="${String(found.draft.revision)}">
${textArea({ name: 'note', label: 'Wat verandert er? (mag leeg)', value: options.note ?? '', rows: 2, hint: 'De geschiedenis van elke boom noemt de wijziging zelf al, bijvoorbeeld "regeling_maanden 6 maanden → 3 maanden".' })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit"${ready ? '' : ' aria-describedby="niet-klaar"'}>Publiceren in alle bomen</button>
${ready ? '' : html`<p class="utrecht-paragraph" id="niet-klaar">Nog niet elke boom komt door de controle; publiceren wordt geweigerd.</p>`}
</form>`
    : html`<p class="utrecht-paragraph">Alleen een beheerder kan de gedeelde regels publiceren.</p>`
}`;
  return { title, main };
}

export function sharedHistoryPage(
  versions: readonly { summary: VersionSummary; changes: ReturnType<typeof diffSharedRules> }[],
): { title: string; main: SafeHtml } {
  const title = 'Geschiedenis van de gedeelde regels';
  const main = html`<p class="utrecht-paragraph">${link(sharedRulesPath, 'Terug naar de gedeelde regels')}</p>
<h1 class="utrecht-heading-1">${title}</h1>
<p class="utrecht-paragraph">Elke versie hieronder is ook als nieuwe versie in de geschiedenis van elke boom gekomen die erdoor veranderde.</p>
${versions.map(
  ({
    summary,
    changes,
  }) => html`<section class="wkb-draft-section" aria-labelledby="versie-${String(summary.version)}">
<h2 class="utrecht-heading-2" id="versie-${String(summary.version)}">Versie ${String(summary.version)}</h2>
<p class="utrecht-paragraph">${formatAmsterdamTime(summary.publishedAt)}, ${summary.publishedBy ?? 'systeem'}: ${summary.note}</p>
${changeList(changes, 'De eerste versie.')}
</section>`,
)}`;
  return { title, main };
}
