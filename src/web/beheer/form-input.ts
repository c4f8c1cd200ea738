// A submitted form, read once: text fields by name (the last value, or all of
// a repeated name such as checkboxes) and uploaded files.
import type { Context } from 'hono';

export class FormInput {
  private constructor(private readonly body: Record<string, unknown>) {}

  static async read(c: Context): Promise<FormInput> {
    const body = await c.req.parseBody({ all: true }).catch(() => ({}));
    return new FormInput(body as Record<string, unknown>);
  }

  static of(fields: Record<string, string | string[]>): FormInput {
    return new FormInput(fields);
  }

  /** The text of a field, '' when absent; line ends as \n. */
  get(name: string): string {
    const values = this.all(name);
    return (values.at(-1) ?? '').replace(/\r\n?/g, '\n');
  }

  /** Every text value of a repeated field (checkboxes). */
  all(name: string): string[] {
    const value = this.body[name];
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.filter((item): item is string => typeof item === 'string');
  }

  has(name: string): boolean {
    return this.all(name).length > 0;
  }

  file(name: string): File | undefined {
    const value = this.body[name];
    const list = Array.isArray(value) ? value : [value];
    return list.find((item): item is File => item instanceof File);
  }
}
