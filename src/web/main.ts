// `npm start`: serve the Woonkansboom on HOST:PORT.
import { serve } from '@hono/node-server';
import { loadDefaultTrees } from '../content/default-content.ts';
import { createApp } from './app.ts';
import { loadAssets } from './assets.ts';
import { inMemoryCatalog } from './published-tree.ts';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';

const app = createApp({
  catalog: inMemoryCatalog(loadDefaultTrees()),
  assets: loadAssets(),
  now: () => new Date(),
  ...(process.env.LOG_REQUESTS === '0' ? {} : { log: (line: string) => console.log(line) }),
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Woonkansboom listens on http://${hostname}:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
