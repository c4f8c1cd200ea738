// The walk script does nothing costly while it loads. A
// time-zone Intl.DateTimeFormat costs 12–23 ms cold, and the first paint
// waits for the script; it is made on first use instead.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('loading the walk script', () => {
  it('constructs no Intl.DateTimeFormat until a date is needed', async () => {
    const RealFormat = Intl.DateTimeFormat;
    let constructed = 0;
    const counting = new Proxy(RealFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        constructed++;
        return new target(...args);
      },
      apply(target, _this, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        constructed++;
        return target(...args);
      },
    });
    const globals = globalThis as Record<string, unknown>;
    // A page without a walk: the script only looks for its elements.
    globals.document = { querySelector: () => null, querySelectorAll: () => [] };
    Intl.DateTimeFormat = counting;
    try {
      await import('./walk.ts');
      assert.equal(constructed, 0, 'an Intl.DateTimeFormat was made while the script loaded');
      const { amsterdamDate } = await import('../views/amsterdam-date.ts');
      assert.equal(amsterdamDate(new Date('2026-12-06T23:30:00Z')), '2026-12-07');
      assert.equal(amsterdamDate(new Date('2026-12-07T23:30:00Z')), '2026-12-08');
      assert.equal(constructed, 1, 'the formatter is made once, on first use');
    } finally {
      Intl.DateTimeFormat = RealFormat;
      delete globals.document;
    }
  });
});
