// Whether an error means "the database cannot be reached right now" (as
// opposed to a bug): the connection was refused, dropped or timed out, the
// server is shutting down, or SQLite's file is locked or unwritable. The web
// layer answers those with 503 and the request can simply be tried again.

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception); 55000 (the database
 * does not accept connections: ALLOW_CONNECTIONS false); 3D000 (the database
 * does not exist, e.g. while being restored); 57P01–57P03 (shutdown, crash
 * recovery, cannot connect now); 53300 (too many connections); 57014 (a
 * statement ran past statement_timeout) and 25P03 (idle_in_transaction_session_timeout).
 */
const postgresUnavailable = new Set([
  '55000',
  '3D000',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '25P03',
]);

function isPostgresUnavailable(code: string): boolean {
  return code.startsWith('08') || postgresUnavailable.has(code);
}

const sqliteCodes = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|READONLY|FULL)/;

const messages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection (is )?(closed|ended)/i,
  /Client has encountered a connection error/i,
  /the database connection is not open/i,
  /Query read timeout/i,
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const code = codeOf(error);
  if (code && (networkCodes.has(code) || sqliteCodes.test(code) || isPostgresUnavailable(code)))
    return true;
  if (error instanceof Error && messages.some((pattern) => pattern.test(error.message)))
    return true;
  if (error instanceof AggregateError && error.errors.some((e) => isStoreUnavailable(e, depth + 1)))
    return true;
  return isStoreUnavailable((error as { cause?: unknown }).cause, depth + 1);
}
