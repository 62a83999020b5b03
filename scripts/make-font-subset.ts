// Makes the subset fonts the images are drawn with (src/images/font-subset.ts says which characters
// and why) from the full DejaVu Sans files in src/images/fonts/, with subset-font (HarfBuzz's
// subsetter, compiled to WebAssembly; pinned exactly in package.json so the bytes stay the same).
// Run after changing SUBSET_RANGES or the full fonts, and commit the result:
//   node scripts/make-font-subset.ts
// A unit test makes them again and checks that the committed files are these bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, subsetText } from '../src/images/font-subset.ts';
import { makeSubset } from './lib/font-subset.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../src/images/fonts');
for (const { full, subset } of FONT_FILES) {
  const before = readFileSync(join(dir, full));
  const out = await makeSubset(before, subsetText());
  writeFileSync(join(dir, subset), out);
  console.log(`${subset}: ${out.length} bytes (from ${full}, ${before.length} bytes)`);
}
