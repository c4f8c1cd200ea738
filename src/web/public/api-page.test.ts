import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../test/support/test-app.ts';
import { openApiDocument } from '../api/openapi.ts';
import { type OpenApiDocument, operations } from './openapi-reference.ts';

const app = testApp();
const document: OpenApiDocument = openApiDocument;

async function apiPage(): Promise<{ response: Response; body: string }> {
  const response = await app.request('/api');
  return { response, body: await response.text() };
}

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('/api, the API for partner systems', () => {
  it('is an HTML page in Dutch that links to the description as JSON', async () => {
    const { response, body } = await apiPage();
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(body, /<h1 class="utrecht-heading-1">API voor koppelingen<\/h1>/);
    assert.match(body, /<h2 class="utrecht-heading-2">Geen sleutel nodig<\/h2>/);
    assert.match(body, /<h2 class="utrecht-heading-2">Privacy<\/h2>/);
    assert.ok(body.includes('href="/api/v1/openapi.json"'));
    const json = await app.request('/api/v1/openapi.json');
    assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(((await json.json()) as { openapi: string }).openapi, '3.1.0');
  });

  it('says the public part needs no key, with the limit the server applies', async () => {
    const { body } = await apiPage();
    assert.match(body, /geen sleutel \(API-key\) en geen account nodig/);
    assert.match(body, /hoogstens 1\.200 per minuut berekeningen/);
  });

  it('gives every operation a heading, says who may call it, and lists its answers', async () => {
    const { body } = await apiPage();
    for (const { method, path, operation } of operations(document)) {
      const heading = new RegExp(
        `<h3 class="utrecht-heading-3" id="operatie-${operation.operationId}"><code>${method} ${path.replace(/[{}]/g, '\\$&')}</code></h3>`,
      );
      assert.match(body, heading, `${method} ${path}`);
      const section = body.slice(body.search(heading)).split('<h3')[1] ?? '';
      assert.match(
        section,
        operation.security?.length === 0
          ? /Openbaar: geen sleutel en geen account nodig\./
          : /Alleen voor beheer, met een API-token/,
        `${method} ${path}`,
      );
      for (const status of Object.keys(operation.responses))
        assert.ok(section.includes(`<strong>${status}</strong>`), `${method} ${path} ${status}`);
    }
  });

  it('describes every schema, and every link inside the page has its target', async () => {
    const { body } = await apiPage();
    for (const name of Object.keys(document.components.schemas))
      assert.ok(body.includes(`id="schema-${name}"`), name);
    const ids = new Set([...body.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    for (const [, target] of body.matchAll(/href="#([^"]+)"/g))
      assert.ok(ids.has(target), `#${target}`);
  });

  it('shows an example request that works as shown', async () => {
    const { body } = await apiPage();
    const example = decodeEntities(body).match(/curl -X POST (\S+) \\\n.*\n\s+-d '([^']+)'/);
    assert.ok(example, 'a curl example');
    const [, url = '', data = ''] = example;
    const response = await app.request(new URL(url).pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: data,
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { status: string }).status, 'outcome');
  });

  it('needs no script and no inline style, so the CSP holds', async () => {
    const { response, body } = await apiPage();
    assert.doesNotMatch(body, /<script|style="|<style/);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  });

  it('shows only the little Markdown of the description, escaped', async () => {
    const { body } = await apiPage();
    assert.ok(body.includes('<strong>Deep links.</strong>'));
    assert.ok(body.includes('<code>/boom/{treeId}</code>'));
    assert.ok(body.includes('<code>Authorization: Bearer &lt;token&gt;</code>'));
  });
});
