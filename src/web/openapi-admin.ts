// The admin API in the OpenAPI description (issue 3): the editor's operations
// for integrations, authenticated by bearer token or session.
import { problem, treeIdParameter } from './openapi-parts.ts';

const adminTreeId = { ...treeIdParameter };
const adminSecurity = [{ bearer: [] }, { session: [] }];
const adminErrors = { '401': problem, '403': problem, '404': problem };

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
              properties: { revision: { type: 'integer' }, scenarios: { type: 'object' } },
            },
          },
        },
      },
      responses: {
        '200': { description: 'Opgeslagen; met de nieuwe revision en de controle.' },
        '400': problem,
        '409': {
          ...problem,
          description:
            'De revision is verouderd: iemand anders sloeg intussen op. Er is niets opgeslagen.',
        },
        '415': problem,
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
        '201': { description: 'Gepubliceerd.' },
        '400': problem,
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
        '200': { description: 'Nummer, tijd, auteur en toelichting per versie.' },
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
      responses: { '200': { description: 'De versie.' }, '400': problem, ...adminErrors },
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
        '201': { description: 'Teruggezet als nieuwe versie.' },
        '400': problem,
        ...adminErrors,
      },
    },
  },
};
