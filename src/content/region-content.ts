// Reads a region's definition from a content folder: `content/region.yaml`
// for the default region, `content/regions/<regio>/region.yaml` for others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type RegionDefinition, regionDefinitionSchema } from '../core/regions/region.ts';
import { contentDir } from './default-content.ts';

export const regionFileName = 'region.yaml';

/** Parses a region file; throws a zod error for a bad one (the CLI turns it into Dutch lines). */
export function loadRegionDefinition(folder: string): RegionDefinition {
  return regionDefinitionSchema.parse(parse(readFileSync(join(folder, regionFileName), 'utf8')));
}

/** The default region as shipped (content/region.yaml). */
export function defaultRegionDefinition(): RegionDefinition {
  return loadRegionDefinition(contentDir);
}
