// The store contract: the evaluation questionnaire — form versions,
// rounds (with whether statements may be left open) and responses (one per
// idempotency key, statements left open kept as null).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NewEvaluationResponse } from '../../src/store/evaluation-store.ts';
import { type ContractContext, isoTimestamp as iso } from './contract-context.ts';

const definition = {
  parts: [{ id: 'deel', title: 'Deel “één”', statements: [], adviceLabel: 'x' }],
};

export function evaluationContract(ctx: ContractContext): void {
  describe('evaluation', () => {
    const round = async (slug = 'geheim-1', title = 'Voorjaar') => {
      const form = await ctx.store.saveEvaluationForm(definition, 'bea@x.nl');
      return ctx.store.createEvaluationRound({
        title,
        slug,
        formId: form.id,
        opensOn: '2029-03-01',
        closesOn: '2029-03-31',
        openAnswersAllowed: true,
        createdBy: 'bea@x.nl',
      });
    };
    const response = (roundId: number, key: string): NewEvaluationResponse => ({
      roundId,
      idempotencyKey: key,
      submittedOn: '2029-03-14',
      name: null,
      function: 'Casemanager',
      answers: { scores: { a: 4 }, notes: { a: 'Prima – “echt”' }, advice: {} },
    });

    it('keeps form versions, newest last, and never changes one', async () => {
      assert.equal(await ctx.store.latestEvaluationForm(), undefined);
      const first = await ctx.store.saveEvaluationForm(definition, 'bea@x.nl');
      const second = await ctx.store.saveEvaluationForm({ parts: [] }, null);
      assert.ok(second.id > first.id);
      assert.deepEqual(await ctx.store.latestEvaluationForm(), second);
      assert.deepEqual(await ctx.store.evaluationForm(first.id), first);
      assert.deepEqual(first.definition, definition);
      assert.match(first.createdAt, iso);
      assert.equal(first.createdBy, 'bea@x.nl');
      await assert.rejects(
        ctx.database.execute(`update evaluation_forms set definition = '{}'`),
        /append-only/,
      );
      assert.deepEqual((await ctx.store.evaluationForm(first.id))?.definition, definition);
    });

    it('creates rounds, finds them by id and slug, lists them newest first', async () => {
      const spring = await round('geheim-1', 'Voorjaar');
      const form = await ctx.store.saveEvaluationForm(definition, null);
      const autumn = await ctx.store.createEvaluationRound({
        title: 'Najaar',
        slug: 'geheim-2',
        formId: form.id,
        opensOn: '2029-10-01',
        closesOn: '2029-10-31',
        openAnswersAllowed: false,
        createdBy: null,
      });
      assert.equal(spring.closedAt, null);
      assert.equal(spring.openAnswersAllowed, true);
      assert.equal(autumn.openAnswersAllowed, false);
      assert.equal(spring.responses, 0);
      assert.match(spring.createdAt, iso);
      assert.deepEqual(await ctx.store.evaluationRound(spring.id), spring);
      assert.deepEqual(await ctx.store.evaluationRoundBySlug('geheim-2'), autumn);
      assert.equal(await ctx.store.evaluationRoundBySlug('geheim-3'), undefined);
      assert.equal(await ctx.store.evaluationRound(autumn.id + 1), undefined);
      assert.deepEqual(
        (await ctx.store.evaluationRounds()).map((r) => r.title),
        ['Najaar', 'Voorjaar'],
      );
    });

    it('keeps whether a round allows open answers, also in the list and by slug', async () => {
      const spring = await round('geheim-1');
      const form = await ctx.store.saveEvaluationForm(definition, null);
      const required = await ctx.store.createEvaluationRound({
        title: 'Verplicht',
        slug: 'geheim-2',
        formId: form.id,
        opensOn: '2029-10-01',
        closesOn: '2029-10-31',
        openAnswersAllowed: false,
        createdBy: null,
      });
      assert.equal((await ctx.store.evaluationRound(spring.id))?.openAnswersAllowed, true);
      assert.equal((await ctx.store.evaluationRoundBySlug('geheim-2'))?.openAnswersAllowed, false);
      assert.deepEqual(
        (await ctx.store.evaluationRounds()).map((r) => [r.id, r.openAnswersAllowed]),
        [
          [required.id, false],
          [spring.id, true],
        ],
      );
      await ctx.store.updateEvaluationRound(required.id, { title: 'Anders' });
      assert.equal((await ctx.store.evaluationRound(required.id))?.openAnswersAllowed, false);
    });

    it('reads a round written without the setting (as before it existed) as one that requires answers', async () => {
      const form = await ctx.store.saveEvaluationForm(definition, null);
      await ctx.database.execute(
        `insert into evaluation_rounds (title, slug, form_id, opens_on, closes_on, created_at)
         values ('Oud', 'oud', ${form.id}, '2027-03-01', '2027-03-31', '2027-02-01T09:00:00.000Z')`,
      );
      assert.equal((await ctx.store.evaluationRoundBySlug('oud'))?.openAnswersAllowed, false);
    });

    it('keeps a statement left open as open (null), not as a score', async () => {
      const spring = await round();
      const answers = { scores: { a: null, b: 3 }, notes: { a: 'Weet ik niet' }, advice: {} };
      await ctx.store.addEvaluationResponse({ ...response(spring.id, 'k1'), answers });
      assert.deepEqual((await ctx.store.evaluationResponses(spring.id))[0]?.answers, answers);
    });

    it('refuses a second round with the same slug', async () => {
      await round('zelfde');
      await assert.rejects(round('zelfde'));
    });

    it('changes title and dates but not the form, and closes a round once', async () => {
      const spring = await round();
      await ctx.store.updateEvaluationRound(spring.id, { title: 'Lente', closesOn: '2029-04-15' });
      const changed = await ctx.store.evaluationRound(spring.id);
      assert.equal(changed?.title, 'Lente');
      assert.equal(changed?.opensOn, '2029-03-01');
      assert.equal(changed?.closesOn, '2029-04-15');
      assert.equal(changed?.formId, spring.formId);
      await ctx.store.closeEvaluationRound(spring.id);
      const closed = await ctx.store.evaluationRound(spring.id);
      assert.match(closed?.closedAt ?? '', iso);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await ctx.store.closeEvaluationRound(spring.id);
      assert.equal((await ctx.store.evaluationRound(spring.id))?.closedAt, closed?.closedAt);
    });

    it('stores one response per idempotency key, also when both arrive at once', async () => {
      const spring = await round();
      const other = await round('geheim-2');
      assert.equal(await ctx.store.addEvaluationResponse(response(spring.id, 'k1')), 'stored');
      const again = await Promise.all([
        ctx.store.addEvaluationResponse(response(spring.id, 'k1')),
        ctx.store.addEvaluationResponse(response(spring.id, 'k2')),
        ctx.store.addEvaluationResponse(response(spring.id, 'k2')),
      ]);
      assert.deepEqual([...again].sort(), ['duplicate', 'duplicate', 'stored']);
      // The same key in another round is another response.
      assert.equal(await ctx.store.addEvaluationResponse(response(other.id, 'k1')), 'stored');
      assert.equal(await ctx.store.hasEvaluationResponse(spring.id, 'k1'), true);
      assert.equal(await ctx.store.hasEvaluationResponse(spring.id, 'k3'), false);
      const stored = await ctx.store.evaluationResponses(spring.id);
      assert.equal(stored.length, 2);
      assert.deepEqual(stored[0], {
        id: stored[0]?.id,
        roundId: spring.id,
        submittedOn: '2029-03-14',
        name: null,
        function: 'Casemanager',
        answers: { scores: { a: 4 }, notes: { a: 'Prima – “echt”' }, advice: {} },
        rulesVersions: null,
      });
      assert.equal((await ctx.store.evaluationRound(spring.id))?.responses, 2);
      assert.equal(
        (await ctx.store.evaluationRounds()).find((r) => r.id === other.id)?.responses,
        1,
      );
    });

    it('keeps no time of day or address with a response', async () => {
      const spring = await round();
      await ctx.store.addEvaluationResponse(response(spring.id, 'k1'));
      const columns = Object.keys((await ctx.store.evaluationResponses(spring.id))[0] ?? {});
      assert.deepEqual([...columns].sort(), [
        'answers',
        'function',
        'id',
        'name',
        'roundId',
        'rulesVersions',
        'submittedOn',
      ]);
    });

    it('keeps the rule versions in force on the day of a response', async () => {
      const spring = await round();
      const rulesVersions = { hulpverlening: 3, corporaties: 2, gedeeld: 1 };
      await ctx.store.addEvaluationResponse({ ...response(spring.id, 'k1'), rulesVersions });
      await ctx.store.addEvaluationResponse(response(spring.id, 'k2'));
      const stored = await ctx.store.evaluationResponses(spring.id);
      assert.deepEqual(
        stored.map((entry) => entry.rulesVersions),
        [rulesVersions, null],
      );
    });
  });
}
