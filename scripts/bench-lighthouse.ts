#!/usr/bin/env node
/**
 * npm run bench:lighthouse — Lighthouse on the built site (dist/, from npm run build): the home page
 * and one cluster page, mobile and desktop presets, served by scripts/lib/serve.ts on 127.0.0.1.
 * Prints the four category scores per page, PASS/MISS for performance and accessibility = 100, and
 * the audits that cost points when a score is below 100. A miss never fails the process; a missing
 * dist/ or browser does. Writes bench/lighthouse.json.
 *
 * Environment: DIST_DIR (default dist), BASE_PATH (the base the site was built with, default /),
 * CHROMIUM_PATH (default /usr/bin/chromium), LH_PAGES (comma-separated paths, default
 * "/,/klaster/tenun-ulos-samosir/").
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serve } from './lib/serve.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(PROJECT, process.env.DIST_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pages = (process.env.LH_PAGES ?? '/,/klaster/tenun-ulos-samosir/').split(',').map((p) => p.trim());
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site at ${dist} (no index.html). Run \`npm run build\` first, then \`npm run bench:lighthouse\`.`);
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
for (const p of pages) {
  const rel = p.replace(/^\//, '');
  if (!existsSync(join(dist, rel, 'index.html'))) {
    console.error(`${dist} has no page ${p} (${join(rel, 'index.html')}). Was it built from another atlas? Set LH_PAGES.`);
    process.exit(1);
  }
}

interface Row {
  page: string;
  preset: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  failing: { category: string; id: string; title: string; score: number | null; weight: number; displayValue?: string }[];
  metrics: Record<string, string | undefined>;
  error?: string;
}

const { server, url } = await serve(dist, { base });
const rows: Row[] = [];
try {
  for (const page of pages) {
    for (const preset of ['mobile', 'desktop'] as const) {
      // A fresh browser per run, so no run warms the cache of the next.
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        const target = new URL(page.replace(/^\//, ''), url).toString();
        const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${target}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) {
          // e.g. a 404 because another build swapped dist/ meanwhile: report it, go on with the others.
          const error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
          rows.push({ page, preset, scores: { performance: null, accessibility: null, 'best-practices': null, seo: null }, failing: [], metrics: {}, error });
          console.error(`  ${page} (${preset}): ${error}`);
          continue;
        }
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Row['scores'];
        const failing: Row['failing'] = [];
        for (const c of CATEGORIES) {
          const cat = lhr.categories[c];
          if (!cat || cat.score === 1) continue;
          for (const ref of cat.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (!audit) continue;
            const failed = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings' ? audit.score !== null && audit.score < 1 : false;
            if (failed && (ref.weight > 0 || c === 'performance')) {
              failing.push({ category: c, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue });
            }
          }
        }
        failing.sort((a, b) => b.weight * (1 - (b.score ?? 0)) - a.weight * (1 - (a.score ?? 0)));
        const metric = (id: string) => lhr.audits[id]?.displayValue;
        rows.push({
          page,
          preset,
          scores,
          failing,
          metrics: {
            FCP: metric('first-contentful-paint'),
            LCP: metric('largest-contentful-paint'),
            TBT: metric('total-blocking-time'),
            CLS: metric('cumulative-layout-shift'),
            SI: metric('speed-index'),
          },
        });
        console.error(`  ${page} (${preset}): ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      } finally {
        chrome.kill();
      }
    }
  }
} finally {
  server.close();
}

const lines: string[] = [];
lines.push('| page | preset | performance | accessibility | best-practices | seo | FCP / LCP / TBT / CLS | perf = 100 | a11y = 100 |');
lines.push('|---|---|---:|---:|---:|---:|---|:---:|:---:|');
for (const r of rows) {
  const m = r.metrics;
  if (r.error) {
    lines.push(`| ${r.page} | ${r.preset} | — | — | — | — | ${r.error.slice(0, 60)} | MISS | MISS |`);
    continue;
  }
  lines.push(
    `| ${r.page} | ${r.preset} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${m.FCP} / ${m.LCP} / ${m.TBT} / ${m.CLS} | ${r.scores.performance === 100 ? 'PASS' : 'MISS'} | ${r.scores.accessibility === 100 ? 'PASS' : 'MISS'} |`,
  );
}
for (const r of rows.filter((x) => x.failing.length)) {
  lines.push('', `Audits below full score — ${r.page} (${r.preset}):`);
  for (const f of r.failing.slice(0, 6)) lines.push(`- [${f.category}] ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} — score ${f.score}, weight ${f.weight}`);
}
console.log(lines.join('\n'));
const out = join(PROJECT, 'bench/lighthouse.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), dist, rows }, null, 2)}\n`);
console.log(`\nResults: ${out}. Scores are from one run each on a shared 2-core machine (performance varies with load).`);
