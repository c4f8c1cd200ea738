// The publish gate: a draft may be published only when its tree passes the
// validator without errors and every scenario passes.

import type { ReadableIssue } from '../tree/readable-issues.ts';
import type { SharedRules } from '../tree/shared-rules.ts';
import type { Tree } from '../tree/tree.ts';
import {
  parseScenarioFile,
  runScenarios,
  type ScenarioFile,
  type ScenarioResult,
} from './scenarios.ts';
import { type TreeProblem, validateTree } from './validate.ts';

export interface DraftCheck {
  /** The parsed tree, when it has no errors. */
  tree?: Tree;
  scenarios?: ScenarioFile;
  treeProblems: TreeProblem[];
  scenarioProblems: ReadableIssue[];
  scenarioResults: ScenarioResult[];
  /** No tree errors, a readable scenario file, and every scenario passes. */
  publishable: boolean;
}

/** With the shared rules, the tree is checked as composed with them (SPEC §11). */
export function checkDraft(
  content: { tree: unknown; scenarios: unknown },
  shared?: SharedRules,
): DraftCheck {
  const validation = validateTree(content.tree, shared);
  const parsed = parseScenarioFile(content.scenarios);
  const scenarioResults =
    validation.tree && parsed.file ? runScenarios(validation.tree, parsed.file) : [];
  const errors = validation.problems.filter((problem) => problem.severity === 'error');
  return {
    ...(validation.tree ? { tree: validation.tree } : {}),
    ...(parsed.file ? { scenarios: parsed.file } : {}),
    treeProblems: validation.problems,
    scenarioProblems: parsed.problems,
    scenarioResults,
    publishable:
      errors.length === 0 &&
      parsed.file !== undefined &&
      scenarioResults.length > 0 &&
      scenarioResults.every((result) => result.passed),
  };
}
