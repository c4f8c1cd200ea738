// The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json.
// Written by hand next to the routes; api.test.ts checks that every
// documented path answers and every API route is documented.

import { adminPaths, adminSchemas } from './openapi-admin.ts';
import {
  problem,
  publicSecurity,
  tooManyRequests,
  treeIdParameter,
  versionQuery,
} from './openapi-parts.ts';
import { publicSchemas } from './openapi-schemas.ts';

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Woonkansboom API',
    version: '1.0.0',
    description: [
      'Welk traject van Bureau Woonkans past bij een (uitgezette) huurder? De API geeft dezelfde uitkomst als de website.',
      '',
      '**Deep links.** Elke stap van een wandeling staat in het webadres: `/boom/{treeId}` met de antwoorden als',
      'query-parameters, genoemd naar het id van de vraag. Voorbeelden:',
      '`/boom/hulpverlening?ontruimd=ja&reden=beide` (volgende vraag: datum van ontruiming),',
      '`/boom/hulpverlening?ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja` (uitkomst),',
      '`/boom/hulpverlening?start=ingeschreven` (begin bij de vragen over WonenPlus).',
      'Extra parameters: `peildatum` (JJJJ-MM-DD, standaard vandaag in Europe/Amsterdam), `start` (id van een vraag), `versie`.',
      'Antwoorden op vragen die niet (meer) op het pad liggen worden genegeerd en uit het adres gehaald.',
      '',
      'Privacy: stuur nooit gegevens die een persoon herkenbaar maken. De API bewaart en logt geen antwoorden.',
      '',
      '**Regio’s.** Eén installatie kan meerdere regio’s hebben, elk met eigen bomen, regels en beheerders.',
      'Zonder regio in het adres gaat het om de standaardregio (`groningen`). Voor een andere regio zet u de regio',
      'voor het pad (tweede server hieronder, bijvoorbeeld `/westerkwartier/api/v1/trees`), of gebruikt u de vaste vorm',
      '`/api/v1/regions/{regio}/…` en `/api/v1/admin/regions/{regio}/…`: beide geven hetzelfde antwoord.',
      'Een API-token hoort bij één regio. Een regio die niet bestaat geeft 404.',
    ].join('\n'),
    license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
  },
  servers: [
    { url: '/', description: 'De standaardregio (groningen)' },
    {
      url: '/{regio}',
      description:
        'Een regio; hetzelfde als /api/v1/regions/{regio}/… en /api/v1/admin/regions/{regio}/…',
      variables: {
        regio: {
          default: 'groningen',
          description: 'De code van de regio, bijvoorbeeld westerkwartier.',
        },
      },
    },
  ],
  paths: {
    '/api/v1/trees': {
      get: {
        summary: 'De gepubliceerde Woonkansbomen',
        operationId: 'listTrees',
        security: publicSecurity,
        responses: {
          '200': {
            description: 'De bomen met hun nieuwste versie.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['trees'],
                  properties: {
                    trees: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['id', 'title', 'version'],
                        properties: {
                          id: { type: 'string' },
                          title: { type: 'string' },
                          audience: { type: 'string' },
                          version: { type: 'integer' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/api/v1/trees/{treeId}': {
      get: {
        summary: 'Een Woonkansboom als data (vragen, checks, uitkomsten, parameters)',
        operationId: 'getTree',
        security: publicSecurity,
        parameters: [treeIdParameter, versionQuery],
        responses: {
          '200': {
            description: 'De boom in het inhoudsformaat.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['id', 'version', 'tree'],
                  properties: {
                    id: { type: 'string' },
                    version: { type: 'integer' },
                    tree: { $ref: '#/components/schemas/TreeSources' },
                  },
                },
              },
            },
          },
          '400': { ...problem, description: '`versie` is geen versienummer.' },
          '404': problem,
        },
      },
    },
    '/api/v1/trees/{treeId}/evaluate': {
      post: {
        summary: 'Antwoorden en peildatum -> volgende vraag of uitkomst',
        operationId: 'evaluate',
        security: publicSecurity,
        parameters: [treeIdParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/EvaluateRequest' },
              examples: {
                uitkomst: {
                  value: {
                    answers: {
                      ontruimd: 'ja',
                      reden: 'beide',
                      datum_ontruiming: '2022-03-15',
                      huurschuld: 'nee',
                      hulpverlening: 'ja',
                    },
                    peildatum: '2026-11-28',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'De volgende vraag, of de uitkomst met de datums die gelden.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Evaluation' } },
            },
          },
          '400': problem,
          '404': problem,
          '413': problem,
          '415': problem,
          '422': problem,
          '429': tooManyRequests,
        },
      },
    },
    '/api/v1/trees/{treeId}/versions/{version}/walk-data': {
      get: {
        summary: 'Boom en opgemaakte teksten van één versie, voor het script in de browser',
        operationId: 'getWalkData',
        security: publicSecurity,
        parameters: [
          treeIdParameter,
          { name: 'version', in: 'path', required: true, schema: { type: 'integer' } },
          {
            name: 'gedeeld',
            in: 'query',
            required: false,
            description:
              'De versie van de gedeelde regels waarmee de boom wordt samengesteld, zoals een wandeling die op een dag gebruikt. Zonder: de versie zoals opgeslagen.',
            schema: { type: 'integer', minimum: 1 },
          },
        ],
        responses: {
          '200': {
            description:
              'Onveranderlijk per versie (en versie van de gedeelde regels); met een `ETag`.',
            headers: { ETag: { schema: { type: 'string' } } },
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WalkData' } },
            },
          },
          '304': { description: 'Niet gewijzigd: de `ETag` in `If-None-Match` is nog goed.' },
          '400': { ...problem, description: '`version` of `gedeeld` is geen versienummer.' },
          '404': problem,
        },
      },
    },
    '/api/v1/gebruik': {
      post: {
        summary: 'Anonieme gebruikstelling van een wandeling (voor het script in de browser)',
        description: [
          'Het script van de wandeling stuurt hiermee (navigator.sendBeacon) welke vragen het liet zien en beantwoordde,',
          'en welke uitkomst werd bereikt. Alleen ids van vragen en uitkomsten van de genoemde versie worden geteld, per dag.',
          'Geen antwoorden, datums, vrije tekst, IP-adres of cookie: wie de cliënt is, komt nooit bij de server. Een onbekend veld weigert het hele bericht.',
          'De start van een wandeling en afdrukken/downloaden telt de server zelf; die kunnen hier niet.',
          'Content-Type application/json of text/plain; hoogstens 8 KB en 100 gebeurtenissen.',
        ].join(' '),
        operationId: 'recordUsage',
        security: publicSecurity,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/UsageBeacon' },
              examples: {
                stappen: {
                  value: {
                    tree: 'hulpverlening',
                    version: 1,
                    org: 'wij',
                    events: [
                      { kind: 'question-answered', node: 'ontruimd' },
                      { kind: 'question-shown', node: 'reden' },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          '204': { description: 'Geteld.' },
          '400': problem,
          '403': problem,
          '413': problem,
          '415': problem,
          '422': problem,
          '429': tooManyRequests,
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        summary: 'Deze beschrijving',
        operationId: 'getOpenApi',
        security: publicSecurity,
        responses: {
          '200': {
            description: 'OpenAPI 3.1',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['openapi', 'info', 'paths'],
                  properties: {
                    openapi: { type: 'string' },
                    info: { type: 'object' },
                    paths: { type: 'object' },
                  },
                },
              },
            },
          },
        },
      },
    },
    ...adminPaths,
    '/health': {
      get: {
        summary: 'Klaar om te dienen',
        operationId: 'health',
        security: publicSecurity,
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: { status: { const: 'ok' } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'Een API-token (woonkansboom token create <e-mail>).',
      },
      session: { type: 'apiKey', in: 'cookie', name: 'wkb_sessie' },
    },
    schemas: {
      ...adminSchemas,
      ...publicSchemas,
    },
  },
} as const;
