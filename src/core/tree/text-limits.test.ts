import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proefTree } from '../../../test/support/proef-tree.ts';
import { validateTree } from '../publish/validate.ts';
import { textLimits, treeSchema } from './tree.ts';

/** The fields of the proef tree these tests change. */
interface Draft {
  nodes: [{ id: string; text: string; help: string }];
  outcomes: [{ id: string; title: string; explanation: string }];
  parameters: { termijn_jaren: { source: unknown } };
  contacts: [{ text: string }];
  trajectories: [{ body: string }];
}

/** One field of each kind, with where it sits in the proef tree. */
const fields: {
  name: string;
  limit: number;
  path: string;
  set: (tree: Draft, text: string) => void;
}[] = [
  {
    name: 'an outcome title',
    limit: textLimits.label,
    path: 'outcomes.tweedekans.title',
    set: (tree, text) => {
      tree.outcomes[0].title = text;
    },
  },
  {
    name: 'a question text',
    limit: textLimits.short,
    path: 'nodes.ontruimd.text',
    set: (tree, text) => {
      tree.nodes[0].text = text;
    },
  },
  {
    name: 'a source reference',
    limit: textLimits.source,
    path: 'parameters.termijn_jaren.source.ref',
    set: (tree, text) => {
      tree.parameters.termijn_jaren.source = text;
    },
  },
  {
    name: 'a question’s help',
    limit: textLimits.help,
    path: 'nodes.ontruimd.help',
    set: (tree, text) => {
      tree.nodes[0].help = text;
    },
  },
  {
    name: 'a contact’s text',
    limit: textLimits.help,
    path: 'contacts.bureau-woonkans.text',
    set: (tree, text) => {
      tree.contacts[0].text = text;
    },
  },
  {
    name: 'an outcome explanation',
    limit: textLimits.long,
    path: 'outcomes.tweedekans.explanation',
    set: (tree, text) => {
      tree.outcomes[0].explanation = text;
    },
  },
  {
    name: 'a trajectory body',
    limit: textLimits.body,
    path: 'trajectories.tweedekansbeleid.body',
    set: (tree, text) => {
      tree.trajectories[0].body = text;
    },
  },
];

function treeWith(set: (tree: Draft, text: string) => void, text: string): Draft {
  const tree = structuredClone(proefTree) as unknown as Draft;
  set(tree, text);
  return tree;
}

describe('text limits per field', () => {
  it('has the limits of the issue', () => {
    assert.equal(textLimits.short, 500);
    assert.equal(textLimits.help, 2000);
    assert.equal(textLimits.long, 5000);
  });

  it('the proef tree names the fields used here', () => {
    const tree = proefTree as unknown as Draft;
    assert.equal(tree.outcomes[0].id, 'tweedekans');
    assert.equal(tree.nodes[0].id, 'ontruimd');
  });

  for (const field of fields) {
    it(`accepts ${field.name} of exactly ${field.limit} characters`, () => {
      const parsed = treeSchema.safeParse(treeWith(field.set, 'a'.repeat(field.limit)));
      assert.ok(parsed.success, parsed.error?.message);
    });

    it(`refuses ${field.name} one character over, in Dutch, at the field`, () => {
      const input = treeWith(field.set, 'a'.repeat(field.limit + 1));
      const parsed = treeSchema.safeParse(input);
      assert.ok(!parsed.success);
      const limit = field.limit.toLocaleString('nl-NL');
      assert.deepEqual(
        parsed.error.issues.map((issue) => issue.message),
        [`de tekst is te lang: hoogstens ${limit} tekens`],
      );
      const problems = validateTree(input).problems;
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.code, 'text-too-long');
      assert.equal(problems[0]?.path, field.path);
      const at = field.path.split('.');
      const name = at.pop();
      assert.equal(
        problems[0]?.message,
        `De tekst "${name}" bij ${at.join('.')} is te lang: hoogstens ${limit} tekens. Maak de tekst korter.`,
      );
    });
  }

  it('counts characters, not UTF-16 units: 500 emoji fit a question', () => {
    const set = fields[1]?.set;
    assert.ok(set);
    assert.ok(treeSchema.safeParse(treeWith(set, '🏠'.repeat(500))).success);
    assert.ok(!treeSchema.safeParse(treeWith(set, '🏠'.repeat(501))).success);
  });

  it('counts the text after trimming', () => {
    const set = fields[1]?.set;
    assert.ok(set);
    assert.ok(treeSchema.safeParse(treeWith(set, ` ${'a'.repeat(500)}\n`)).success);
  });
});
