// What a beheerder of the install does with regions, for the CLI and (later)
// a beheer page: list them, create one — optionally from a folder of data,
// whose trees and shared rules become drafts in the region's own store, never
// published versions — and change one. A definition is refused, with Dutch
// problems, when it does not parse, its id is taken, a municipality already
// belongs to another region, or its colours have too little contrast.

import { defaultRegionDefinition } from '../content/region-content.ts';
import type { Problem } from '../core/problem.ts';
import { overlapProblems } from '../core/regions/municipality-finder.ts';
import {
  defaultRegionId,
  type RegionDefinition,
  regionDefinitionSchema,
} from '../core/regions/region.ts';
import { themeContrastProblems } from '../core/regions/region-theme.ts';
import { sharedRulesId } from '../core/tree/shared-rules.ts';
import type { StoreOptions } from '../store/open-store.ts';
import { openRegionStore } from '../store/region-stores.ts';
import type { Store } from '../store/store.ts';
import type { Actor } from './actor.ts';
import { readRegionFolder } from './regions-folder.ts';
import { sharedRulesContent } from './shared-rules-admin.ts';

/** A beheerder signed in, or someone at the command line (audited as nobody, `via: 'cli'`). */
export type RegionActor = Actor | { via: 'cli' };

export type RegionProblem = Problem;

export type CreateRegionResult =
  | {
      status: 'created';
      region: RegionDefinition;
      /** The trees stored as drafts, by id. */
      trees: string[];
      sharedRules: boolean;
    }
  | { status: 'invalid'; problems: RegionProblem[] };

export type UpdateRegionResult =
  | { status: 'updated'; region: RegionDefinition }
  | { status: 'invalid'; problems: RegionProblem[] }
  | { status: 'not-found' };

const actorEmail = (actor: RegionActor) => ('email' in actor ? actor.email : null);
const via = (actor: RegionActor) => ('via' in actor ? { via: actor.via } : {});

function schemaProblems(input: unknown): { region: RegionDefinition } | { problems: Problem[] } {
  const parsed = regionDefinitionSchema.safeParse(input);
  if (parsed.success) return { region: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: 'regio-ongeldig',
      message: issue.message,
    })),
  };
}

export class RegionService {
  constructor(
    private readonly mainStore: Store,
    /** How the install's stores are reached (`DATABASE_URL` or `DATA_DIR`): each region's store is beside the main one. */
    private readonly storeOptions: StoreOptions,
    private readonly shippedDefault: () => RegionDefinition = defaultRegionDefinition,
  ) {}

  /** Every region the install knows, the default region first (as stored, else as shipped). */
  async list(): Promise<RegionDefinition[]> {
    let defaultRegion = this.shippedDefault();
    const others: RegionDefinition[] = [];
    for (const record of await this.mainStore.regions()) {
      const parsed = regionDefinitionSchema.safeParse(record.definition);
      if (!parsed.success || parsed.data.id !== record.id) continue;
      if (record.id === defaultRegionId) defaultRegion = parsed.data;
      else others.push(parsed.data);
    }
    return [defaultRegion, ...others];
  }

  async get(id: string): Promise<RegionDefinition | undefined> {
    return (await this.list()).find((region) => region.id === id);
  }

  /** The store of a region: the main store for the default region (the caller must not close it then). */
  async openStore(id: string): Promise<{ store: Store; own: boolean } | undefined> {
    if (id === defaultRegionId) return { store: this.mainStore, own: false };
    if (!(await this.mainStore.region(id))) return undefined;
    return { store: await openRegionStore(this.storeOptions, id), own: true };
  }

  /** What keeps a definition from being saved, beside the others the install has. */
  private async problems(region: RegionDefinition, creating: boolean): Promise<RegionProblem[]> {
    const problems: RegionProblem[] = [];
    const all = await this.list();
    if (creating && (region.id === defaultRegionId || (await this.mainStore.region(region.id))))
      problems.push({
        path: 'id',
        code: 'regio-bestaat',
        message: `Er is al een regio met de code "${region.id}". Kies een andere code.`,
      });
    problems.push(...overlapProblems(region, all));
    if (region.theme) problems.push(...themeContrastProblems(region.theme));
    return problems;
  }

  /**
   * Checks and saves a new region's row in the main store, without touching
   * its store (an import fills that). Used by `create` and by `import-all`.
   */
  async register(
    definition: unknown,
    actor: RegionActor,
    detail: Record<string, unknown> = {},
  ): Promise<
    | { status: 'created'; region: RegionDefinition }
    | { status: 'invalid'; problems: RegionProblem[] }
  > {
    const read = schemaProblems(definition);
    if ('problems' in read) return { status: 'invalid', problems: read.problems };
    const problems = await this.problems(read.region, true);
    if (problems.length > 0) return { status: 'invalid', problems };
    if (!(await this.mainStore.createRegion(read.region.id, read.region, actorEmail(actor))))
      return {
        status: 'invalid',
        problems: [
          {
            path: 'id',
            code: 'regio-bestaat',
            message: `Er is al een regio met de code "${read.region.id}". Kies een andere code.`,
          },
        ],
      };
    await this.mainStore.audit({
      actor: actorEmail(actor),
      action: 'region-created',
      subject: read.region.id,
      detail: { name: read.region.name, ...detail, ...via(actor) },
    });
    return { status: 'created', region: read.region };
  }

  /**
   * Creates a region and its own store. With `from`, the definition is read
   * from the folder's `region.yaml` (unless `definition` is given) and its
   * trees and shared rules are stored as drafts: a beheerder of the region
   * reviews and publishes them.
   */
  async create(
    definition: unknown,
    actor: RegionActor,
    { from }: { from?: string } = {},
  ): Promise<CreateRegionResult> {
    const folder = from === undefined ? undefined : readRegionFolder(from);
    if (folder && 'problems' in folder) return { status: 'invalid', problems: folder.problems };
    const content = folder?.folder;
    const registered = await this.register(definition ?? content?.definition, actor, {
      ...(from === undefined ? {} : { from }),
    });
    if (registered.status === 'invalid') return registered;
    const { region } = registered;
    const store = await openRegionStore(this.storeOptions, region.id);
    const trees: string[] = [];
    try {
      // The migration seeds the default region's figures in every new store.
      await store.clearRegistrationFigures();
      const email = actorEmail(actor);
      if (content?.sharedRules)
        await store.saveDraft(sharedRulesId, sharedRulesContent(content.sharedRules), 0, email);
      for (const { treeId, content: treeContent } of content?.trees ?? []) {
        await store.saveDraft(treeId, treeContent, 0, email);
        trees.push(treeId);
      }
      await store.audit({
        actor: email,
        action: 'region-created',
        subject: region.id,
        detail: {
          name: region.name,
          drafts: trees,
          sharedRules: content?.sharedRules !== undefined,
          ...(from === undefined ? {} : { from }),
          ...via(actor),
        },
      });
    } finally {
      await store.close();
    }
    return { status: 'created', region, trees, sharedRules: content?.sharedRules !== undefined };
  }

  /** Changes a region's definition, with the same checks as a new one. */
  async update(id: string, definition: unknown, actor: RegionActor): Promise<UpdateRegionResult> {
    const before = await this.get(id);
    if (!before) return { status: 'not-found' };
    const read = schemaProblems(definition);
    if ('problems' in read) return { status: 'invalid', problems: read.problems };
    const region = read.region;
    if (region.id !== id)
      return {
        status: 'invalid',
        problems: [
          {
            path: 'id',
            code: 'regio-code-anders',
            message: `De code van een regio verandert niet: gebruik "${id}".`,
          },
        ],
      };
    const problems = await this.problems(region, false);
    if (problems.length > 0) return { status: 'invalid', problems };
    const saved = await this.mainStore.updateRegion(id, region, actorEmail(actor));
    // The default region may not have a row yet: it was shipped, never saved.
    if (!saved) await this.mainStore.createRegion(id, region, actorEmail(actor));
    await this.mainStore.audit({
      actor: actorEmail(actor),
      action: 'region-updated',
      subject: id,
      detail: { before, after: region, ...via(actor) },
    });
    return { status: 'updated', region };
  }
}
