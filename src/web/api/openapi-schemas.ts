// The public API's data shapes (components.schemas of openapi.json); the
// admin part adds its own (openapi-admin.ts).

export const publicSchemas = {
  // Where each statement comes from, and how to reach a contact.
  Source: {
    type: 'object',
    required: ['kind', 'ref', 'confirmed'],
    properties: {
      kind: { type: 'string', enum: ['thesis', 'public', 'assumption'] },
      ref: { type: 'string' },
      confirmed: { type: 'boolean' },
    },
  },
  ContactRoute: {
    type: 'object',
    required: ['kind', 'value'],
    properties: {
      kind: { type: 'string', enum: ['website', 'email', 'phone', 'address'] },
      value: { type: 'string' },
    },
  },
  TreeSources: {
    type: 'object',
    description:
      'De boom in het inhoudsformaat. Elke parameter heeft een bron; berekende datums, voorwaarden, uitkomsten, stappen, contacten en corporaties hebben er een zodra die is ingevuld. Contacten hebben hun routes.',
    properties: {
      parameters: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['source'],
          properties: { source: { $ref: '#/components/schemas/Source' } },
        },
      },
      outcomes: {
        type: 'array',
        items: {
          type: 'object',
          properties: { source: { $ref: '#/components/schemas/Source' } },
        },
      },
      contacts: {
        type: 'array',
        items: {
          type: 'object',
          required: ['routes'],
          properties: {
            routes: { type: 'array', items: { $ref: '#/components/schemas/ContactRoute' } },
            source: { $ref: '#/components/schemas/Source' },
          },
        },
      },
    },
  },
  UsageBeacon: {
    type: 'object',
    additionalProperties: false,
    required: ['tree', 'version', 'events'],
    properties: {
      tree: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      org: {
        enum: ['corporatie', 'wij', 'opvang', 'hulpverlening', 'anders', 'geen'],
        description: 'Waar de gebruiker werkt, als die dat aan het begin koos.',
      },
      events: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        items: {
          oneOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'node'],
              properties: {
                kind: { enum: ['question-shown', 'question-answered'] },
                node: { type: 'string' },
              },
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'outcome'],
              properties: { kind: { const: 'outcome-reached' }, outcome: { type: 'string' } },
            },
          ],
        },
      },
    },
  },
  EvaluateRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      answers: {
        type: 'object',
        description: 'Vraag-id -> antwoord-id (keuzevraag) of datum JJJJ-MM-DD (datumvraag).',
        additionalProperties: { type: 'string' },
      },
      peildatum: {
        type: 'string',
        format: 'date',
        description: 'Standaard vandaag (Europe/Amsterdam).',
      },
      start: { type: 'string', description: 'Begin bij deze vraag in plaats van de eerste.' },
      versie: { type: 'integer', minimum: 1 },
    },
  },
  Evaluation: {
    type: 'object',
    required: [
      'status',
      'tree',
      'peildatum',
      'answers',
      'dates',
      'path',
      'version',
      'sharedRules',
      'upcoming',
    ],
    properties: {
      status: { enum: ['question', 'outcome'] },
      question: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          kind: { enum: ['choice', 'date'] },
          text: { type: 'string' },
          help: { type: 'string' },
          hint: { type: 'string' },
          options: {
            type: 'array',
            items: {
              type: 'object',
              properties: { id: { type: 'string' }, label: { type: 'string' } },
            },
          },
        },
      },
      outcome: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          verdict: { enum: ['past', 'past-nog-niet', 'past-niet', 'maatwerk'] },
          title: { type: 'string' },
          explanation: { type: 'string', description: 'Markdown' },
          nextSteps: { type: 'string', description: 'Markdown' },
          requirements: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                label: { type: 'string' },
                met: { type: ['boolean', 'null'] },
              },
            },
          },
        },
      },
      tree: {
        type: 'object',
        properties: { id: { type: 'string' }, version: { type: 'integer' } },
      },
      peildatum: { type: 'string', format: 'date' },
      answers: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'De antwoorden op het pad, genormaliseerd.',
      },
      dates: {
        type: 'object',
        properties: {
          uiterste_aanmelddatum: { type: 'string', format: 'date' },
          aanmelden_vanaf: { type: 'string', format: 'date' },
        },
      },
      path: { type: 'array', items: { type: 'object' } },
      links: { type: 'object', properties: { walk: { type: 'string' } } },
      version: {
        $ref: '#/components/schemas/RulesVersion',
        description:
          'De versie van de boom die het antwoord gaf, en vanaf wanneer zijn regels gelden.',
      },
      sharedRules: {
        description:
          'De versie van de gedeelde regels (termijnen, contacten, corporaties) die in de boom zit; null zonder gedeelde regels.',
        oneOf: [{ $ref: '#/components/schemas/RulesVersion' }, { type: 'null' }],
      },
      upcoming: {
        description:
          'De eerste geplande wijziging vóór de laatste datum van deze uitkomst die met dezelfde antwoorden een andere uitkomst of datum geeft; null als die er niet is (en bij een vraag).',
        oneOf: [{ $ref: '#/components/schemas/UpcomingChange' }, { type: 'null' }],
      },
    },
  },
  RulesVersion: {
    type: 'object',
    required: ['number', 'geldigVanaf'],
    properties: {
      number: { type: 'integer', minimum: 1 },
      geldigVanaf: { type: 'string', format: 'date' },
    },
  },
  UpcomingChange: {
    type: 'object',
    required: [
      'geldigVanaf',
      'version',
      'sharedRulesVersion',
      'outcome',
      'question',
      'dates',
      'moreChanges',
      'askBureauWoonkans',
    ],
    properties: {
      geldigVanaf: {
        type: 'string',
        format: 'date',
        description: 'Vanaf deze dag gelden de nieuwe regels.',
      },
      version: { type: 'integer', minimum: 1, description: 'De versie van de boom die dan geldt.' },
      sharedRulesVersion: {
        type: ['integer', 'null'],
        description: 'De versie van de gedeelde regels die dan geldt.',
      },
      outcome: {
        description:
          'De uitkomst met dezelfde antwoorden onder de nieuwe regels; null als er dan een nieuwe vraag is.',
        oneOf: [
          {
            type: 'object',
            required: ['id', 'verdict', 'title'],
            properties: {
              id: { type: 'string' },
              verdict: { enum: ['past', 'past-nog-niet', 'past-niet', 'maatwerk'] },
              title: { type: 'string' },
            },
          },
          { type: 'null' },
        ],
      },
      question: {
        description:
          'De vraag die de nieuwe regels er met deze antwoorden bij stellen; anders null.',
        oneOf: [
          { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
          { type: 'null' },
        ],
      },
      dates: {
        type: 'object',
        description: 'De datums van de uitkomst onder de nieuwe regels (JJJJ-MM-DD).',
        additionalProperties: { type: 'string', format: 'date' },
      },
      moreChanges: {
        type: 'boolean',
        description: 'Er staan daarna nog meer wijzigingen gepland.',
      },
      askBureauWoonkans: {
        type: 'boolean',
        description:
          'De nieuwe versie zegt niet voor welke ontruimingen hij geldt: vraag Bureau Woonkans wat hij voor de cliënt betekent.',
      },
    },
  },
  WalkData: {
    type: 'object',
    description:
      'Wat het script in de browser nodig heeft: de boom zonder bronnen en zonder de teksten die alleen de server toont.',
    required: ['tree', 'texts', 'version'],
    properties: {
      tree: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' } },
      },
      texts: { type: 'object' },
      version: { type: 'integer', minimum: 1 },
    },
  },
  Problem: {
    type: 'object',
    required: ['title', 'status', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'message'],
          properties: {
            field: { type: 'string' },
            code: { type: 'string', description: 'Waar bekend: de soort fout.' },
            message: { type: 'string' },
          },
        },
      },
    },
  },
} as const;
