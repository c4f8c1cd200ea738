// Slows down password guessing: after too many failed sign-ins for one
// account from one client address, or from one address for any account, in a
// window of time, sign-in is refused until the oldest failure leaves the
// window. Keyed on account + address, so someone elsewhere who knows an
// e-mail address cannot lock its owner out. Every try is counted before the
// (slow) password check and taken back when the password was right: parallel
// tries cannot slip past the limit. Kept in memory, per process: with several
// app servers each counts for itself.

export interface ThrottleLimits {
  /** Failed tries for one account from one address. */
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

export interface ThrottleKeys {
  /** The e-mail address as typed, lowercased. */
  account: string;
  /** The client address; only used as a key here, never logged or stored. */
  address: string;
}

/** Past this many keys, keys without recent failures are forgotten. */
const pruneAbove = 10_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits = defaultThrottleLimits) {}

  /**
   * Seconds to wait, or 0: then the try is counted as failed right away
   * (synchronously, before any await), until `recordSuccess` takes it back.
   */
  attempt(keys: ThrottleKeys, now: Date): number {
    const at = now.getTime();
    const wait = Math.max(
      this.waitFor(accountKey(keys), this.limits.perAccount, at),
      this.waitFor(addressKey(keys), this.limits.perAddress, at),
    );
    if (wait > 0) return Math.ceil(wait / 1000);
    if (this.failures.size > pruneAbove) this.prune(at);
    for (const key of [accountKey(keys), addressKey(keys)]) {
      const times = this.recent(key, at);
      times.push(at);
      this.failures.set(key, times);
    }
    return 0;
  }

  /** A good password clears the account's failures from this address and takes back its own try. */
  recordSuccess(keys: ThrottleKeys, now: Date): void {
    this.failures.delete(accountKey(keys));
    const times = this.failures.get(addressKey(keys));
    const own = times?.lastIndexOf(now.getTime()) ?? -1;
    if (times && own >= 0) times.splice(own, 1);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const times = this.recent(key, now);
    if (times.length < limit) return 0;
    const oldestThatCounts = times[times.length - limit] ?? now;
    return oldestThatCounts + this.limits.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => now - time < this.limits.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if (!times.some((time) => now - time < this.limits.windowMs)) this.failures.delete(key);
    }
  }
}

const accountKey = (keys: ThrottleKeys) => `account:${keys.account}\naddress:${keys.address}`;
const addressKey = (keys: ThrottleKeys) => `address:${keys.address}`;
