import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * Parse results of unchanged text, kept from one build to the next. At 10 000 clusters parsing the
 * YAML frontmatter and MDX bodies of 20 000 documents was about half of validation, and an
 * incremental build after one change re-parsed them all. Only clean results are kept (text that
 * parsed without a problem), so every problem is still found by parsing.
 *
 * Off unless a process opens it (scripts/lib/prepare.ts, for npm run build); tests and Astro parse
 * every time. A key hashes the text with everything else that decides the result: the engine
 * version (any change to the validator's code gives new keys) and the parse's own options. Values
 * are stored serialized, one buffer each, so nothing done later to a parsed object reaches the cache.
 * A save keeps only the entries this build used, so the file follows the atlas and does not grow.
 */
interface Open {
  file: string;
  salt: string;
  stored: Map<string, Uint8Array>;
  used: Map<string, Uint8Array>;
  hits: number;
  misses: number;
}

let open: Open | undefined;

/** Reads the cache file (a missing or unreadable one is an empty cache) and turns the cache on. */
export function openParseCache(file: string, salt: string): void {
  let stored = new Map<string, Uint8Array>();
  if (existsSync(file)) {
    try {
      const value = deserialize(readFileSync(file)) as unknown;
      if (value instanceof Map) stored = value as Map<string, Uint8Array>;
    } catch {
      // A damaged cache costs a parse, never a wrong result.
    }
  }
  open = { file, salt, stored, used: new Map(), hits: 0, misses: 0 };
}

/** Writes the entries this build used (atomically: builds may run side by side) and turns the cache off. */
export function closeParseCache(): { hits: number; misses: number } | undefined {
  if (!open) return undefined;
  const { file, used, hits, misses } = open;
  open = undefined;
  mkdirSync(dirname(file), { recursive: true });
  const pending = `${file}.${process.pid}.tmp`;
  writeFileSync(pending, serialize(used));
  renameSync(pending, file);
  return { hits, misses };
}

/** Whether a build opened the cache: only then do callers cut texts into parts worth caching one by one. */
export function parseCacheOpen(): boolean {
  return open !== undefined;
}

/**
 * The cached result of `parse` for `text` (with `parts`, the options that change the result), or
 * parse it; a result `keep` accepts is stored. With the cache off this is just `parse()`.
 */
export function cachedParse<T>(kind: string, parts: readonly unknown[], text: string, parse: () => T, keep: (result: T) => boolean): { value: T; cached: boolean } {
  if (!open) return { value: parse(), cached: false };
  const key = createHash('sha256').update(open.salt).update('\0').update(kind).update('\0').update(JSON.stringify(parts)).update('\0').update(text).digest('base64');
  const hit = open.stored.get(key) ?? open.used.get(key);
  if (hit) {
    open.used.set(key, hit);
    open.hits++;
    return { value: deserialize(hit) as T, cached: true };
  }
  open.misses++;
  const value = parse();
  if (keep(value)) open.used.set(key, serialize(value));
  return { value, cached: false };
}
