import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchGroups } from './search-index.ts';

/**
 * A shard folder is one Astro process's output plus SHARD_FILE, which says what it is: shard
 * `index` of `count`, built from inputs with `fingerprint`, holding `pages`. The merge step joins
 * folders only when together they are exactly shards 0…count-1 of one build, every shard holds all
 * of its pages, no page comes from two folders, and what several shards write alike (public/ files,
 * feeds, 404) is identical in each.
 */
export const SHARD_FILE = '.atlas-shard.json';

export interface ShardRecord {
  index: number;
  count: number;
  fingerprint: string;
  site: { site: string; base: string };
  pages: string[];
  /** The search groups of its pages (scripts/lib/search-groups.ts): the merge cuts search bundles by them. */
  searchGroups: SearchGroups;
}

export function writeShardRecord(folder: string, record: ShardRecord): void {
  writeFileSync(join(folder, SHARD_FILE), JSON.stringify(record));
}

export function readShardRecord(folder: string): ShardRecord {
  const file = join(folder, SHARD_FILE);
  if (!existsSync(file)) throw new Error(`${folder} is not a shard folder (no ${SHARD_FILE}; build one with npm run build -- --shard i/n --out ${folder})`);
  return JSON.parse(readFileSync(file, 'utf8')) as ShardRecord;
}

const human = (r: ShardRecord) => `${r.index + 1}/${r.count}`;

/** Checks that the folders are one complete set of shards; returns their records in shard order. Throws saying what is wrong. */
export function checkShardSet(folders: string[]): { folder: string; record: ShardRecord }[] {
  if (folders.length === 0) throw new Error('no shard folders given');
  const all = folders.map((folder) => ({ folder, record: readShardRecord(folder) }));
  const first = all[0]!.record;
  const problems: string[] = [];
  for (const { folder, record } of all) {
    if (record.count !== first.count) problems.push(`${folder} is shard ${human(record)}, but ${all[0]!.folder} is shard ${human(first)}: all shards must come from one split`);
    else if (record.fingerprint !== first.fingerprint) problems.push(`${folder} (shard ${human(record)}) was built from other inputs (content, data, engine or site address) than ${all[0]!.folder}`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  const byIndex = new Map<number, string[]>();
  for (const { folder, record } of all) byIndex.set(record.index, [...(byIndex.get(record.index) ?? []), folder]);
  for (let k = 0; k < first.count; k++) {
    const got = byIndex.get(k) ?? [];
    if (got.length === 0) problems.push(`shard ${k + 1}/${first.count} is missing`);
    if (got.length > 1) problems.push(`shard ${k + 1}/${first.count} is given ${got.length} times: ${got.join(', ')}`);
  }
  for (const { folder, record } of all) {
    const missing = record.pages.filter((p) => !existsSync(join(folder, p, 'index.html')));
    if (missing.length)
      problems.push(
        `${folder} (shard ${human(record)}) lacks ${missing.length} of its pages: ${missing
          .slice(0, 5)
          .map((p) => `/${p}`)
          .join(', ')}${missing.length > 5 ? ', …' : ''}`,
      );
  }
  if (problems.length) throw new Error(problems.join('\n'));
  // A page built by two shards means the split rule changed between them.
  const owner = new Map<string, string>();
  for (const { folder, record } of all) for (const p of record.pages) owner.set(p, folder);
  for (const { folder } of all) {
    for (const p of pagesIn(folder)) {
      const home = owner.get(p);
      if (home !== undefined && home !== folder) problems.push(`/${p} is in ${folder} and in ${home}`);
    }
  }
  if (problems.length) throw new Error(`pages built twice:\n${problems.slice(0, 20).join('\n')}`);
  return all.sort((a, b) => a.record.index - b.record.index);
}

/** Page paths ("", "en/x/") of every index.html under a folder. */
function pagesIn(dir: string, rel = '', out: string[] = []): string[] {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    if (e.isDirectory()) pagesIn(dir, `${rel}${e.name}/`, out);
    else if (e.name === 'index.html') out.push(rel);
  }
  return out;
}

/**
 * Joins a checked set of shard folders into `into` (which must not exist): the first folder is
 * copied (or moved), then every other folder's files that are not there yet. A file several
 * shards wrote must be identical in each, or the merge throws.
 */
export function joinShards(folders: string[], into: string, move: boolean): void {
  const [first, ...rest] = folders;
  if (move) renameSync(first!, into);
  else cpSync(first!, into, { recursive: true });
  for (const from of rest) joinInto(from, into, move);
  rmSync(join(into, SHARD_FILE), { force: true });
}

function joinInto(from: string, into: string, move: boolean) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === SHARD_FILE) continue;
    const src = join(from, entry.name);
    const dest = join(into, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(dest)) joinInto(src, dest, move);
      else if (move) renameSync(src, dest);
      else cpSync(src, dest, { recursive: true });
    } else if (!existsSync(dest)) {
      if (move) renameSync(src, dest);
      else cpSync(src, dest);
    } else if (!readFileSync(src).equals(readFileSync(dest))) {
      throw new Error(`${src} differs from the same file in another shard: were the shards built from the same inputs and engine?`);
    }
  }
}
