// API tokens per user (beheerders only): make one (shown once, stored only as
// a hash) and revoke one. The rules and the audit log are the accounts
// service's; the token itself never reaches the audit log.
import type { Hono } from 'hono';
import { tokenLabelProblemTexts } from '../../../services/accounts/account-problem-texts.ts';
import type { AppEnv } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { formFields } from '../ui/form-body.ts';
import { actorOf, showUser, userFromPath, userNotFound } from './user-routes.ts';

export function tokenRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { accounts } = deps;
  const manageUsers = requirePermission('manageUsers');

  app.post('/beheer/gebruikers/:id/tokens', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    const label = ((await formFields(c)).label ?? '').trim();
    const result = await accounts.createToken(user.id, label, actorOf(c));
    if (result.status === 'not-found') throw userNotFound();
    if (result.status === 'refused') {
      const problems = { label: tokenLabelProblemTexts[result.problem] };
      return showUser(c, deps, user, { form: { label }, problems }, 422);
    }
    // Shown in this answer only, never in a URL; the page is not cached (authenticate).
    return showUser(c, deps, user, { newToken: { label, token: result.token } });
  });

  app.post('/beheer/gebruikers/:id/tokens/:tokenId/intrekken', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) throw userNotFound();
    const result = await accounts.revokeToken(user.id, Number(c.req.param('tokenId')), actorOf(c));
    if (result.status === 'not-found') throw userNotFound('Dit API-token bestaat niet.');
    return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=ingetrokken#tokens`, 303);
  });
}
