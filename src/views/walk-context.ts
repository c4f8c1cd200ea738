// What every walk view needs to know, on the server and in the browser alike.
import type { PlainDate } from '../core/dates/plain-date.ts';
import type { OutcomeStep, UpcomingChange } from '../core/time/upcoming-change.ts';
import type { Tree } from '../core/tree/tree.ts';

/**
 * Content texts in Markdown rendered to sanitised HTML on the server, keyed by
 * `textKey`. Placeholders ({{name}}) are still in them.
 */
export type TreeTexts = Record<string, string>;

export interface WalkContext {
  tree: Tree;
  texts: TreeTexts;
  /** The published version the walk runs on. */
  version: number;
  peildatum: PlainDate;
  /** False when the URL sets another peildatum (planning, tests). */
  peildatumIsToday: boolean;
  /** Where the walk lives: `/boom/hulpverlening`. */
  basePath: string;
  start?: string;
  /** The URL asked for this version explicitly (?versie=N): keep it in every link. */
  pinnedVersion?: boolean;
  /** The version in force today, when the URL pins an older one: the page points to it. */
  newerVersion?: number;
  /**
   * A beheerder's preview of a draft: `version` is the draft's revision, and
   * nothing links to the public resources of a published version.
   */
  preview?: boolean;
  /** Where the user said they work, carried in every link of the walk (usage counts only). */
  org?: string;
  /** Where "Terug naar de start" on the first question goes (default `/`). */
  homeHref?: string;
  /** From when the rules of this walk hold: "volgens de regels die gelden vanaf …" */
  rulesFrom?: PlainDate;
  /** The shared-rules version composed into `tree`, when there is one. */
  sharedVersion?: number;
  /** The warning before the rules change, for an outcome (server only). */
  upcomingFor?: (step: OutcomeStep) => UpcomingChange | undefined;
  /**
   * What the browser script needs to leave a step to the server: the day these
   * rules stop holding, and whether an eviction date may choose other rules.
   */
  rulesWindow?: { until?: PlainDate; transition: boolean };
  /** The size of the tree's picture with a path marked, for the outcome's image (server only). */
  diagramSize?: { width: number; height: number };
}

export const textKey = {
  intro: () => 'intro',
  explanation: (outcomeId: string) => `outcome.${outcomeId}.explanation`,
  nextSteps: (outcomeId: string) => `outcome.${outcomeId}.nextSteps`,
  trajectoryBody: (trajectoryId: string) => `trajectory.${trajectoryId}.body`,
  trajectoryStep: (trajectoryId: string, index: number) =>
    `trajectory.${trajectoryId}.step.${index}`,
  contact: (contactId: string) => `contact.${contactId}`,
};
