// The peer in the same run: our walk page and the same tree as
// a SurveyJS survey, measured in turns in one Chromium — bytes on the wire
// for a first visit, the first question painted, and an answer until the next
// question is painted, at 1× and 4× CPU — each reported as peer / ours.
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { loadTreeFile, treesDir } from '../src/content/default-content.ts';
import type { Answers, Tree } from '../src/core/tree/tree.ts';
import { nextStep } from '../src/core/walk/next-step.ts';
import { launchChromium, phone } from '../test/support/chromium.ts';
import { startSurveyJsServer } from './surveyjs-server.ts';

/** Rounds of ours and the peer in turn, at each CPU rate: medians over rounds. */
const rounds = 7;
const cpuRates = [1, 4] as const;
/** Peer / ours must be at least this in our favour on every measure. */
const minimumRatio = 1.5;

export interface PeerRow {
  measure: string;
  value: string;
  budget: string;
  pass: boolean;
}

/** One step of the walk: answer `question` with `answer`, then `next` must appear. */
interface Step {
  question: string;
  date: boolean;
  answer: string;
  next: string;
}

/** How each side's page shows a question and takes an answer (CSS selectors). */
interface Side {
  name: 'ours' | 'peer';
  url: string;
  /** The question's field or box, present and laid out once the question is shown. */
  question: (id: string) => string;
  /** The field to answer a date, or the radio button of an option. */
  field: (step: Step) => string;
  next: string;
}

interface Visit {
  bytes: number;
  firstQuestionMs: number;
  stepsMs: number[];
}

/** The steps of a walk with these answers, as our engine takes it, up to the last question. */
function walkSteps(tree: Tree, answers: Answers, peildatum: string): Step[] {
  const steps: Step[] = [];
  const given: Record<string, string> = {};
  let step = nextStep(tree, given, peildatum);
  while (step.status === 'question') {
    const { id, kind } = step.question;
    const answer = answers[id];
    if (answer === undefined) throw new Error(`the bench walk has no answer to ${id}`);
    given[id] = answer;
    const after = nextStep(tree, given, peildatum);
    if (after.status === 'question')
      steps.push({ question: id, date: kind === 'date', answer, next: after.question.id });
    step = after;
  }
  return steps;
}

/**
 * In the page before any of its scripts: from the first frame on, looks for
 * the question in each frame and notes when that frame has been painted,
 * in ms since the navigation started. (No named functions inside: tsx would
 * wrap them in a helper the page does not have.)
 */
async function firstQuestionProbe(selector: string): Promise<void> {
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const element = document.querySelector(selector);
    if (element && element.getClientRects().length > 0) break;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  (window as unknown as { firstQuestionMs: number }).firstQuestionMs = performance.now();
}

/**
 * One step in the page: from choosing the answer, through a click on the
 * next button, until a frame showing the next question has been painted.
 */
async function answerStep(input: {
  field: string;
  date: boolean;
  answer: string;
  next: string;
  expect: string;
}): Promise<number | string> {
  const field = document.querySelector<HTMLInputElement>(input.field);
  if (!field) return `no field ${input.field}`;
  const started = performance.now();
  if (input.date) {
    field.value = input.answer;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  } else field.click();
  // SurveyJS swaps its "complete" button for "next" once the answer shows a next page.
  let button = document.querySelector<HTMLElement>(input.next);
  while (!button) {
    if (performance.now() - started > 10_000) return `no ${input.next} after ${input.field}`;
    await new Promise((resolve) => setTimeout(resolve, 0));
    button = document.querySelector<HTMLElement>(input.next);
  }
  button.click();
  // Checked in each frame before it is painted; the timer runs once that frame is.
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = document.querySelector(input.expect);
    if (shown && shown.getClientRects().length > 0) break;
    if (performance.now() - started > 10_000) return `no ${input.expect} after ${input.field}`;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return performance.now() - started;
}

async function visit(
  page: Page,
  cdp: CDPSession,
  side: Side,
  steps: Step[],
  rate: number,
): Promise<Visit> {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(side.url);
  const firstQuestionMs = (await (
    await page.waitForFunction(() => (window as { firstQuestionMs?: number }).firstQuestionMs)
  ).jsonValue()) as number;
  // Ours answers in the page once its script has read the walk data.
  await page.waitForLoadState('networkidle');
  const onFirstVisit = bytes;
  const stepsMs: number[] = [];
  for (const step of steps) {
    const result = await page.evaluate(answerStep, {
      field: side.field(step),
      date: step.date,
      answer: step.answer,
      next: side.next,
      expect: side.question(step.next),
    });
    if (typeof result === 'string') throw new Error(`${side.name}: ${result}`);
    stepsMs.push(result);
  }
  return { bytes: onFirstVisit, firstQuestionMs, stepsMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Every page visited in turns: ours, the peer, ours… at each CPU rate, each in a fresh context. */
async function visitInTurns(sides: Side[], steps: Step[], start: string) {
  const visits = new Map<string, Visit[]>();
  const browser = await launchChromium();
  try {
    for (let round = 0; round < rounds; round++) {
      for (const rate of cpuRates) {
        // Who goes first alternates, so neither always meets a warmer machine.
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          const context = await browser.newContext({ viewport: phone });
          try {
            await context.addInitScript(firstQuestionProbe, side.question(start));
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            const key = `${side.name} ${rate}`;
            visits.set(key, [
              ...(visits.get(key) ?? []),
              await visit(page, cdp, side, steps, rate),
            ]);
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  return visits;
}

/**
 * Measures our walk page at `ourWalkUrl` against the SurveyJS survey of the
 * same default tree, walking `answers` on `peildatum`: rows of peer / ours,
 * notes with the ratio of each round, and every visit's numbers.
 */
export async function comparePeer(
  treeId: string,
  ourWalkUrl: string,
  answers: Answers,
  peildatum: string,
): Promise<{ rows: PeerRow[]; notes: string[]; raw: Record<string, Visit[]> }> {
  const tree = loadTreeFile(join(treesDir, `${treeId}.yaml`));
  const steps = walkSteps(tree, answers, peildatum);
  const peer = await startSurveyJsServer(tree, peildatum);
  let visits: Map<string, Visit[]>;
  try {
    visits = await visitInTurns(
      [
        {
          name: 'ours',
          url: ourWalkUrl,
          question: (id) => `main input[name="${id}"]:not([type="hidden"])`,
          field: (step) => (step.date ? `#${step.question}` : `#${step.question}-${step.answer}`),
          next: 'main form button[type="submit"]',
        },
        {
          name: 'peer',
          url: peer.url,
          question: (id) => `[data-name="${id}"]`,
          field: (step) =>
            `[data-name="${step.question}"] input${step.date ? '' : `[value="${step.answer}"]`}`,
          next: '.sd-navigation__next-btn',
        },
      ],
      steps,
      tree.start,
    );
  } finally {
    await peer.stop();
  }

  const of = (name: Side['name'], rate: number) => visits.get(`${name} ${rate}`) ?? [];
  const rows: PeerRow[] = [];
  const notes: string[] = [];
  const compare = (
    measure: string,
    rates: readonly number[],
    pick: (visit: Visit) => number[],
    unit: (value: number) => string,
    count: string,
  ) => {
    const values = (name: Side['name']) => rates.flatMap((rate) => of(name, rate).flatMap(pick));
    const [peerValue, ourValue] = [median(values('peer')), median(values('ours'))];
    const ratio = peerValue / ourValue;
    rows.push({
      measure: `SurveyJS / ours: ${measure} (${unit(peerValue)} / ${unit(ourValue)}, ${count})`,
      value: `${ratio.toFixed(1)}×`,
      budget: `≥ ${minimumRatio}×`,
      pass: ratio >= minimumRatio,
    });
    return (index: number, rate: number) => {
      const [theirs, ours] = [of('peer', rate)[index], of('ours', rate)[index]];
      return theirs && ours ? median(pick(theirs)) / median(pick(ours)) : Number.NaN;
    };
  };
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const ms = (time: number) => `${Math.round(time)} ms`;
  compare('bytes on the wire, first visit', cpuRates, (v) => [v.bytes], kB, 'median');
  for (const rate of cpuRates) {
    const perRound = [
      compare(
        `first question painted, ${rate}× CPU`,
        [rate],
        (v) => [v.firstQuestionMs],
        ms,
        `median of ${rounds}`,
      ),
      compare(
        `answer → next question painted, ${rate}× CPU`,
        [rate],
        (v) => v.stepsMs,
        ms,
        `median of ${rounds * steps.length} steps`,
      ),
    ];
    const [first, answer] = perRound.map((ratio) =>
      Array.from({ length: rounds }, (_, index) => ratio(index, rate).toFixed(1)).join(', '),
    );
    notes.push(
      `SurveyJS / ours in each round at ${rate}× CPU: first question ${first}; answer → next question (median per visit) ${answer}`,
    );
  }
  return { rows, notes, raw: Object.fromEntries(visits) };
}
