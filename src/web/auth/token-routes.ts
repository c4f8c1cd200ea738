// API tokens per user (beheerders only): make one (shown once, stored only as
// a hash) and revoke one. The token itself never reaches the audit log.
import type { Hono } from 'hono';
import { hashToken, newToken } from '../../admin/accounts/secret-token.ts';
import type { BeheerDeps } from '../app.ts';
import { formFields } from './form-body.ts';
import type { AppEnv } from './principal.ts';
import { requirePermission } from './require-permission.ts';
import { showUser, userFromPath, userNotFound } from './user-routes.ts';

const maximumLabelLength = 100;

export function tokenRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const manageUsers = requirePermission('manageUsers');

  app.post('/beheer/gebruikers/:id/tokens', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) return userNotFound(c, deps);
    const label = ((await formFields(c)).label ?? '').trim();
    const problem =
      label === ''
        ? 'Geef het token een naam, zodat u later weet waar het voor is.'
        : label.length > maximumLabelLength
          ? `Kies een naam van hoogstens ${maximumLabelLength} tekens.`
          : undefined;
    if (problem)
      return showUser(c, deps, user, { form: { label }, problems: { label: problem } }, 422);

    const token = newToken();
    const record = await store.createToken({ userId: user.id, tokenHash: hashToken(token), label });
    await store.audit({
      actor: c.get('principal')?.email ?? null,
      action: 'token-created',
      subject: user.email,
      detail: { tokenId: record.id, label },
    });
    // Shown in this answer only, never in a URL; the page is not cached (authenticate).
    return showUser(c, deps, user, { newToken: { label, token } });
  });

  app.post('/beheer/gebruikers/:id/tokens/:tokenId/intrekken', manageUsers, async (c) => {
    const user = await userFromPath(c, deps);
    if (!user) return userNotFound(c, deps);
    const tokenId = Number(c.req.param('tokenId'));
    const token = (await store.tokens(user.id)).find((candidate) => candidate.id === tokenId);
    if (!token) return userNotFound(c, deps, 'Dit API-token bestaat niet.');
    if (token.revokedAt === null) {
      await store.revokeToken(token.id);
      await store.audit({
        actor: c.get('principal')?.email ?? null,
        action: 'token-revoked',
        subject: user.email,
        detail: { tokenId: token.id, label: token.label },
      });
    }
    return c.redirect(`/beheer/gebruikers/${user.id}?gedaan=ingetrokken#tokens`, 303);
  });
}
