// Pieces shared by the public and the admin part of the OpenAPI description.

export const problem = {
  description:
    'Fout, als application/problem+json (RFC 9457) met een Nederlandse uitleg in `detail`.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export const treeIdParameter = {
  name: 'treeId',
  in: 'path',
  required: true,
  description: 'Het id van de Woonkansboom: `hulpverlening` of `corporaties`.',
  schema: { type: 'string', examples: ['hulpverlening'] },
};

export const versionQuery = {
  name: 'versie',
  in: 'query',
  required: false,
  description: 'Een gepubliceerde versie; zonder dit veld de nieuwste.',
  schema: { type: 'integer', minimum: 1 },
};

/** A public operation: no sign-in. Said outright, so a reader need not guess. */
export const publicSecurity = [] as const;

export const tooManyRequests = {
  ...problem,
  description: 'Te veel verzoeken van dit adres; probeer het na `Retry-After` seconden opnieuw.',
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
};

export const unavailable = {
  ...problem,
  description:
    'De database is even niet bereikbaar; probeer het na `Retry-After` seconden opnieuw.',
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
};

export const tooLarge = { ...problem, description: 'De inhoud is te groot.' };
