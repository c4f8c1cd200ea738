// woonkansboom user add <email> --role <role>: the first beheerder (and any
// later account) without the web interface. The password comes from stdin.
import { parseArgs } from 'node:util';
import { hashPassword } from '../admin/password-hash.ts';
import { passwordProblem, passwordProblemTextEn } from '../core/password-rule.ts';
import { type Role, roles } from '../store/store.ts';
import { UserExistsError } from '../store/user-exists-error.ts';
import { type Command, UsageError } from './command.ts';
import { readNewPassword } from './read-password.ts';
import { withStore } from './with-store.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseUserAdd(args: string[]): { email: string; role: Role } {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { role: { type: 'string' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: { role: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [subcommand, email, ...extra] = parsed.positionals;
  if (subcommand !== 'add') throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  if (email === undefined) throw new UsageError('Missing the e-mail address.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (!emailPattern.test(email)) throw new UsageError(`"${email}" is not an e-mail address.`);
  const role = parsed.values.role;
  if (role === undefined) throw new UsageError(`Missing --role (${roles.join(', ')}).`);
  if (!(roles as readonly string[]).includes(role)) {
    throw new UsageError(`Unknown role "${role}"; choose ${roles.join(', ')}.`);
  }
  return { email: email.toLowerCase(), role: role as Role };
}

export const userCommand: Command = {
  name: 'user',
  usage: `add <email> --role <${roles.join('|')}>`,
  summary: 'Create an account; the password is read from stdin (or asked for).',
  run(args, io) {
    const { email, role } = parseUserAdd(args);
    return withStore(io, async (store) => {
      if (await store.userByEmail(email)) {
        io.err(`A user with e-mail address ${email} already exists.`);
        return 1;
      }
      let password: string;
      try {
        password = await readNewPassword();
      } catch (error) {
        io.err((error as Error).message);
        return 1;
      }
      const problem = passwordProblem(password);
      if (problem) {
        io.err(passwordProblemTextEn[problem]);
        return 1;
      }
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
