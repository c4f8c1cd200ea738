// SPEC §11 in the public API: every parameter with its source (kind, ref,
// confirmed), contacts with their routes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../test/support/test-app.ts';

describe('GET /api/v1/trees/{id}', () => {
  it('shows the source of every parameter and item that has one, and the routes of every contact', async () => {
    for (const treeId of ['hulpverlening', 'corporaties']) {
      const response = await testApp().request(`/api/v1/trees/${treeId}`);
      assert.equal(response.status, 200);
      const { tree } = (await response.json()) as {
        tree: {
          parameters: Record<string, { source: unknown }>;
          contacts: { routes: unknown[]; source?: unknown }[];
        };
      };
      const source = { kind: /^(thesis|public|assumption)$/, ref: /./ };
      assert.ok(Object.keys(tree.parameters).length > 0);
      for (const [id, parameter] of Object.entries(tree.parameters)) {
        const { kind, ref, confirmed } = parameter.source as Record<string, unknown>;
        assert.match(String(kind), source.kind, id);
        assert.match(String(ref), source.ref, id);
        assert.equal(typeof confirmed, 'boolean', id);
      }
      assert.ok(tree.parameters.regeling_maanden, 'the shared period is in the tree');
      for (const contact of tree.contacts) assert.ok(Array.isArray(contact.routes));
    }
  });
});
