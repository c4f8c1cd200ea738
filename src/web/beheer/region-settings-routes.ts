// `/beheer/regio`: a beheerder reads and changes the region's own settings in
// the install's list (`AppDeps.regionSettings`); each save is in the region's
// own audit log. A refused form comes back with everything that was typed.
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps, RegionSettings } from '../deps.ts';
import { HttpProblem } from '../problem.ts';
import {
  changedParts,
  fieldsOf,
  type LogoUpload,
  type RegionSettingsFields,
  type RegionSettingsProblem,
  readRegionSettings,
  submittedFields,
} from './region-settings-form.ts';
import { regionSettingsPage, regionSettingsPath } from './region-settings-page.ts';
import { beheerPage } from './ui/beheer-page.ts';
import { formFields } from './ui/form-body.ts';

function settingsOf(deps: BeheerDeps): RegionSettings {
  if (!deps.regionSettings)
    throw new HttpProblem(404, 'Niet gevonden', 'Deze site heeft geen regio-instellingen.', [], {
      back: { href: '/beheer', label: 'Naar de bomen' },
    });
  return deps.regionSettings;
}

export function regionSettingsRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const show = (
    c: Context<AppEnv>,
    settings: RegionSettings,
    fields: RegionSettingsFields,
    problems: readonly RegionSettingsProblem[] = [],
  ) =>
    beheerPage(c, deps, {
      title: 'Instellingen van de regio',
      main: regionSettingsPage({
        region: settings.current(),
        fields,
        problems,
        saved: problems.length === 0 && c.req.query('opgeslagen') === '1',
        csrfToken: c.get('csrfToken'),
      }),
      status: problems.length > 0 ? 422 : 200,
      hasErrors: problems.length > 0,
    });

  app.get(regionSettingsPath, requirePermission('manageRegion'), (c) => {
    const settings = settingsOf(deps);
    return show(c, settings, fieldsOf(settings.current()));
  });

  app.post(regionSettingsPath, requirePermission('manageRegion'), async (c) => {
    const settings = settingsOf(deps);
    const fields = submittedFields(await formFields(c));
    const before = settings.current();
    const result = readRegionSettings(fields, before, await settings.others(), await logoUpload(c));
    if (result.status === 'invalid') return show(c, settings, fields, result.problems);
    const actor = c.get('principal')?.email ?? 'onbekend';
    await settings.save(result.definition, actor);
    await deps.store.audit({
      actor,
      action: 'region-updated',
      subject: result.definition.id,
      detail: { changed: changedParts(before, result.definition).join(', ') || 'niets' },
    });
    return c.redirect(`${regionSettingsPath}?opgeslagen=1`, 303);
  });
}

/** The logo file sent with the form, as base64, when one was chosen (the schema checks it is a PNG). */
async function logoUpload(c: Context<AppEnv>): Promise<LogoUpload> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const file = (body as Record<string, unknown>).logo;
  if (!(file instanceof File) || file.size === 0) return {};
  return { png: Buffer.from(await file.arrayBuffer()).toString('base64') };
}
