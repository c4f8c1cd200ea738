// woonkansboom user add <email> --role <role> [--region <id>]: the first
// beheerder (and any later account) without the web interface, in the main
// store or, with --region, in that region's own store. woonkansboom user password <email>:
// a new password for an existing account (after `import-all` without secrets,
// or a forgotten password); it ends that user's sessions. The password comes
// from stdin; the rules and the audit log are the accounts service's.
import { parseArgs } from 'node:util';
import { passwordProblemTextEn } from '../core/accounts/password-rule.ts';
import { commandLine } from '../services/accounts/account-actor.ts';
import { emailProblem } from '../services/accounts/account-rules.ts';
import type { Accounts, NewUserProblem } from '../services/accounts/accounts.ts';
import { type Role, roles } from '../store/store.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { readNewPassword } from './read-password.ts';
import { withRegionAccounts } from './with-region-store.ts';

type UserArgs = (
  | { subcommand: 'add'; email: string; role: Role }
  | { subcommand: 'password'; email: string }
) & { region?: string };

const userOptions = { role: { type: 'string' }, region: { type: 'string' } } as const;

function parseUserArgs(args: string[]): UserArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof userOptions; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: userOptions, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [subcommand, email, ...extra] = parsed.positionals;
  if (subcommand !== 'add' && subcommand !== 'password')
    throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  if (email === undefined) throw new UsageError('Missing the e-mail address.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (emailProblem(email)) throw new UsageError(`"${email}" is not an e-mail address.`);
  const { region } = parsed.values;
  const inRegion = region === undefined ? {} : { region };
  if (subcommand === 'password') {
    if (parsed.values.role !== undefined) throw new UsageError('--role is only for user add.');
    return { subcommand, email: email.toLowerCase(), ...inRegion };
  }
  const role = parsed.values.role;
  if (role === undefined) throw new UsageError(`Missing --role (${roles.join(', ')}).`);
  if (!(roles as readonly string[]).includes(role)) {
    throw new UsageError(`Unknown role "${role}"; choose ${roles.join(', ')}.`);
  }
  return { subcommand, email: email.toLowerCase(), role: role as Role, ...inRegion };
}

/** The new password from stdin, or a message on stderr and undefined. */
async function newPassword(io: CliIo): Promise<string | undefined> {
  try {
    return await readNewPassword();
  } catch (error) {
    io.err((error as Error).message);
    return undefined;
  }
}

/** The service's refusals in English; the address and role were checked as arguments already. */
function newUserProblemText(problem: NewUserProblem, email: string): string {
  switch (problem.code) {
    case 'email-taken':
      return `A user with e-mail address ${email} already exists.`;
    case 'email-missing':
    case 'email-invalid':
      return `"${email}" is not an e-mail address.`;
    case 'role-unknown':
      return `Unknown role; choose ${roles.join(', ')}.`;
    default:
      return passwordProblemTextEn[problem.code];
  }
}

async function addUser(
  accounts: Accounts,
  io: CliIo,
  email: string,
  role: Role,
  region: string | undefined,
) {
  // Asked before the password, so nobody types one in vain.
  if (await accounts.findUser(email)) {
    io.err(`A user with e-mail address ${email} already exists.`);
    return 1;
  }
  const password = await newPassword(io);
  if (password === undefined) return 1;
  const result = await accounts.addUser({ email, role, password }, commandLine);
  if (result.status === 'refused') {
    for (const problem of result.problems) io.err(newUserProblemText(problem, email));
    return 1;
  }
  io.out(`Created ${role} ${result.user.email}${region ? ` in region ${region}` : ''}.`);
  return 0;
}

async function setPassword(accounts: Accounts, io: CliIo, email: string) {
  const user = await accounts.findUser(email);
  if (!user) {
    io.err(`There is no user with e-mail address ${email}.`);
    return 1;
  }
  const password = await newPassword(io);
  if (password === undefined) return 1;
  const result = await accounts.setPassword(user.id, password, commandLine);
  if (result.status === 'not-found') {
    io.err(`There is no user with e-mail address ${email}.`);
    return 1;
  }
  if (result.status === 'refused') {
    io.err(passwordProblemTextEn[result.problem]);
    return 1;
  }
  io.out(`New password set for ${user.email}; their sessions have ended.`);
  return 0;
}

export const userCommand: Command = {
  name: 'user',
  usage: `add <email> --role <${roles.join('|')}> [--region <id>] | password <email> [--region <id>]`,
  summary:
    'Create an account, or set a new password (ends its sessions); the password is read from stdin (or asked for). With --region: in that region.',
  run(args, io) {
    const parsed = parseUserArgs(args);
    return withRegionAccounts(io, parsed.region, (accounts) =>
      parsed.subcommand === 'add'
        ? addUser(accounts, io, parsed.email, parsed.role, parsed.region)
        : setPassword(accounts, io, parsed.email),
    );
  },
};
