import { resolve } from 'node:path';

/** The folder holding this atlas's content/ and data/ (ATLAS_ROOT, default: the project). */
export function atlasRoot(): string {
  return resolve(process.env.ATLAS_ROOT ?? '.');
}
