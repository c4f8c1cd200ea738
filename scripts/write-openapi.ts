// Writes the OpenAPI description as served at /api/v1/openapi.json to
// dist/openapi.json, for `npm run lint:api` (Redocly) and other outside tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/web/api/openapi.ts';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('openapi.json', dist), `${JSON.stringify(openApiDocument, null, 2)}\n`);
console.log('wrote dist/openapi.json');
