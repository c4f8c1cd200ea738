// Fault test: the server is killed with SIGKILL in the middle of a
// burst of evaluation answers. Every answer the server acknowledged (303 to
// the thank-you page) must be there after a restart — an acknowledged
// response is never lost — and none is stored twice.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultEvaluationForm } from '../../src/core/evaluation/evaluation-default-form.ts';
import { allStatements } from '../../src/core/evaluation/evaluation-form.ts';
import { responseFields } from '../../src/core/evaluation/evaluation-response.ts';
import { openStore } from '../../src/store/open-store.ts';
import { startServer } from '../support/start-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'wkb-kill-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function answers(key: string): URLSearchParams {
  return new URLSearchParams({
    sleutel: key,
    ...Object.fromEntries(
      allStatements(defaultEvaluationForm).map((statement) => [
        responseFields.score(statement.id),
        '4',
      ]),
    ),
  });
}

describe('kill -9 during a burst of evaluation answers', () => {
  it('keeps every acknowledged answer, once', async () => {
    let server = await startServer({ dataDir, env: { RATE_LIMITS: 'off' } });
    const store = await openStore({ dataDir });
    try {
      const form = await store.saveEvaluationForm(defaultEvaluationForm, null);
      const round = await store.createEvaluationRound({
        title: 'Ronde tijdens een storing',
        slug: randomBytes(18).toString('base64url'),
        formId: form.id,
        opensOn: '2000-01-01',
        closesOn: '2999-12-31',
        createdBy: null,
      });
      const url = `${server.url}/evaluatie/${round.slug}`;
      const acknowledged: string[] = [];
      const post = async (key: string) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            body: answers(key),
            redirect: 'manual',
            headers: { Origin: server.url },
          });
          if (response.status === 303) acknowledged.push(key);
          else assert.fail(`answer ${key}: ${response.status}`);
        } catch {
          // The connection died with the server: not acknowledged, so not promised.
        }
      };
      let next = 0;
      const sender = async () => {
        while (next < 400) await post(`sleutel-${String(next++).padStart(4, '0')}-abcdefghij`);
      };
      const burst = Promise.all(Array.from({ length: 16 }, sender));
      while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
      await server.kill();
      await burst;
      assert.ok(acknowledged.length >= 40 && acknowledged.length < 400, 'killed mid-burst');

      server = await startServer({ dataDir, env: { RATE_LIMITS: 'off' } });
      const stored = await store.evaluationResponses(round.id);
      for (const key of acknowledged)
        assert.ok(await store.hasEvaluationResponse(round.id, key), `acknowledged ${key} is lost`);
      assert.ok(stored.length >= acknowledged.length);
      assert.ok(stored.length <= next, 'no answer is stored twice');
      // The restarted server takes answers again.
      const again = await fetch(`${server.url}/evaluatie/${round.slug}`, {
        method: 'POST',
        body: answers('na-de-herstart-0123456789'),
        redirect: 'manual',
        headers: { Origin: server.url },
      });
      assert.equal(again.status, 303);
    } finally {
      await store.close();
      await server.stop();
    }
  });
});
