// /api, the footer's "API voor koppelingen": what the API is for, that the
// public part needs no key, the privacy rule and an example request, in
// Dutch; then the reference, rendered from the same OpenAPI document that
// /api/v1/openapi.json serves (openapi-reference.ts).
import { html, type SafeHtml } from '../../views/html.ts';
import type { RateLimit } from '../rate-limit.ts';
import { inlineMarkdown } from './inline-markdown.ts';
import {
  isPublic,
  type OpenApiDocument,
  operationAnchor,
  operationIndex,
  operations,
  operationsHtml,
  schemasHtml,
} from './openapi-reference.ts';

export const openApiJsonPath = '/api/v1/openapi.json';

export interface ApiPageInput {
  /** Where this Woonkansboom is served, for the example. */
  origin: string;
  document: OpenApiDocument;
  /** The per-address limit on evaluate (a limit of 0 is off). */
  evaluateLimit: RateLimit;
}

function link(href: string, text: SafeHtml | string): SafeHtml {
  return html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>`;
}

/** The evaluate operation's first example body and the tree it is for, if the document has them. */
function evaluateExample(document: OpenApiDocument): { path: string; body: unknown } | undefined {
  const entry = operations(document).find(({ operation }) => operation.operationId === 'evaluate');
  if (!entry) return undefined;
  const treeId = entry.operation.parameters?.find((parameter) => parameter.in === 'path')?.schema
    ?.examples?.[0];
  const examples = entry.operation.requestBody?.content['application/json']?.examples ?? {};
  const body = Object.values(examples)[0]?.value;
  if (typeof treeId !== 'string' || body === undefined) return undefined;
  return { path: entry.path.replace('{treeId}', treeId), body };
}

function limitText({ limit, windowMs }: RateLimit): string {
  const minutes = Math.round(windowMs / 60_000);
  return `${limit.toLocaleString('nl-NL')} per ${minutes === 1 ? 'minuut' : `${minutes} minuten`}`;
}

function descriptionHtml(text: string | undefined): SafeHtml {
  return html`${(text ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map(
      (paragraph) =>
        html`<p class="utrecht-paragraph">${inlineMarkdown(paragraph.replace(/\s*\n\s*/g, ' '))}</p>`,
    )}`;
}

export function apiPage({ origin, document, evaluateLimit }: ApiPageInput): SafeHtml {
  const all = operations(document);
  const open = all.filter(isPublic);
  const admin = all.filter((entry) => !isPublic(entry));
  const example = evaluateExample(document);
  const anchor = (id: string, text: string) =>
    link(`#${operationAnchor(id)}`, html`<code>${text}</code>`);
  return html`<h1 class="utrecht-heading-1">API voor koppelingen</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Met de API kan uw eigen systeem de Woonkansboom gebruiken, bijvoorbeeld een cliëntsysteem of een intranet. Het krijgt dezelfde vragen en dezelfde uitkomst als iemand die de vragen op deze website beantwoordt.</p>
<p class="utrecht-paragraph">De beschrijving van de API in OpenAPI 3.1, voor programma's: ${link(openApiJsonPath, html`<code>${openApiJsonPath}</code>`)}.</p>

<h2 class="utrecht-heading-2">Waarvoor is de API?</h2>
<ul class="utrecht-unordered-list">
<li>De Woonkansbomen ophalen, met hun vragen, antwoorden, uitkomsten en de bron van elke regel: ${anchor('listTrees', 'GET /api/v1/trees')} en ${anchor('getTree', 'GET /api/v1/trees/{treeId}')}.</li>
<li>Met de antwoorden die uw systeem al heeft de volgende vraag of de uitkomst berekenen, met de datums die gelden: ${anchor('evaluate', 'POST /api/v1/trees/{treeId}/evaluate')}.</li>
<li>Een link maken die meteen bij de goede vraag begint, of de Woonkansboom in uw eigen website zetten: dat staat bij ${link('/embed', 'de Woonkansboom in uw eigen systeem')}.</li>
</ul>

<h2 class="utrecht-heading-2">Geen sleutel nodig</h2>
<p class="utrecht-paragraph">Voor het openbare deel hebt u geen sleutel (API-key) en geen account nodig.${
    evaluateLimit.limit > 0
      ? html` Wel geldt een grens per internetadres: hoogstens ${limitText(evaluateLimit)} berekeningen. Daarboven krijgt u het antwoord 429, met in de kop <code>Retry-After</code> na hoeveel seconden het weer kan.`
      : ''
  }</p>
<p class="utrecht-paragraph">Het deel voor beheer (<code>/api/v1/admin/…</code>) is alleen voor Bureau Woonkans. Daarvoor is een API-token nodig, dat een beheerder maakt.</p>

<h2 class="utrecht-heading-2">Privacy</h2>
<p class="utrecht-paragraph">Stuur nooit gegevens waarmee iemand uw cliënt kan herkennen: geen naam, BSN, adres of geboortedatum. De API heeft er ook geen plek voor: een veld dat hij niet kent, weigert hij. De server bewaart de antwoorden niet en zet ze niet in een logboek. Meer leest u op de pagina ${link('/privacy', 'Privacy')}.</p>

<h2 class="utrecht-heading-2">Voorbeeld</h2>
${
  example
    ? html`<p class="utrecht-paragraph">Stuur de antwoorden als JSON. Elk antwoord staat bij het id van zijn vraag; een datum schrijft u als jaar-maand-dag.</p>
<pre class="wkb-snippet"><code>curl -X POST ${origin}${example.path} \\
  -H 'Content-Type: application/json' \\
  -d '${JSON.stringify(example.body)}'</code></pre>`
    : ''
}
<p class="utrecht-paragraph">Is er genoeg bekend, dan is <code>status</code> <code>"outcome"</code>. Dan staan in het antwoord de uitkomst (<code>outcome</code>), de datums die gelden (<code>dates</code>, zoals <code>uiterste_aanmelddatum</code>) en de vragen op het pad (<code>path</code>). Mist er nog een antwoord, dan is <code>status</code> <code>"question"</code> en staat de volgende vraag in <code>question</code>. Klopt er iets niet, dan krijgt u een fout als <code>application/problem+json</code>, met uitleg in het Nederlands in <code>detail</code> en per veld in <code>errors</code>.</p>

<h2 class="utrecht-heading-2">Alle adressen</h2>
<p class="utrecht-paragraph">Wat hieronder staat, is gemaakt uit ${link(openApiJsonPath, 'de beschrijving van de API')} (${document.info.title}, versie ${document.info.version}).</p>
${descriptionHtml(document.info.description)}
${operationIndex(all)}

<h2 class="utrecht-heading-2">Openbaar: zonder sleutel</h2>
${operationsHtml(open, document)}

<h2 class="utrecht-heading-2">Beheer: met een API-token</h2>
${operationsHtml(admin, document)}

<h2 class="utrecht-heading-2">Vormen van de gegevens</h2>
<p class="utrecht-paragraph">De vormen (schema's) waarnaar de adressen hierboven verwijzen.</p>
${schemasHtml(document)}`;
}
