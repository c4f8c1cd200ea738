// What the routes of the web adapter get: the dependencies createApp is given
// (web/main.ts passes the real ones, tests fixed ones), completed once here.
// Route files import these types from here, never from app.ts.

import type { PlainDate } from '../core/dates/plain-date.ts';
import type { RegionDefinition } from '../core/regions/region.ts';
import type { PdfRenderer } from '../render/pdf-job.ts';
import type { Accounts } from '../services/accounts/accounts.ts';
import type { Authentication } from '../services/accounts/authentication.ts';
import type { SharedRulesAdmin } from '../services/shared-rules-admin.ts';
import type { SourceReview } from '../services/source-review.ts';
import type { TreeAdmin } from '../services/tree-admin.ts';
import type { Store } from '../store/store.ts';
import { amsterdamDate } from '../views/amsterdam-date.ts';
import type { Assets } from './assets.ts';
import type { TrustedProxies } from './forwarded.ts';
import type { PdfCache } from './pdf-cache.ts';
import type { TreeCatalog } from './published-tree.ts';
import type { RateLimiters, RateLimits } from './rate-limit.ts';
import type { UsageRecorder } from './usage-recorder.ts';

export interface AppDeps {
  catalog: TreeCatalog;
  assets: Assets;
  /** The clock, passed in so tests can fix "today". */
  now: () => Date;
  /** Today's date in Europe/Amsterdam, from `now` (made by completeDeps). */
  today: () => PlainDate;
  /** Where request lines go; never gets a query string or a body. */
  log?: (line: string) => void;
  /** Storage and the beheer services; without them only the public site runs. */
  store?: Store;
  admin?: TreeAdmin;
  /** True when served over TLS: Secure cookies and HSTS. */
  secureCookies?: boolean;
  /** Origins that may show the walk in an iframe (/embed/boom/…); none when empty. */
  embedOrigins?: string[];
  /** Where anonymous usage events go; none means nothing is counted. */
  usage?: UsageRecorder;
  /** Per-address limits on the public POST routes; the defaults when absent. */
  rateLimits?: RateLimits;
  /** The counters of those limits, shared by every region's app on the server; the app's own when absent. */
  rateLimiters?: RateLimiters;
  /** TRUSTED_PROXIES: only behind these are X-Forwarded-For and -Proto believed. */
  trustedProxies?: TrustedProxies;
  /** PUBLIC_URL (an origin): the base of every absolute link when set. */
  publicUrl?: string;
  /** Renders PDFs: worker threads in `main.ts`; in the request's thread when absent (tests). */
  renderPdf?: PdfRenderer;
  /** The bound of the PDF cache in bytes; `defaultPdfCacheBytes` when absent. */
  pdfCacheBytes?: number;
  /** One PDF cache for every region of the server (each region's requests kept apart); the app's own when absent. */
  pdfCache?: PdfCache;
  /**
   * The region this app serves, when the install has regions: its id and its
   * definition as it is now (name, municipalities, look). A region other than
   * the default is served under its own path (web/regions/).
   */
  region?: AppRegion;
  /**
   * The region's own settings in the install's list (the main store): read
   * and saved by `/beheer/regio` only (the beheer start page lists the other
   * regions from it). The main store itself stays out of the region's app.
   * Absent when the app has no region.
   */
  regionSettings?: RegionSettings;
  /**
   * Every region of the install, the default first (the site's start page
   * asks for the municipality when there is more than one).
   */
  regions?: () => Promise<RegionDefinition[]>;
}

export interface RegionSettings {
  /** The definition as it is now. */
  current(): RegionDefinition;
  /** The install's other regions (their municipalities may not overlap). */
  others(): Promise<RegionDefinition[]>;
  /** Saves a validated definition of this region in the install's list. */
  save(definition: RegionDefinition, actor: string): Promise<void>;
}

export interface AppRegion {
  id: string;
  definition: () => RegionDefinition;
}

/** What the beheer routes get: the app's dependencies with storage. */
export type BeheerDeps = AppDeps & {
  store: Store;
  admin: TreeAdmin;
  sharedRules: SharedRulesAdmin;
  review: SourceReview;
  accounts: Accounts;
  authentication: Authentication;
};

/** What createApp is given: everything but what follows from it. */
export type AppInput = Omit<AppDeps, 'today'>;

/** The one place the clock becomes a calendar day. */
export function completeDeps(input: AppInput): AppDeps {
  return { ...input, today: () => amsterdamDate(input.now()) };
}
