// woonkansboom token create <email> [--label <text>]: an API token for the
// admin API. It is printed once; only its SHA-256 is stored.
import { parseArgs } from 'node:util';
import { hashToken, newToken } from '../admin/accounts/secret-token.ts';
import { type Command, UsageError } from './command.ts';
import { withStore } from './with-store.ts';

function parseTokenCreate(args: string[]): { email: string; label: string } {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { label: { type: 'string' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: { label: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [subcommand, email, ...extra] = parsed.positionals;
  if (subcommand !== 'create') throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  if (email === undefined) throw new UsageError('Missing the e-mail address.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  return { email, label: parsed.values.label ?? '' };
}

export const tokenCommand: Command = {
  name: 'token',
  usage: 'create <email> [--label <text>]',
  summary: 'Create an API token for a user and print it (once).',
  run(args, io) {
    const { email, label } = parseTokenCreate(args);
    return withStore(io, async (store) => {
      const user = await store.userByEmail(email);
      if (!user) {
        io.err(`No user with e-mail address ${email.toLowerCase()}; create one with "user add".`);
        return 1;
      }
      if (user.disabledAt) {
        io.err(`The user ${user.email} is disabled.`);
        return 1;
      }
      const token = newToken();
      const record = await store.createToken({
        userId: user.id,
        tokenHash: hashToken(token),
        label,
      });
      await store.audit({
        actor: null,
        action: 'token-created',
        subject: user.email,
        detail: { tokenId: record.id, label, via: 'cli' },
      });
      io.out(token);
      io.err(
        `API token ${record.id} for ${user.email} (${user.role}). It is shown only this once: store it now.`,
      );
      return 0;
    });
  },
};
