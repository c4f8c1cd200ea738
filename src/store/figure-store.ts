// The registration figures per year (SPEC §7) and small site settings such as
// the day the Woonkansboom went live. A year is added once and then
// corrected; every method returns the values before and after, so the caller
// can write them to the audit log (the store writes no audit entries itself).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { RegistrationFigureTable } from './figure-tables.ts';
import type { StoreDialect } from './store-dialect.ts';

export interface RegistrationFigure {
  year: number;
  /** Ontruimingen; null when not known (yet). */
  evictions: number | null;
  /** Aanmeldingen tweedekansbeleid; null when not known (yet). */
  registrations: number | null;
  /** Source or remark, e.g. "Bureau Woonkans, jaarrapportage 2022". */
  note: string;
  updatedAt: string;
  updatedBy: string | null;
}

export type FigureValues = Pick<RegistrationFigure, 'evictions' | 'registrations' | 'note'>;

export type AddFigureResult =
  | { ok: true; figure: RegistrationFigure }
  | { ok: false; current: RegistrationFigure };

export interface FigureMethods {
  /** Every year, oldest first. */
  registrationFigures(): Promise<RegistrationFigure[]>;
  registrationFigure(year: number): Promise<RegistrationFigure | undefined>;
  /** Adds a year; when the year is already there nothing is written and it is returned. */
  addRegistrationFigure(
    year: number,
    values: FigureValues,
    actor: string | null,
  ): Promise<AddFigureResult>;
  /** Corrects a year; undefined when there is no such year. */
  updateRegistrationFigure(
    year: number,
    values: FigureValues,
    actor: string | null,
  ): Promise<{ before: RegistrationFigure; after: RegistrationFigure } | undefined>;
  /**
   * Removes every year; the number removed. A new region's store starts with
   * the default region's figures (a migration seeds them), which are not its own.
   */
  clearRegistrationFigures(): Promise<number>;
  setting(key: string): Promise<string | undefined>;
  /** Sets a setting; null removes it. */
  setSetting(key: string, value: string | null): Promise<void>;
}

function toFigure(row: Selectable<RegistrationFigureTable>): RegistrationFigure {
  return {
    year: Number(row.year),
    evictions: row.evictions === null ? null : Number(row.evictions),
    registrations: row.registrations === null ? null : Number(row.registrations),
    note: row.note,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function figureStore(db: Kysely<Database>, dialect: StoreDialect): FigureMethods {
  const one = async (year: number) => {
    const row = await db
      .selectFrom('registration_figures')
      .selectAll()
      .where('year', '=', year)
      .executeTakeFirst();
    return row && toFigure(row);
  };

  return {
    async registrationFigures() {
      const rows = await db
        .selectFrom('registration_figures')
        .selectAll()
        .orderBy('year')
        .execute();
      return rows.map(toFigure);
    },

    registrationFigure: one,

    async addRegistrationFigure(year, values, actor) {
      try {
        const row = await db
          .insertInto('registration_figures')
          .values({
            year,
            evictions: values.evictions,
            registrations: values.registrations,
            note: values.note,
            updated_at: new Date().toISOString(),
            updated_by: actor,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { ok: true, figure: toFigure(row) };
      } catch (error) {
        if (!dialect.isUniqueViolation(error)) throw error;
        const current = await one(year);
        if (!current) throw error;
        return { ok: false, current };
      }
    },

    async updateRegistrationFigure(year, values, actor) {
      return db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('registration_figures')
          .selectAll()
          .where('year', '=', year)
          .executeTakeFirst();
        if (!before) return undefined;
        const after = await trx
          .updateTable('registration_figures')
          .set({
            evictions: values.evictions,
            registrations: values.registrations,
            note: values.note,
            updated_at: new Date().toISOString(),
            updated_by: actor,
          })
          .where('year', '=', year)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { before: toFigure(before), after: toFigure(after) };
      });
    },

    async clearRegistrationFigures() {
      const result = await db.deleteFrom('registration_figures').executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async setting(key) {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value;
    },

    async setSetting(key, value) {
      if (value === null) {
        await db.deleteFrom('settings').where('key', '=', key).execute();
        return;
      }
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
