// The admin API in the OpenAPI description: the editor's operations
// for integrations, authenticated by bearer token or session.
import { problem, tooLarge, treeIdParameter, unavailable } from './openapi-parts.ts';

const adminTreeId = { ...treeIdParameter };
const adminSecurity = [{ bearer: [] }, { session: [] }];
const adminErrors = { '401': problem, '403': problem, '404': problem, '503': unavailable };
/** What every admin operation with a JSON body can answer besides its own. */
const bodyErrors = { '400': problem, '413': tooLarge, '415': problem };

const json = (schema: object) => ({ 'application/json': { schema } });
const draftResponse = json({ $ref: '#/components/schemas/Draft' });
const publishedVersion = (extra: Record<string, object> = {}) =>
  json({
    type: 'object',
    required: ['treeId', 'version', 'note'],
    properties: {
      treeId: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      note: { type: 'string' },
      ...extra,
    },
  });

/** Schemas of the admin part, merged into the document's components. */
export const adminSchemas = {
  Draft: {
    type: 'object',
    description:
      'Het concept: de boom in het inhoudsformaat (`id`, `nodes`, `outcomes`, …) plus `revision`, `scenarios` en de controle.',
    required: ['id', 'revision', 'check'],
    properties: {
      id: { type: 'string' },
      revision: { type: 'integer', minimum: 1 },
      scenarios: {},
      updatedAt: { type: 'string' },
      updatedBy: { type: ['string', 'null'] },
      check: {
        type: 'object',
        required: ['publishable', 'problems', 'scenarioProblems', 'scenarios'],
        properties: {
          publishable: { type: 'boolean' },
          problems: { type: 'array' },
          scenarioProblems: { type: 'array' },
          scenarios: { type: 'array' },
        },
      },
    },
  },
  VersionSummary: {
    type: 'object',
    required: ['treeId', 'version', 'publishedAt', 'publishedBy', 'note'],
    properties: {
      treeId: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      publishedAt: { type: 'string' },
      publishedBy: { type: ['string', 'null'] },
      note: { type: 'string' },
    },
  },
};

export const adminPaths = {
  '/api/v1/admin/trees/{treeId}/draft': {
    get: {
      summary: 'Het concept: de boom in het inhoudsformaat, met revision, scenarios en de controle',
      operationId: 'getDraft',
      security: adminSecurity,
      parameters: [adminTreeId],
      responses: {
        '200': {
          description:
            'Concept met `revision`, `scenarios` en `check` (validatie en scenario-uitslagen).',
          content: draftResponse,
        },
        ...adminErrors,
      },
    },
    put: {
      summary: 'Concept opslaan (met de revision waarop de wijziging is gebaseerd)',
      operationId: 'putDraft',
      security: adminSecurity,
      parameters: [adminTreeId],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['revision', 'id', 'nodes', 'outcomes'],
              description:
                'De boom in het inhoudsformaat plus `revision`; `scenarios` is optioneel (zonder blijven de huidige).',
              properties: {
                revision: { type: 'integer' },
                id: { type: 'string' },
                nodes: { type: 'array', items: { type: 'object' } },
                outcomes: { type: 'array', items: { type: 'object' } },
                scenarios: { type: 'object' },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'Opgeslagen; met de nieuwe revision en de controle.',
          content: draftResponse,
        },
        ...bodyErrors,
        '409': {
          ...problem,
          description:
            'De revision is verouderd: iemand anders sloeg intussen op. Er is niets opgeslagen.',
        },
        '422': {
          ...problem,
          description: 'Past niet in het inhoudsformaat; `errors` noemt elk probleem.',
        },
        ...adminErrors,
      },
    },
  },
  '/api/v1/admin/trees/{treeId}/publish': {
    post: {
      summary: 'Het concept publiceren als nieuwe versie (alleen beheerder)',
      operationId: 'publish',
      security: adminSecurity,
      parameters: [adminTreeId],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['note'],
              properties: { note: { type: 'string' } },
            },
          },
        },
      },
      responses: {
        '201': {
          description: 'Gepubliceerd.',
          content: publishedVersion({ publishedAt: { type: 'string' } }),
        },
        ...bodyErrors,
        '422': {
          ...problem,
          description: "Geweigerd: validatiefouten of mislukte scenario's, elk in `errors`.",
        },
        ...adminErrors,
      },
    },
  },
  '/api/v1/admin/trees/{treeId}/versions': {
    get: {
      summary: 'Alle gepubliceerde versies',
      operationId: 'listVersions',
      security: adminSecurity,
      parameters: [adminTreeId],
      responses: {
        '200': {
          description: 'Nummer, tijd, auteur en toelichting per versie.',
          content: json({
            type: 'object',
            required: ['treeId', 'versions'],
            properties: {
              treeId: { type: 'string' },
              versions: { type: 'array', items: { $ref: '#/components/schemas/VersionSummary' } },
            },
          }),
        },
        ...adminErrors,
      },
    },
  },
  '/api/v1/admin/trees/{treeId}/versions/{version}': {
    get: {
      summary: 'Eén versie in het exportformaat (JSON met tree en scenarios)',
      operationId: 'getVersion',
      security: adminSecurity,
      parameters: [
        adminTreeId,
        { name: 'version', in: 'path', required: true, schema: { type: 'integer' } },
      ],
      responses: {
        '200': {
          description: 'De versie.',
          content: json({
            allOf: [{ $ref: '#/components/schemas/VersionSummary' }],
            type: 'object',
            required: ['format', 'formatVersion', 'tree', 'scenarios'],
            properties: {
              format: { type: 'string' },
              formatVersion: { type: 'integer' },
              tree: { type: 'object' },
              scenarios: {},
            },
          }),
        },
        '400': problem,
        ...adminErrors,
      },
    },
  },
  '/api/v1/admin/trees/{treeId}/rollback': {
    post: {
      summary: 'Een oudere versie opnieuw publiceren als nieuwe versie (alleen beheerder)',
      operationId: 'rollback',
      security: adminSecurity,
      parameters: [adminTreeId],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['version'],
              properties: { version: { type: 'integer' } },
            },
          },
        },
      },
      responses: {
        '201': { description: 'Teruggezet als nieuwe versie.', content: publishedVersion() },
        ...bodyErrors,
        ...adminErrors,
      },
    },
  },
};
