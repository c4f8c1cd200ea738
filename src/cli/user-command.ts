// woonkansboom user add <email> --role <role>: the first beheerder (and any
// later account) without the web interface. woonkansboom user password <email>:
// a new password for an existing account (after `import-all` without secrets,
// or a forgotten password); it ends that user's sessions. The password comes
// from stdin, and follows the one rule of core/password-rule.ts.
import { parseArgs } from 'node:util';
import { hashPassword } from '../admin/accounts/password-hash.ts';
import { passwordProblem, passwordProblemTextEn } from '../core/password-rule.ts';
import { type Role, roles } from '../store/store.ts';
import { UserExistsError } from '../store/user-exists-error.ts';
import { type Command, UsageError } from './command.ts';
import { readNewPassword } from './read-password.ts';
import { withStore } from './with-store.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type UserArgs =
  | { subcommand: 'add'; email: string; role: Role }
  | { subcommand: 'password'; email: string };

function parseUserArgs(args: string[]): UserArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { role: { type: 'string' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: { role: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [subcommand, email, ...extra] = parsed.positionals;
  if (subcommand !== 'add' && subcommand !== 'password')
    throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  if (email === undefined) throw new UsageError('Missing the e-mail address.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (!emailPattern.test(email)) throw new UsageError(`"${email}" is not an e-mail address.`);
  if (subcommand === 'password') {
    if (parsed.values.role !== undefined) throw new UsageError('--role is only for user add.');
    return { subcommand, email: email.toLowerCase() };
  }
  const role = parsed.values.role;
  if (role === undefined) throw new UsageError(`Missing --role (${roles.join(', ')}).`);
  if (!(roles as readonly string[]).includes(role)) {
    throw new UsageError(`Unknown role "${role}"; choose ${roles.join(', ')}.`);
  }
  return { subcommand, email: email.toLowerCase(), role: role as Role };
}

/** The new password from stdin, or a message on stderr and undefined. */
async function newPassword(io: Parameters<Command['run']>[1]): Promise<string | undefined> {
  let password: string;
  try {
    password = await readNewPassword();
  } catch (error) {
    io.err((error as Error).message);
    return undefined;
  }
  const problem = passwordProblem(password);
  if (problem) {
    io.err(passwordProblemTextEn[problem]);
    return undefined;
  }
  return password;
}

export const userCommand: Command = {
  name: 'user',
  usage: `add <email> --role <${roles.join('|')}> | password <email>`,
  summary:
    'Create an account, or set a new password (ends its sessions); the password is read from stdin (or asked for).',
  run(args, io) {
    const parsed = parseUserArgs(args);
    const { email } = parsed;
    if (parsed.subcommand === 'password') {
      return withStore(io, async (store) => {
        const user = await store.userByEmail(email);
        if (!user) {
          io.err(`There is no user with e-mail address ${email}.`);
          return 1;
        }
        const password = await newPassword(io);
        if (password === undefined) return 1;
        await store.updateUser(user.id, { passwordHash: await hashPassword(password) });
        await store.deleteSessionsOf(user.id);
        await store.audit({
          actor: null,
          action: 'password-set',
          subject: user.email,
          detail: { via: 'cli' },
        });
        io.out(`New password set for ${user.email}; their sessions have ended.`);
        return 0;
      });
    }
    const { role } = parsed;
    return withStore(io, async (store) => {
      if (await store.userByEmail(email)) {
        io.err(`A user with e-mail address ${email} already exists.`);
        return 1;
      }
      const password = await newPassword(io);
      if (password === undefined) return 1;
      try {
        const user = await store.createUser({
          email,
          role,
          passwordHash: await hashPassword(password),
        });
        await store.audit({
          actor: null,
          action: 'user-created',
          subject: user.email,
          detail: { role, via: 'cli' },
        });
        io.out(`Created ${role} ${user.email}.`);
        return 0;
      } catch (error) {
        if (!(error instanceof UserExistsError)) throw error;
        io.err(`A user with e-mail address ${email} already exists.`);
        return 1;
      }
    });
  },
};
