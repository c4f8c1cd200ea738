// The file format for downloading a version and uploading a draft: the tree
// and its scenarios in the content format, with a little metadata.
import type { ReadableIssue } from '../core/tree/readable-issues.ts';
import { showValue } from '../core/tree/readable-issues.ts';
import type { TreeContent, VersionRecord } from '../store/store.ts';

export const exportFormatName = 'woonkansboom-boom';

export function exportFormat(version: VersionRecord) {
  return {
    format: exportFormatName,
    formatVersion: 1,
    treeId: version.treeId,
    version: version.version,
    publishedAt: version.publishedAt,
    publishedBy: version.publishedBy,
    note: version.note,
    geldigVanaf: version.geldigVanaf,
    ...(version.geldtVoorOntruimingenVanaf
      ? { geldtVoorOntruimingenVanaf: version.geldtVoorOntruimingenVanaf }
      : {}),
    ...(version.cancelled ? { cancelled: version.cancelled } : {}),
    tree: version.content.tree,
    scenarios: version.content.scenarios,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an uploaded file: the export format, or `{ tree, scenarios }`. */
export function readImport(
  treeId: string,
  file: unknown,
): { content: TreeContent } | { problems: ReadableIssue[] } {
  if (!isRecord(file) || !isRecord(file.tree)) {
    return {
      problems: [
        {
          code: 'import-format',
          path: '',
          message:
            'Dit bestand is geen Woonkansboom. Upload een bestand dat u hier eerder heeft gedownload (JSON met "tree" en "scenarios").',
        },
      ],
    };
  }
  if (file.treeId !== undefined && file.treeId !== treeId) {
    return {
      problems: [
        {
          code: 'import-tree',
          path: 'treeId',
          message: `Dit bestand is van de boom "${showValue(file.treeId)}", niet van "${treeId}". Kies het juiste bestand.`,
        },
      ],
    };
  }
  return { content: { tree: file.tree, scenarios: file.scenarios } };
}
