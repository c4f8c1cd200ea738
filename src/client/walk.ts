// The browser enhancement of a walk page: runs the same core and views as the
// server, so the next question appears at once without a network request.
// Without this script every step is a normal GET; with it nothing changes but
// the speed. Any surprise falls back to a normal page load.
// The outcome is left to a normal page load: its views and texts would not
// fit the 15 KB budget, and the server renders it in a few milliseconds.
// Usage counts: the questions this script shows itself are sent in a batch
// with sendBeacon when the page is left (the outcome's page load included);
// the pages the server renders are counted by the server, so nothing counts
// twice.
// Rules in time: the page names the shared-rules version its walk data is
// composed with (data-walk-shared), the day these rules stop holding
// (data-walk-until) and whether an eviction date may choose other rules
// (data-walk-transition); such steps go to the server.
// On the start page it remembers the organisation type in localStorage; on an
// outcome page it shows the print button.

import { isProblem } from '../core/problem.ts';
import { stepEvents, type WalkStepEvent } from '../core/usage/usage-event.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import { questionView } from '../views/question-view.ts';
import { type WalkSource, walkContext } from '../views/walk-request.ts';
import { walkState } from '../views/walk-state.ts';
import { parseWalkQuery } from '../views/walk-url.ts';

const main = document.querySelector<HTMLElement>('main[data-walk-tree]');

/** The API's root: `/api/v1`, or a region's (`/api/v1/regions/<regio>`). */
const api = main?.dataset.walkApi ?? '/api/v1';

async function loadSource(
  tree: string,
  version: string,
  shared?: string,
): Promise<WalkSource | undefined> {
  try {
    // From the server's data attributes: an id and numbers, nothing to escape.
    const response = await fetch(
      `${api}/trees/${tree}/versions/${version}/walk-data${shared ? `?gedeeld=${shared}` : ''}`,
    );
    return response.ok ? ((await response.json()) as WalkSource) : undefined;
  } catch {
    return undefined;
  }
}

function enhance(main: HTMLElement, source: WalkSource, basePath: string): void {
  // Other rules may hold from this day, or (overgangsrecht) for the eviction date given.
  const { walkUntil: until, walkTransition: transition } = main.dataset;
  const events: WalkStepEvent[] = [];
  let org: string | undefined;
  const send = () => {
    // Embedded and preview walks are not counted (their pages are not either).
    if (events.length && main.dataset.walkCounted !== undefined)
      navigator.sendBeacon?.(
        `${api}/gebruik`,
        JSON.stringify({ tree: source.tree.id, version: source.version, org, events }),
      );
    events.length = 0;
  };
  // Fires when the page is left or hidden (the last moment that is reliable on mobiles too).
  addEventListener('visibilitychange', () => document.hidden && send());

  /**
   * Shows the question of `url`; false when only the server can: an outcome
   * (a normal page load, which the server counts) or a query problem.
   */
  const show = (url: URL, push: boolean, answered?: boolean): boolean => {
    if (url.pathname !== basePath) return false;
    const query = parseWalkQuery(url.searchParams);
    if (query.version !== undefined && query.version !== String(source.version)) return false;
    const ctx = walkContext(source, query, amsterdamDate(new Date()), basePath);
    if (isProblem(ctx)) return false;
    // Rules that change on the walk's day, or with the eviction date: the server knows them.
    if (until && ctx.peildatum >= until) return false;
    if (transition && source.tree.evictionDates.some((id) => query.answers[id])) return false;
    const view = walkState(
      query.version === undefined ? ctx : { ...ctx, pinnedVersion: true },
      query,
    );
    const { step } = view;
    if (step.status === 'outcome' || view.peildatumTooEarly) return false;
    const target = view.invalid ? `${url.pathname}${url.search}` : view.href;
    if (push) history.pushState(null, '', target);
    else if (target !== `${location.pathname}${location.search}`)
      history.replaceState(null, '', target);
    main.innerHTML = questionView({ ...view, step }).value;
    document.title = `${view.title} – Woonkansboom`;
    const focusTarget = main.querySelector<HTMLElement>(view.invalid ? '#foutmelding' : '#vraag');
    focusTarget?.focus();
    window.scrollTo(0, 0);
    if (answered && !view.invalid) {
      org = ctx.org;
      events.push(...stepEvents(query.submitted, step));
    }
    return true;
  };

  main.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-walk-form')) return;
    const params = new URLSearchParams();
    // The submitter counts: "Ik weet de datum niet precies" is a named button.
    for (const [name, value] of new FormData(form, (event as SubmitEvent).submitter)) {
      if (typeof value === 'string') params.append(name, value);
    }
    const url = new URL(form.getAttribute('action') ?? basePath, location.href);
    url.search = params.toString();
    if (show(url, true, true)) event.preventDefault();
  });

  main.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.('a[data-walk-link]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (show(new URL(link.href), true)) event.preventDefault();
  });

  window.addEventListener('popstate', () => {
    if (!show(new URL(location.href), false)) location.reload();
  });
}

if (main) {
  const { walkTree = '', walkBase: basePath = '', walkVersion = '', walkShared } = main.dataset;
  loadSource(walkTree, walkVersion, walkShared).then((source) => {
    if (source) enhance(main, source, basePath);
  });
}

// An outcome page: "Deze pagina afdrukken" shows only where this script runs.
const printRow = document.querySelector<HTMLElement>('[data-print]');
if (printRow) {
  printRow.hidden = false;
  printRow.querySelector('button')?.addEventListener('click', () => print());
}

// The start page: preselect and remember where the user works (this browser only).
for (const radio of document.querySelectorAll<HTMLInputElement>('[data-org] input')) {
  try {
    if (radio.value === localStorage.wkbOrg) radio.checked = true;
    radio.onchange = () => {
      localStorage.wkbOrg = radio.value;
    };
  } catch {
    // No storage (private mode, blocked): the choice is simply not remembered.
  }
}
