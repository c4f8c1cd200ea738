// The OpenAPI document as an HTML reference, rendered on the server with the
// NL Design System classes: every operation (who may call it, parameters,
// body, answers) and every schema. No script and no outside library, so it
// stays within the CSP and costs the page nothing extra; the raw document
// stays at /api/v1/openapi.json.
import { html, type SafeHtml } from '../../views/html.ts';
import { inlineMarkdown } from './inline-markdown.ts';

/** The parts of a JSON Schema (2020-12, as OpenAPI 3.1 uses) that the reference shows. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly Schema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly examples?: readonly unknown[];
}

interface MediaType {
  readonly schema?: Schema;
  readonly examples?: Readonly<Record<string, { readonly value?: unknown }>>;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: Schema;
}

interface Response {
  readonly description: string;
  readonly content?: Readonly<Record<string, MediaType>>;
  readonly headers?: Readonly<Record<string, { readonly schema?: Schema }>>;
}

export interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly operationId: string;
  readonly security?: readonly Readonly<Record<string, readonly string[] | undefined>>[];
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, MediaType>>;
  };
  readonly responses: Readonly<Record<string, Response>>;
}

interface SecurityScheme {
  readonly type: string;
  readonly scheme?: string;
  readonly in?: string;
  readonly name?: string;
  readonly description?: string;
}

export interface OpenApiDocument {
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description?: string;
  };
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: {
    readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
    readonly schemas: Readonly<Record<string, Schema>>;
  };
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface OperationEntry {
  method: string;
  path: string;
  operation: Operation;
}

/** Every operation in the order of the document. */
export function operations(document: OpenApiDocument): OperationEntry[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method: method.toUpperCase(), path, operation }] : [];
    }),
  );
}

/** Public operations say `security: []`: no key, no sign-in. */
export function isPublic({ operation }: OperationEntry): boolean {
  return operation.security !== undefined && operation.security.length === 0;
}

export const operationAnchor = (operationId: string) => `operatie-${operationId}`;
const schemaAnchor = (name: string) => `schema-${name}`;

const places: Record<string, string> = {
  path: 'in het pad',
  query: 'na het vraagteken (query)',
  header: 'in een kop (header)',
  cookie: 'in een cookie',
};

const code = (text: string) => html`<code>${text}</code>`;

function join(parts: readonly (SafeHtml | string)[], separator: string): SafeHtml {
  return html`${parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]))}`;
}

function refName(ref: string): string {
  return ref.replace('#/components/schemas/', '');
}

const pieces = (count: number) => `${count} ${count === 1 ? 'stuk' : 'stuks'}`;

/** One line about a value: its type, format, allowed values and bounds. */
function shape(schema: Schema): SafeHtml {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return html`vorm <a class="utrecht-link utrecht-link--html-a" href="#${schemaAnchor(name)}">${code(name)}</a>`;
  }
  if (schema.const !== undefined) return html`altijd ${code(JSON.stringify(schema.const))}`;
  const parts: (SafeHtml | string)[] = [];
  if (schema.enum)
    parts.push(
      html`een van ${join(
        schema.enum.map((value) => code(JSON.stringify(value))),
        ', ',
      )}`,
    );
  else if (schema.type === 'array' && schema.items)
    parts.push(html`lijst van: ${shape(schema.items)}`);
  else if (schema.type !== undefined)
    parts.push(
      join((typeof schema.type === 'string' ? [schema.type] : schema.type).map(code), ' of '),
    );
  if (schema.oneOf) parts.push('een van deze vormen');
  if (parts.length === 0) parts.push('elke JSON-waarde');
  if (schema.format === 'date') parts.push('een datum als JJJJ-MM-DD');
  else if (schema.format) parts.push(html`formaat ${code(schema.format)}`);
  if (schema.minimum !== undefined) parts.push(`minstens ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`hoogstens ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`minstens ${pieces(schema.minItems)}`);
  if (schema.maxItems !== undefined) parts.push(`hoogstens ${pieces(schema.maxItems)}`);
  return join(parts, ', ');
}

/** What is inside an object or a choice of forms, as nested lists; '' when nothing. */
function inside(schema: Schema): SafeHtml | '' {
  const items: SafeHtml[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    items.push(
      html`<li>${code(name)}${required.has(name) ? ' (verplicht)' : ''}: ${shape(property)}.${property.description ? html` ${inlineMarkdown(property.description)}` : ''}${inside(property)}</li>`,
    );
  const extra = schema.additionalProperties;
  if (extra === false && schema.properties) items.push(html`<li>Geen andere velden.</li>`);
  if (typeof extra === 'object')
    items.push(
      html`<li>${schema.properties ? 'Elk ander veld' : 'Elk veld'}: ${shape(extra)}.${extra.description ? html` ${inlineMarkdown(extra.description)}` : ''}${inside(extra)}</li>`,
    );
  for (const [index, form] of (schema.oneOf ?? []).entries())
    items.push(html`<li>Vorm ${String(index + 1)}: ${shape(form)}.${inside(form)}</li>`);
  if (schema.type === 'array' && schema.items && !schema.items.$ref) {
    const nested = inside(schema.items);
    if (nested) return nested;
  }
  return items.length > 0 ? html`<ul class="utrecht-unordered-list">${items}</ul>` : '';
}

function access(operation: Operation, document: OpenApiDocument): SafeHtml {
  if (operation.security?.length === 0) return html`Openbaar: geen sleutel en geen account nodig.`;
  const ways = (operation.security ?? []).flatMap((requirement) =>
    Object.keys(requirement).map((name) => {
      const scheme = document.components.securitySchemes[name];
      if (!scheme) return code(name);
      const how =
        scheme.type === 'http' && scheme.scheme === 'bearer'
          ? html`een API-token in de kop ${code('Authorization: Bearer <token>')}`
          : scheme.type === 'apiKey' && scheme.in === 'cookie'
            ? html`de sessie van een ingelogde medewerker (cookie ${code(scheme.name ?? '')})`
            : html`${code(name)}`;
      return scheme.description ? html`${how}: ${inlineMarkdown(scheme.description)}` : how;
    }),
  );
  return html`Alleen voor beheer, met ${join(ways, ' of met ')}`;
}

function mediaTypes(content: Readonly<Record<string, MediaType>> | undefined): SafeHtml | '' {
  if (!content) return '';
  return join(
    Object.entries(content).map(([type, media]) =>
      media.schema ? html`${code(type)}, ${shape(media.schema)}` : code(type),
    ),
    '; ',
  );
}

function examples(content: Readonly<Record<string, MediaType>>): SafeHtml[] {
  return Object.values(content).flatMap((media) =>
    Object.values(media.examples ?? {}).flatMap((example) =>
      example.value === undefined
        ? []
        : [
            html`<p class="utrecht-paragraph">Voorbeeld:</p><pre class="wkb-snippet"><code>${JSON.stringify(example.value, null, 2)}</code></pre>`,
          ],
    ),
  );
}

function operationHtml(entry: OperationEntry, document: OpenApiDocument): SafeHtml {
  const { method, path, operation } = entry;
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody;
  return html`<h3 class="utrecht-heading-3" id="${operationAnchor(operation.operationId)}"><code>${method} ${path}</code></h3>
${operation.summary ? html`<p class="utrecht-paragraph">${inlineMarkdown(operation.summary)}</p>` : ''}
${operation.description ? html`<p class="utrecht-paragraph">${inlineMarkdown(operation.description)}</p>` : ''}
<p class="utrecht-paragraph">${access(operation, document)}</p>
${
  parameters.length > 0
    ? html`<p class="utrecht-paragraph">Parameters:</p><ul class="utrecht-unordered-list">${parameters.map(
        (parameter) =>
          html`<li>${code(parameter.name)}, ${places[parameter.in] ?? parameter.in}${parameter.required ? ', verplicht' : ''}: ${parameter.schema ? shape(parameter.schema) : ''}.${parameter.description ? html` ${inlineMarkdown(parameter.description)}` : ''}</li>`,
      )}</ul>`
    : ''
}
${
  body
    ? html`<p class="utrecht-paragraph">Inhoud van het verzoek${body.required ? ' (verplicht)' : ''}: ${mediaTypes(body.content)}.</p>${examples(body.content)}`
    : ''
}
<p class="utrecht-paragraph">Antwoorden:</p>
<ul class="utrecht-unordered-list">${Object.entries(operation.responses).map(
    ([status, response]) =>
      html`<li><strong>${status}</strong>: ${inlineMarkdown(response.description)}${response.content ? html` Inhoud: ${mediaTypes(response.content)}.` : ''}${
        response.headers
          ? html` Met de kop ${join(Object.keys(response.headers).map(code), ' en ')}.`
          : ''
      }</li>`,
  )}</ul>`;
}

function schemaHtml(name: string, schema: Schema): SafeHtml {
  return html`<h3 class="utrecht-heading-3" id="${schemaAnchor(name)}"><code>${name}</code></h3>
${schema.description ? html`<p class="utrecht-paragraph">${inlineMarkdown(schema.description)}</p>` : ''}
<p class="utrecht-paragraph">${shape(schema)}.</p>
${inside(schema)}`;
}

/** A list of links to every operation, for the top of the page. */
export function operationIndex(entries: readonly OperationEntry[]): SafeHtml {
  return html`<ul class="utrecht-unordered-list">${entries.map(
    ({ method, path, operation }) =>
      html`<li><a class="utrecht-link utrecht-link--html-a" href="#${operationAnchor(operation.operationId)}"><code>${method} ${path}</code></a>${operation.summary ? html`: ${inlineMarkdown(operation.summary)}` : ''}</li>`,
  )}</ul>`;
}

/** Each of these operations: access, parameters, body with its example, answers. */
export function operationsHtml(
  entries: readonly OperationEntry[],
  document: OpenApiDocument,
): SafeHtml {
  return html`${entries.map((entry) => operationHtml(entry, document))}`;
}

/** Every schema of the components, each under a heading that operations link to. */
export function schemasHtml(document: OpenApiDocument): SafeHtml {
  return html`${Object.entries(document.components.schemas).map(([name, schema]) => schemaHtml(name, schema))}`;
}
