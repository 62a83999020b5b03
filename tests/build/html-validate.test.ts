import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from '../lib/html-validate-config.ts';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../lib/built-site.ts';
import { LANGUAGE_FIXTURES, SITE_DIST } from '../lib/site-builds.ts';

/**
 * Every built page passes html-validate's recommended rules. A rule is turned off only here, with
 * the reason; everything else is fixed in the site.
 */
const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
}

function validate(html: string, file: string): (Finding & { rule: string })[] {
  const report = validator.validateStringSync(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => ({ rule: m.ruleId, file, line: m.line, column: m.column, message: m.message })));
}

describe('html-validate (recommended)', () => {
  const files = htmlFiles(SITE_DIST);

  it('checks every built page', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it('reports no error on any built page', () => {
    const byRule = new Map<string, Finding[]>();
    for (const file of files) {
      for (const f of validate(readFileSync(join(SITE_DIST, file), 'utf8'), file)) {
        byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
      }
    }
    const report = [...byRule]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([rule, fs]) => {
        const pages = new Set(fs.map((f) => f.file));
        const first = fs.slice(0, 4).map((f) => `    ${f.file}:${f.line}:${f.column} ${f.message}`);
        return `${rule}: ${fs.length} error(s) on ${pages.size} page(s)\n${first.join('\n')}`;
      })
      .join('\n');
    expect(byRule.size, `html-validate found errors:\n${report}`).toBe(0);
  });

  it.each(LANGUAGE_FIXTURES)('reports no error on any page of the $name fixture atlas', ({ dist }) => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(15);
    const found = pages.flatMap((file) => validate(readFileSync(join(dist, file), 'utf8'), file));
    expect(found.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it('the same configuration does report errors (the check can fail)', () => {
    const rules = validate('<!doctype html><html><head><title>x</title></head><body><p id="1" style="color:red"><div></div></p><img src="a.png"></body></html>', 'planted.html').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['element-required-attributes', 'valid-id', 'no-inline-style', 'wcag/h37']));
  });
});
