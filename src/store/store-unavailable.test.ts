import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStoreUnavailable } from './store-unavailable.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('telling "the database is away" from a bug', () => {
  it('recognises refused, dropped and timed-out connections', () => {
    assert.ok(isStoreUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')));
    assert.ok(isStoreUnavailable(new Error('Connection terminated unexpectedly')));
    assert.ok(isStoreUnavailable(new Error('timeout exceeded when trying to connect')));
    assert.ok(
      isStoreUnavailable(new AggregateError([withCode('x', 'ECONNREFUSED')], 'all failed')),
    );
    assert.ok(isStoreUnavailable(new Error('wrapped', { cause: withCode('x', 'ECONNRESET') })));
  });

  it('recognises PostgreSQL shutting down and SQLite being locked or unwritable', () => {
    assert.ok(isStoreUnavailable(withCode('terminating connection', '57P01')));
    assert.ok(isStoreUnavailable(withCode('connection failure', '08006')));
    assert.ok(
      isStoreUnavailable(withCode('database "x" is not currently accepting connections', '55000')),
    );
    assert.ok(isStoreUnavailable(withCode('database "x" does not exist', '3D000')));
    assert.ok(isStoreUnavailable(withCode('the database system is starting up', '57P03')));
    assert.ok(isStoreUnavailable(withCode('too many clients already', '53300')));
    assert.ok(
      isStoreUnavailable(withCode('canceling statement due to statement timeout', '57014')),
    );
    assert.ok(isStoreUnavailable(new Error('Query read timeout')));
    assert.ok(isStoreUnavailable(withCode('database is locked', 'SQLITE_BUSY')));
    assert.ok(isStoreUnavailable(withCode('disk I/O error', 'SQLITE_IOERR_WRITE')));
  });

  it('does not excuse bugs or constraint violations', () => {
    assert.equal(isStoreUnavailable(new TypeError('x is undefined')), false);
    assert.equal(isStoreUnavailable(withCode('duplicate key', '23505')), false);
    assert.equal(isStoreUnavailable(withCode('syntax error', '42601')), false);
    assert.equal(isStoreUnavailable('ECONNREFUSED'), false);
    assert.equal(isStoreUnavailable(undefined), false);
  });
});
