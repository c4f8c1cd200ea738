// `/beheer/gedeeld`: the shared rules and contacts (SPEC §11) — their draft,
// what publishing it would do to every tree (the same gate as a tree's), the
// publish form, and the history with what changed per version.

import { formatDutchDate, formatTypedDate } from '../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../core/dates/plain-date.ts';
import type { diffSharedRules } from '../../core/diff/shared-rules-diff.ts';
import { parameterText } from '../../core/diff/tree-diff-text.ts';
import type { Problem } from '../../core/problem.ts';
import { contactRouteLink } from '../../core/tree/contact-route.ts';
import { sourceText } from '../../core/tree/source.ts';
import type { VersionInTime } from '../../services/effective-dates.ts';
import type { SharedDraft, TreeGate } from '../../services/shared-rules-admin.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { treePath } from './beheer-paths.ts';
import { problemList, publishableLine, scenarioResultList } from './check-panel.ts';
import { changeList } from './diff-view.ts';
import { readDraftModel } from './draft-model.ts';
import { textArea, textField } from './form-fields.ts';
import { sharedEditPath, sharedRulesPath } from './shared-rules-paths.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { dataTable } from './ui/data-table.ts';
import { notice } from './ui/notice.ts';
import { periodCell } from './version-timeline.ts';

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

function gateEffect(gate: TreeGate): string {
  if (gate.publishes) return 'Publiceren maakt een nieuwe versie van deze boom.';
  if (!gate.changed) return 'Deze boom verandert niet.';
  return `Vanaf ${formatDutchDate(gate.from)} gebruikt versie ${gate.version} van deze boom de nieuwe regels.`;
}

function gateView(gate: TreeGate, csrfToken: string | undefined, first: boolean): SafeHtml {
  const model = readDraftModel(gate.content);
  // A tree can meet the set in more than one version (one scheduled later).
  const id = first ? `boom-${gate.treeId}` : `boom-${gate.treeId}-${String(gate.version)}`;
  const which = first ? '' : ` (versie ${gate.version}, vanaf ${formatDutchDate(gate.from)})`;
  return html`<section class="wkb-draft-section" aria-labelledby="${id}">
<h3 class="utrecht-heading-3" id="${id}">${link(treePath(gate.treeId), gate.title)}${which}</h3>
${publishableLine(gate.check)}
<p class="utrecht-paragraph">${gateEffect(gate)}</p>
${gate.check.publishable || !model ? '' : problemList(gate.treeId, model, gate.check)}
${gate.check.publishable ? '' : scenarioResultList(gate.treeId, gate.check, { failedOnly: true })}
${adoptForm(gate, csrfToken)}
</section>`;
}

export interface SharedPageOptions {
  canPublish: boolean;
  csrfToken: string | undefined;
  /** Today, the default of "Vanaf wanneer geldt dit?". */
  today: PlainDate;
  published?: string | undefined;
  /** The day a just published version takes effect, when later than today. */
  planned?: string | undefined;
  /** The dates as typed, kept on a refusal. */
  dates?: { geldigVanaf: string; geldtVoorOntruimingenVanaf: string };
  dateProblems?: readonly Problem[];
  saved?: boolean;
  note?: string;
  refused?: boolean;
  stale?: boolean;
  /** Names of the scenarios that just took over the new outcomes. */
  adopted?: string[];
}

function dateFields(options: SharedPageOptions): SafeHtml {
  const errorOf = (field: string) =>
    options.dateProblems?.find((problem) => problem.path === field)?.message;
  return html`${textField({ name: 'geldigVanaf', label: 'Vanaf wanneer geldt dit?', value: options.dates?.geldigVanaf ?? formatTypedDate(options.today), hint: `Schrijf dag-maand-jaar. Vandaag is ${formatDutchDate(options.today)}. Kiest u een latere dag, dan wordt de versie gepland; de controle hierboven geldt voor vandaag, bij publiceren wordt elke boomversie gecontroleerd die er dan samen mee geldt.`, error: errorOf('geldigVanaf') })}
${textField({ name: 'geldtVoorOntruimingenVanaf', label: 'Alleen voor ontruimingen vanaf (overgangsrecht, mag leeg)', value: options.dates?.geldtVoorOntruimingenVanaf ?? '', hint: 'Een ontruiming van vóór die dag houdt de regels van de versie die eerder gold.', error: errorOf('geldtVoorOntruimingenVanaf') })}`;
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
${options.published && options.planned ? notice(`Versie ${options.published} is gepland vanaf ${formatDutchDate(options.planned)}. Vanaf die dag gebruiken alle bomen deze regels. Tot die dag kunt u haar intrekken bij de geschiedenis.`) : options.published ? notice(`Gepubliceerd als versie ${options.published}, samen met een nieuwe versie van elke boom die verandert.`) : ''}
${options.dateProblems?.length ? errorSummary(options.dateProblems.map((problem) => ({ href: `#${problem.path}`, message: problem.message }))) : ''}
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
${gates.map((gate, index) => gateView(gate, options.csrfToken, gates.findIndex((other) => other.treeId === gate.treeId) === index))}
<p class="utrecht-paragraph">Klopt een scenario niet meer omdat de periode verandert? Pas het scenario aan in het concept van die boom. Bij publiceren gaan de scenario’s uit het concept mee.</p>
</section>
${
  options.canPublish
    ? html`<form method="post" action="${sharedRulesPath}/publiceren" class="wkb-publish-form" id="publiceren">
${csrfField(options.csrfToken)}
<input type="hidden" name="revision" value="${String(found.draft.revision)}">
${textArea({ name: 'note', label: 'Wat verandert er? (mag leeg)', value: options.note ?? '', rows: 2, hint: 'De geschiedenis van elke boom noemt de wijziging zelf al, bijvoorbeeld "regeling_maanden 6 maanden → 3 maanden".' })}
${dateFields(options)}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit"${ready ? '' : ' aria-describedby="niet-klaar"'}>Publiceren in alle bomen</button>
${ready ? '' : html`<p class="utrecht-paragraph" id="niet-klaar">Nog niet elke boom komt door de controle; publiceren wordt geweigerd.</p>`}
</form>`
    : html`<p class="utrecht-paragraph">Alleen een beheerder kan de gedeelde regels publiceren.</p>`
}`;
  return { title, main };
}

export function sharedHistoryPage(
  versions: readonly { summary: VersionInTime; changes: ReturnType<typeof diffSharedRules> }[],
  options: {
    canCancel: boolean;
    csrfToken: string | undefined;
    today: PlainDate;
    cancelled?: string | undefined;
  },
): { title: string; main: SafeHtml } {
  const title = 'Geschiedenis van de gedeelde regels';
  const cancelForm = (summary: VersionInTime) =>
    options.canCancel && !summary.cancelled && summary.geldigVanaf > options.today
      ? html`<form method="post" action="${sharedRulesPath}/versies/${String(summary.version)}/intrekken">
${csrfField(options.csrfToken)}
<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit">Versie ${String(summary.version)} intrekken: deze gaat dan nooit gelden</button>
</form>`
      : '';
  const main = html`<p class="utrecht-paragraph">${link(sharedRulesPath, 'Terug naar de gedeelde regels')}</p>
<h1 class="utrecht-heading-1">${title}</h1>
${options.cancelled ? notice(`Versie ${options.cancelled} is ingetrokken. Die gaat nooit gelden en blijft in de geschiedenis staan.`) : ''}
<p class="utrecht-paragraph">Elke versie geldt vanaf een dag; daarna gebruiken alle bomen haar. Een versie die vandaag ging gelden, is ook als nieuwe versie in de geschiedenis gekomen van elke boom die erdoor veranderde. Een geplande versie kunt u intrekken tot de dag waarop ze gaat gelden.</p>
${versions.map(
  ({
    summary,
    changes,
  }) => html`<section class="wkb-draft-section" aria-labelledby="versie-${String(summary.version)}">
<h2 class="utrecht-heading-2" id="versie-${String(summary.version)}">Versie ${String(summary.version)}${summary.status === 'in-force' ? ' (geldt nu)' : ''}</h2>
<p class="utrecht-paragraph">${periodCell(summary)}</p>
<p class="utrecht-paragraph">${formatAmsterdamTime(summary.publishedAt)}, ${summary.publishedBy ?? 'systeem'}: ${summary.note}</p>
${changeList(changes, 'De eerste versie.')}
${cancelForm(summary)}
</section>`,
)}`;
  return { title, main };
}
