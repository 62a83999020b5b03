import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideReadme, PREVIOUS } from '../../scripts/lib/bench-previous.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';

describe('the README figures the bench prints beside its own', () => {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  // Only the Performance section counts: a figure that left it must leave the list too.
  const performance = readme.slice(readme.indexOf('## Performance'), readme.indexOf('\n## ', readme.indexOf('## Performance') + 1));

  it.each(PREVIOUS.map((p) => [`${p.n} ${p.charts ? 'charts' : 'no charts'}, ${p.measured}: ${p.seconds} s`, p] as const))('%s is in the README', (_name, p) => {
    // Written as the README writes it: one decimal unless whole, a space after the number.
    expect(performance).toMatch(new RegExp(`(^|[^\\d.])${String(p.seconds).replace('.', '\\.')}(,| s|\\b)`));
  });

  it('names one figure per atlas and build', () => {
    const keys = PREVIOUS.map((p) => `${p.n}|${p.charts}|${p.measured}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('prints the ratio to the README figure, or nothing when there is none', () => {
    expect(besideReadme(10000, false, 'one MDX body', 19_700)).toMatch(/README 19\.7 s \(7 December night\): now 1\.00×$/);
    expect(besideReadme(10000, false, 'one MDX body', 39_400)).toMatch(/now 2\.00×$/);
    expect(besideReadme(7, false, 'one MDX body', 1000)).toBe('');
  });
});
