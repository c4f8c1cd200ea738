// Registration figures per year (SPEC §7) and small site settings
// such as the day the Woonkansboom went live.
export interface RegistrationFigureTable {
  year: number;
  evictions: number | null;
  registrations: number | null;
  note: string;
  updated_at: string;
  updated_by: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface FigureTables {
  registration_figures: RegistrationFigureTable;
  settings: SettingTable;
}
