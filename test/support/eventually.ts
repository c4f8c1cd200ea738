// Waits for a probe to give a value (errors count as "not yet"), asking every
// 100 ms, and fails after `ms`: for fault tests that wait for a recovery.
export async function eventually<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
