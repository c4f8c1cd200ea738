// woonkansboom token create <email> [--label <text>] [--region <id>]: an API
// token for the admin API (of that region, with --region). It is printed once; only its SHA-256 is stored. The label rule
// and the audit log are the accounts service's; without --label the token
// has no label.
import { parseArgs } from 'node:util';
import { commandLine } from '../services/accounts/account-actor.ts';
import {
  maximumTokenLabelLength,
  type TokenLabelProblem,
} from '../services/accounts/account-rules.ts';
import { type Command, UsageError } from './command.ts';
import { withRegionAccounts } from './with-region-store.ts';

const labelProblemTexts: Record<TokenLabelProblem, string> = {
  'label-missing': 'The label is empty: give one, or leave --label out.',
  'label-too-long': `The label is too long: use at most ${maximumTokenLabelLength} characters.`,
};

const tokenOptions = { label: { type: 'string' }, region: { type: 'string' } } as const;

function parseTokenCreate(args: string[]): {
  email: string;
  label: string | undefined;
  region: string | undefined;
} {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof tokenOptions; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: tokenOptions, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [subcommand, email, ...extra] = parsed.positionals;
  if (subcommand !== 'create') throw new UsageError(`Unknown subcommand "${subcommand ?? ''}".`);
  if (email === undefined) throw new UsageError('Missing the e-mail address.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  return { email, label: parsed.values.label, region: parsed.values.region };
}

export const tokenCommand: Command = {
  name: 'token',
  usage: 'create <email> [--label <text>] [--region <id>]',
  summary: 'Create an API token for a user and print it (once).',
  run(args, io) {
    const { email, label, region } = parseTokenCreate(args);
    return withRegionAccounts(io, region, async (accounts) => {
      const user = await accounts.findUser(email);
      if (!user) {
        io.err(`No user with e-mail address ${email.toLowerCase()}; create one with "user add".`);
        return 1;
      }
      // The web lets a beheerder make one for a blocked user (it works once unblocked).
      if (user.disabledAt) {
        io.err(`The user ${user.email} is disabled.`);
        return 1;
      }
      const result = await accounts.createToken(user.id, label, commandLine);
      if (result.status === 'not-found') {
        io.err(`No user with e-mail address ${email.toLowerCase()}; create one with "user add".`);
        return 1;
      }
      if (result.status === 'refused') {
        io.err(labelProblemTexts[result.problem]);
        return 1;
      }
      io.out(result.token);
      io.err(
        `API token ${result.record.id} for ${user.email} (${user.role}). It is shown only this once: store it now.`,
      );
      return 0;
    });
  },
};
