#!/usr/bin/env node
/**
 * The hash of each dependency key's value in a validated atlas (src/lib/atlas.ts dependencyHash), in
 * a process of its own so the atlas's memory is gone afterwards. Run with ATLAS_SNAPSHOT (the
 * validated atlas) and ATLAS_ROOT (for MDX bodies) set.
 *
 * Usage: node scripts/lib/dependency-hashes.ts <keys.json> <hashes.json>: reads a JSON list of keys,
 * writes the JSON list of their hashes, in the same order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dependencyHash } from '../../src/lib/atlas.ts';

const [keysFile, outFile] = process.argv.slice(2);
if (!keysFile || !outFile) throw new Error('usage: dependency-hashes.ts <keys.json> <hashes.json>');
const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as string[];
writeFileSync(outFile, JSON.stringify(keys.map(dependencyHash)));
