// `/beheer` (the trees), `/beheer/bomen/:treeId` (the draft) and publishing.
import type { Hono } from 'hono';
import { formatDutchDate } from '../../core/dates/dutch-date.ts';
import { isPlainDate } from '../../core/dates/plain-date.ts';
import { diffContent } from '../../core/diff/tree-diff.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import {
  actorOf,
  type BeheerContext,
  type LoadedDraft,
  loadDraft,
  notFound,
  page,
  treeNotFound,
} from './beheer-context.ts';
import { treePath } from './beheer-paths.ts';
import { savedText } from './check-panel.ts';
import {
  type DraftNotice,
  draftPage,
  type PublishAttempt,
  type PublishField,
} from './draft-page.ts';
import { FormInput } from './form-input.ts';
import { regionSwitch } from './region-switcher.ts';
import { reviewCount } from './review-page.ts';
import { type TreeRow, treeListPage } from './tree-list-page.ts';

/** The latest published version and whether the draft differs from it. */
async function publishedState(deps: BeheerDeps, loaded: LoadedDraft) {
  // A withdrawn version is not what the draft is compared with.
  const versions = (await deps.admin.versions(loaded.draft.treeId)).filter(
    (version) => !version.cancelled,
  );
  const latest = versions.reduce<(typeof versions)[number] | undefined>(
    (best, version) => (!best || version.version > best.version ? version : best),
    undefined,
  );
  const record = latest && (await deps.admin.version(latest.treeId, latest.version));
  const differs = !record || diffContent(record.content, loaded.draft.content).length > 0;
  return { latest, differs };
}

function noticesOf(c: BeheerContext, loaded: LoadedDraft): DraftNotice[] {
  const query = (name: string) => c.req.query(name);
  const notices: DraftNotice[] = [];
  if (query('opgeslagen') === '1') notices.push(savedText(loaded.check));
  const removed = query('verwijderd');
  if (removed)
    notices.push({
      text: `"${removed}" is verwijderd. Bij de controle ziet u wat nu nergens meer heen leidt.`,
    });
  const published = query('gepubliceerd');
  const planned = query('gepland') ?? '';
  if (published && isPlainDate(planned)) {
    notices.push({
      text: `Versie ${published} is gepland: de Woonkansboom gebruikt deze versie vanaf ${formatDutchDate(planned)}. Tot die dag kunt u haar intrekken bij Geschiedenis en vergelijken.`,
    });
  } else if (published) {
    notices.push({
      text: `Versie ${published} is gepubliceerd. De Woonkansboom gebruikt deze versie nu.`,
    });
  }
  if (query('geimporteerd') === '1')
    notices.push({ text: 'Het bestand is geïmporteerd als nieuw concept.' });
  return notices;
}

async function showDraft(
  c: BeheerContext,
  deps: BeheerDeps,
  loaded: LoadedDraft,
  publish?: PublishAttempt,
  status: 200 | 409 | 422 = 200,
) {
  const treeId = loaded.draft.treeId;
  const { latest, differs } = await publishedState(deps, loaded);
  const view = draftPage({
    treeId,
    loaded,
    latest,
    differs,
    notices: publish ? [] : noticesOf(c, loaded),
    canPublish: may(c.get('principal'), 'publish'),
    csrfToken: c.get('csrfToken'),
    ...(publish ? { publish } : {}),
    today: deps.admin.today(),
  });
  return page(c, deps, view.title, view.main, status);
}

export function draftRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  app.get('/beheer', requirePermission('editDrafts'), async (c) => {
    const rows: TreeRow[] = [];
    for (const treeId of await deps.admin.treeIds()) {
      const loaded = await loadDraft(deps, treeId);
      if (!loaded) continue;
      const { latest, differs } = await publishedState(deps, loaded);
      rows.push({
        treeId,
        title: loaded.model.tree.title,
        revision: loaded.draft.revision,
        updatedAt: loaded.draft.updatedAt,
        updatedBy: loaded.draft.updatedBy,
        latestVersion: latest?.version,
        differs,
        publishable: loaded.check.publishable,
      });
    }
    const view = treeListPage(
      rows,
      reviewCount(await deps.review.list()),
      await regionSwitch(c, deps),
    );
    return page(c, deps, view.title, view.main);
  });

  app.get('/beheer/bomen/:treeId', requirePermission('editDrafts'), async (c) => {
    const loaded = await loadDraft(deps, c.req.param('treeId'));
    if (!loaded) throw notFound(treeNotFound);
    return showDraft(c, deps, loaded);
  });

  app.post('/beheer/bomen/:treeId/publiceren', requirePermission('publish'), async (c) => {
    const treeId = c.req.param('treeId');
    const loaded = await loadDraft(deps, treeId);
    if (!loaded) throw notFound(treeNotFound);
    const form = await FormInput.read(c);
    const typed = {
      note: form.get('note'),
      geldigVanaf: form.get('geldigVanaf'),
      geldtVoorOntruimingenVanaf: form.get('geldtVoorOntruimingenVanaf'),
    };
    const revision = Number(form.get('revision'));
    // The gate checks the draft as it is now: publish only what the beheerder looked at.
    if (revision !== loaded.draft.revision) {
      return showDraft(c, deps, loaded, { ...typed, staleRevision: revision }, 409);
    }
    const result = await deps.admin.publish(treeId, typed.note, actorOf(c), typed);
    switch (result.status) {
      case 'published': {
        const { version, geldigVanaf } = result.version;
        const planned = geldigVanaf > deps.admin.today() ? `&gepland=${geldigVanaf}` : '';
        return c.redirect(`${treePath(treeId)}?gepubliceerd=${version}${planned}`, 303);
      }
      case 'invalid': {
        const errors: Partial<Record<PublishField, string>> = {};
        for (const problem of result.problems) {
          const field = problem.path as PublishField;
          errors[field] ??= problem.message;
        }
        const { note: error, ...dateErrors } = errors;
        return showDraft(
          c,
          deps,
          loaded,
          { ...typed, ...(error ? { error } : {}), dateErrors },
          422,
        );
      }
      case 'refused':
        return showDraft(
          c,
          deps,
          loaded,
          {
            ...typed,
            refused: result.check,
            ...(result.sharedVersion ? { refusedWith: result.sharedVersion } : {}),
          },
          422,
        );
      case 'not-found':
        throw notFound(treeNotFound);
    }
  });
}
