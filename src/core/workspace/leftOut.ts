/** What local analysis left out of a large workspace, by kind and folder, and how that reads. */
import { counted, thousands } from '../kernel/format';

/** What a file is, as far as choosing what to analyze goes. */
export type FileKind = 'source' | 'build output' | 'minified' | 'lockfile' | 'generated' | 'vendored';

/** Files of one kind left out, by the folder they are in (the first two path segments). */
export interface LeftOut {
  readonly kind: FileKind;
  readonly count: number;
  /** Up to three folders holding most of them, with their counts, most first. */
  readonly folders: readonly { readonly folder: string; readonly count: number }[];
}

/** "5,031 generated files (api/models 5,000, tools/gen 31)": one clause per kind left out. */
export function describeLeftOut(leftOut: readonly LeftOut[]): string[] {
  return leftOut.map((l) => {
    const where = l.folders.map((f) => `${f.folder} ${thousands(f.count)}`).join(', ');
    const more = l.folders.reduce((sum, f) => sum + f.count, 0) < l.count ? ', …' : '';
    return `${counted(l.count, `${l.kind} file`)} (${where}${more})`;
  });
}
