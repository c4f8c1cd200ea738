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
