// The admin API in the OpenAPI description: the editor's operations
// for integrations, authenticated by bearer token or session.
import { problem, tooLarge, treeIdParameter, unavailable } from './openapi-parts.ts';

const adminTreeId = { ...treeIdParameter };
const adminSecurity = [{ bearer: [] }, { session: [] }];
const adminErrors = { '401': problem, '403': problem, '404': problem, '503': unavailable };
/** What every admin operation with a JSON body can answer besides its own. */
const bodyErrors = { '400': problem, '413': tooLarge, '415': problem };

const json = (schema: object) => ({ 'application/json': { schema } });
const day = (description: string) => ({ type: 'string', format: 'date', description });
/** When a new version takes effect; the service reads them and answers 422 in Dutch. */
const effectiveDates = {
  geldigVanaf: {
    type: 'string',
    description:
      'De dag (Europe/Amsterdam, `YYYY-MM-DD` of `dd-mm-jjjj`) vanaf wanneer de versie geldt: vandaag of later. Zonder: vandaag. Een latere dag plant de versie in.',
  },
  geldtVoorOntruimingenVanaf: {
    type: 'string',
    description:
      'Overgangsrecht (optioneel): bij een ontruiming vóór deze dag blijven de regels van de versie die eerder gold.',
  },
};
const draftResponse = json({ $ref: '#/components/schemas/Draft' });
const publishedVersion = (extra: Record<string, object> = {}) =>
  json({
    type: 'object',
    required: ['treeId', 'version', 'note'],
    properties: {
      treeId: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      note: { type: 'string' },
      geldigVanaf: day('Vanaf deze dag geldt de versie.'),
      geldtVoorOntruimingenVanaf: day('Overgangsrecht: voor ontruimingen vanaf deze dag.'),
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
    required: ['treeId', 'version', 'publishedAt', 'publishedBy', 'note', 'geldigVanaf'],
    properties: {
      treeId: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      publishedAt: { type: 'string' },
      publishedBy: { type: ['string', 'null'] },
      note: { type: 'string' },
      geldigVanaf: day('Vanaf deze dag (Europe/Amsterdam) geldt de versie.'),
      geldtVoorOntruimingenVanaf: day(
        'Overgangsrecht: bij een ontruiming vóór deze dag blijven de regels van de versie die eerder gold.',
      ),
      cancelled: { $ref: '#/components/schemas/Cancellation' },
    },
  },
  Cancellation: {
    type: 'object',
    description: 'De versie is ingetrokken voordat ze ging gelden.',
    required: ['at', 'by'],
    properties: { at: { type: 'string' }, by: { type: ['string', 'null'] } },
  },
  VersionInTime: {
    allOf: [{ $ref: '#/components/schemas/VersionSummary' }],
    type: 'object',
    required: ['status'],
    properties: {
      status: {
        type: 'string',
        enum: ['in-force', 'scheduled', 'past', 'cancelled', 'superseded'],
        description:
          '`in-force`: geldt vandaag; `scheduled`: gaat later gelden (kan nog worden ingetrokken); `past`: gold eerder; `cancelled`: ingetrokken; `superseded`: op dezelfde dag vervangen, nooit gebruikt.',
      },
      until: day('De dag waarop de volgende versie het overneemt.'),
    },
  },
};

const versionRef = {
  type: ['object', 'null'],
  required: ['version', 'geldigVanaf'],
  properties: { version: { type: 'integer' }, geldigVanaf: { type: 'string', format: 'date' } },
};

export const adminPaths = {
  '/api/v1/admin/trees': {
    get: {
      summary: 'De bomen van deze regio, ook die alleen een concept hebben',
      operationId: 'listAdminTrees',
      security: adminSecurity,
      responses: {
        '200': {
          description:
            'Per boom het concept (revision), de versie die nu geldt en de geplande versies. Voor een andere regio: `/api/v1/admin/regions/{regio}/trees`.',
          content: json({
            type: 'object',
            required: ['trees'],
            properties: {
              trees: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'title', 'draft', 'inForce', 'scheduled'],
                  properties: {
                    id: { type: 'string' },
                    title: { type: 'string' },
                    draft: {
                      type: ['object', 'null'],
                      required: ['revision', 'updatedAt', 'updatedBy'],
                      properties: {
                        revision: { type: 'integer' },
                        updatedAt: { type: 'string', format: 'date-time' },
                        updatedBy: { type: ['string', 'null'] },
                      },
                    },
                    inForce: versionRef,
                    scheduled: { type: 'array', items: versionRef },
                  },
                },
              },
            },
          }),
        },
        ...adminErrors,
      },
    },
  },
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
              properties: { note: { type: 'string' }, ...effectiveDates },
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
          description:
            "Geweigerd: validatiefouten of mislukte scenario's (ook samen met een gedeelde-regelsversie die later gaat gelden), of een datum die niet kan (niet bestaand of vóór vandaag); elk in `errors`.",
        },
        ...adminErrors,
      },
    },
  },
  '/api/v1/admin/trees/{treeId}/versions': {
    get: {
      summary: 'Alle gepubliceerde versies, met hun plaats in de tijd',
      operationId: 'listVersions',
      security: adminSecurity,
      parameters: [adminTreeId],
      responses: {
        '200': {
          description:
            'Nummer, tijd, auteur, toelichting, `geldigVanaf` en `status` per versie, hoogste nummer eerst.',
          content: json({
            type: 'object',
            required: ['treeId', 'versions'],
            properties: {
              treeId: { type: 'string' },
              versions: { type: 'array', items: { $ref: '#/components/schemas/VersionInTime' } },
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
  '/api/v1/admin/trees/{treeId}/versions/{version}/cancel': {
    post: {
      summary: 'Een ingeplande versie intrekken voordat ze gaat gelden (alleen beheerder)',
      operationId: 'cancelVersion',
      security: adminSecurity,
      parameters: [
        adminTreeId,
        { name: 'version', in: 'path', required: true, schema: { type: 'integer' } },
      ],
      responses: {
        '200': {
          description: 'Ingetrokken: de versie gaat nooit gelden en blijft in de geschiedenis.',
          content: json({
            type: 'object',
            required: ['treeId', 'version', 'cancelled'],
            properties: {
              treeId: { type: 'string' },
              version: { type: 'integer', minimum: 1 },
              cancelled: { $ref: '#/components/schemas/Cancellation' },
            },
          }),
        },
        '400': problem,
        '409': {
          ...problem,
          description: 'Geweigerd: de versie geldt al, of is al ingetrokken.',
        },
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
              properties: { version: { type: 'integer' }, ...effectiveDates },
            },
          },
        },
      },
      responses: {
        '201': { description: 'Teruggezet als nieuwe versie.', content: publishedVersion() },
        ...bodyErrors,
        '422': { ...problem, description: 'Een datum die niet kan; elk probleem in `errors`.' },
        ...adminErrors,
      },
    },
  },
};
