// Slows down password guessing: after too many failed sign-ins for one
// account, or from one client address, in a window of time, sign-in is
// refused until the oldest failure leaves the window. Kept in memory, per
// process: with several app servers each counts for itself.

export interface ThrottleLimits {
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

  /** Seconds to wait before the next try, or 0 when a try is allowed now. */
  retryAfter(keys: ThrottleKeys, now: Date): number {
    const wait = Math.max(
      this.waitFor(`account:${keys.account}`, this.limits.perAccount, now.getTime()),
      this.waitFor(`address:${keys.address}`, this.limits.perAddress, now.getTime()),
    );
    return Math.ceil(wait / 1000);
  }

  recordFailure(keys: ThrottleKeys, now: Date): void {
    if (this.failures.size > pruneAbove) this.prune(now.getTime());
    for (const key of [`account:${keys.account}`, `address:${keys.address}`]) {
      const times = this.recent(key, now.getTime());
      times.push(now.getTime());
      this.failures.set(key, times);
    }
  }

  /** A good password clears the account's failures (not the address's). */
  recordSuccess(keys: ThrottleKeys): void {
    this.failures.delete(`account:${keys.account}`);
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
