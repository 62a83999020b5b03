/**
 * A synthetic atlas for benchmarks: N cluster entities, each a page per language with three <Stat>
 * figures of its own and (unless `charts: false`) one <Chart> drawing its own 8-row series, plus
 * the few regions, sources, units, programs and home pages every atlas needs.
 *
 * Deterministic: the same options always write the same bytes (a seeded PRNG, no clock).
 * With `charts: false` the site is identical except that cluster pages carry no <Chart> and
 * data/series/ holds nothing, so the difference between the two builds is the cost of the charts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const MINI_SITE = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/sites/mini/data/site.yaml');

export interface SyntheticOptions {
  /** Number of cluster entities (each has an Indonesian and an English page). */
  clusters: number;
  /** Draw one chart per cluster (default true). */
  charts?: boolean;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Entries per index page before the index is grouped (`index_pages.max_entries`; default the engine's). */
  maxIndexEntries?: number;
}

export interface SyntheticSummary {
  clusters: number;
  figures: number;
  series: number;
  programs: number;
  regions: number;
}

/** mulberry32: a tiny seeded PRNG, enough for plausible made-up numbers. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  // code, slug, name, name_en, short, capital, group, lat, lon, col, row
  ['11', 'wilayah-barat-laut', 'Wilayah Barat Laut', 'Northwest Region', 'WBL', 'Kota Satu', 'Barat', 4.5, 97.0, 0, 0],
  ['12', 'wilayah-barat', 'Wilayah Barat', 'West Region', 'WB', 'Kota Dua', 'Barat', 0.5, 101.0, 1, 1],
  ['31', 'wilayah-tengah', 'Wilayah Tengah', 'Central Region', 'WT', 'Kota Tiga', 'Tengah', -6.5, 107.0, 2, 2],
  ['32', 'wilayah-selatan', 'Wilayah Selatan', 'South Region', 'WS', 'Kota Empat', 'Tengah', -7.8, 112.0, 3, 2],
  ['71', 'wilayah-utara', 'Wilayah Utara', 'North Region', 'WU', 'Kota Lima', 'Timur', 1.2, 124.8, 5, 1],
  ['91', 'wilayah-timur', 'Wilayah Timur', 'East Region', 'WTI', 'Kota Enam', 'Timur', -3.0, 137.0, 7, 2],
] as const;

const PRODUCTS: [string, string][] = [
  ['Tenun', 'Weaving'],
  ['Batik', 'Batik'],
  ['Gerabah', 'Pottery'],
  ['Anyaman rotan', 'Rattan wickerwork'],
  ['Kerajinan perak', 'Silverwork'],
  ['Keripik', 'Chips'],
  ['Kopi bubuk', 'Ground coffee'],
  ['Mebel kayu', 'Wooden furniture'],
  ['Alas kaki', 'Footwear'],
  ['Tahu dan tempe', 'Tofu and tempeh'],
];

const SOURCES = ['synthetic-census-2023', 'synthetic-survey-2022', 'synthetic-report-2024'];
const PROGRAMS = [
  { slug: 'program-pendampingan', id: 'Program Pendampingan', en: 'Mentoring Program', regions: ['11', '12', '31'] },
  { slug: 'program-pemasaran', id: 'Program Pemasaran', en: 'Marketing Program', regions: ['32', '71', '91'] },
];

const FIGURE_KINDS = [
  { key: 'units', unit: 'business-units', id: 'Unit usaha', en: 'Business units', topicId: 'Unit usaha', topicEn: 'Business units' },
  { key: 'workers', unit: 'workers', id: 'Tenaga kerja', en: 'Workers', topicId: 'Tenaga kerja', topicEn: 'Workers' },
  { key: 'output', unit: 'rupiah', id: 'Nilai produksi', en: 'Production value', topicId: 'Nilai produksi', topicEn: 'Production value' },
] as const;

const pad = (i: number) => String(i).padStart(5, '0');

/** Writes the synthetic atlas into `dir` (emptied first). */
export function generateSyntheticAtlas(dir: string, opts: SyntheticOptions): SyntheticSummary {
  const n = opts.clusters;
  const charts = opts.charts ?? true;
  const rand = prng(opts.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

  rmSync(dir, { recursive: true, force: true });
  const w = (rel: string, text: string) => {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };

  // data/site.yaml: the mini fixture's file (so it follows the engine's site schema as it evolves),
  // with this atlas's names and the IKM atlas's URL words (so /klaster/… exists).
  const site = parseYaml(readFileSync(MINI_SITE, 'utf8'));
  site.title = { id: 'Atlas Sintetis', en: 'Synthetic Atlas' };
  site.tagline = { id: 'Atlas buatan untuk mengukur kinerja', en: 'A made-up atlas to measure performance' };
  site.description = {
    id: `Atlas sintetis dengan ${n} klaster, dibuat otomatis untuk tolok ukur waktu dan memori build.`,
    en: `A synthetic atlas with ${n} clusters, generated to benchmark build time and memory.`,
  };
  site.site = 'https://bench.example.net';
  site.collections.regions.description = { id: 'Enam wilayah rekaan.', en: 'Six made-up regions.' };
  site.collections.clusters = {
    singular: { id: 'Klaster', en: 'Cluster' },
    plural: { id: 'Klaster', en: 'Clusters' },
    path: { id: 'klaster', en: 'clusters' },
    description: { id: 'Klaster buatan.', en: 'Made-up clusters.' },
  };
  site.collections.programs.description = { id: 'Program buatan.', en: 'Made-up programs.' };
  // Large synthetic atlases group their index pages (src/routes/groups.ts), which needs the URL word.
  site.index_pages = { ...(opts.maxIndexEntries ? { max_entries: opts.maxIndexEntries } : {}), path: { id: 'kelompok', en: 'groups' } };
  w('data/site.yaml', stringifyYaml(site));

  w(
    'data/regions.csv',
    'code,slug,name,name_en,name_official,short,capital,island_group,lat,lon,tile_col,tile_row,formed_year,formed_from\n' +
      REGIONS.map((r) => [r[0], r[1], r[2], r[3], r[2].toUpperCase(), r[4], r[5], r[6], r[7], r[8], r[9], r[10], '', ''].join(',')).join('\n') +
      '\n',
  );
  w(
    'data/regions.yaml',
    `title: { id: Wilayah rekaan, en: Made-up regions }
description: { id: Enam wilayah rekaan., en: Six made-up regions. }
sources: [${SOURCES[0]}]
groups:
  Barat: { id: Barat, en: West }
  Tengah: { id: Tengah, en: Central }
  Timur: { id: Timur, en: East }
`,
  );
  w(
    'data/sources.yaml',
    SOURCES.map(
      (id, i) => `- id: ${id}
  publisher: Synthetic Institute ${i + 1}
  title: Synthetic source number ${i + 1}
  date: "${2022 + i}-0${i + 3}-1${i}"
  url: https://example.org/synthetic/${id}
  language: ${i % 2 ? 'en' : 'id'}
  kind: ${['statistics', 'report', 'dataset'][i]}
`,
    ).join(''),
  );
  w(
    'data/units.yaml',
    `business-units: { kind: count, label: { id: unit usaha, en: business units } }
workers: { kind: count, label: { id: orang, en: workers } }
rupiah: { kind: currency, currency: IDR }
`,
  );

  const clusters = Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const region = REGIONS[k % REGIONS.length]!;
    const [productId, productEn] = PRODUCTS[Math.floor(k / REGIONS.length) % PRODUCTS.length]!;
    const slug = `${productEn.toLowerCase().replace(/[^a-z]+/g, '-')}-${pad(i)}`;
    const units = int(20, 2000);
    return {
      i,
      slug,
      region,
      productId,
      productEn,
      lat: round(region[7] + (rand() - 0.5) * 2, 4),
      lon: round(region[8] + (rand() - 0.5) * 2, 4),
      program: PROGRAMS.find((p) => (p.regions as readonly string[]).includes(region[0]))!.slug,
      source: SOURCES[k % SOURCES.length]!,
      values: { units, workers: units * int(2, 6), output: units * int(50, 900) * 1_000_000 },
      series: Array.from({ length: 8 }, (_, y) => ({ year: 2016 + y, v: Math.max(1, Math.round(units * (0.6 + y * 0.06 + (rand() - 0.5) * 0.1))) })),
    };
  });

  // Figures: three per cluster, one topic file per kind (as an editor would keep them).
  for (const kind of FIGURE_KINDS) {
    const lines = [`topic: { id: ${kind.topicId}, en: ${kind.topicEn} }`, 'figures:'];
    for (const c of clusters) {
      lines.push(
        `  - id: ${c.slug}.${kind.key}.2023`,
        `    value: ${c.values[kind.key]}`,
        `    qualifier: ${kind.key === 'output' ? 'about' : 'exact'}`,
        `    unit: ${kind.unit}`,
        '    period: "2023"',
        `    scope: cluster:${c.slug}`,
        `    label: { id: ${kind.id} klaster ${c.productId} ${pad(c.i)}, en: ${kind.en} of ${c.productEn} cluster ${pad(c.i)} }`,
        `    claimant: { id: Dinas Perindustrian ${c.region[2]}, en: Industry office of ${c.region[3]} }`,
        `    primary: ${c.i % 2 === 0}`,
        `    source: ${c.source}`,
      );
    }
    w(`data/figures/${kind.key}.yaml`, `${lines.join('\n')}\n`);
  }

  if (charts) {
    clusters.forEach((c, k) => {
      w(`data/series/${c.slug}.csv`, `year,value,source\n${c.series.map((r) => `${r.year},${r.v},${c.source}`).join('\n')}\n`);
      w(
        `data/series/${c.slug}.yaml`,
        `title: { id: "Unit usaha klaster ${c.productId} ${pad(c.i)}, 2016–2023", en: "Business units of ${c.productEn} cluster ${pad(c.i)}, 2016–2023" }
description: { id: "Jumlah unit usaha per tahun di klaster ${c.productId} ${pad(c.i)}.", en: "Business units per year in ${c.productEn} cluster ${pad(c.i)}." }
unit: business-units
x: { field: year, type: year, label: { id: Tahun, en: Year } }
y: { field: value, label: { id: Unit usaha, en: Business units } }
chart: ${k % 2 === 0 ? 'bar' : 'line'}
sources: [${c.source}]
updated: "2024-06-01"
`,
      );
    });
  }

  for (const c of clusters) {
    const shared = `region: "${c.region[0]}"
coordinates: { lat: ${c.lat}, lon: ${c.lon} }
programs: [${c.program}]
sources: [${c.source}]
updated: "2024-06-01"`;
    const chart = charts ? `\n\n<Chart id="${c.slug}" />\n` : '\n';
    w(
      `content/clusters/id/${c.slug}.mdx`,
      `---
title: Sentra ${c.productId} ${pad(c.i)}
summary: Klaster ${c.productId.toLowerCase()} rekaan nomor ${c.i} di ${c.region[2]}.
product: ${c.productId}
locality: Kabupaten Contoh ${(c.i % 40) + 1}
${shared}
---
Klaster ini memiliki <Stat id="${c.slug}.units.2023" /> dengan <Stat id="${c.slug}.workers.2023" />.
Nilai produksinya <Stat id="${c.slug}.output.2023" /> setahun.${chart}`,
    );
    w(
      `content/clusters/en/${c.slug}.mdx`,
      `---
title: ${c.productEn} Centre ${pad(c.i)}
summary: Made-up ${c.productEn.toLowerCase()} cluster number ${c.i} in the ${c.region[3]}.
product: ${c.productEn}
locality: Sample Regency ${(c.i % 40) + 1}
${shared}
---
This cluster has <Stat id="${c.slug}.units.2023" /> with <Stat id="${c.slug}.workers.2023" />.
Its production is worth <Stat id="${c.slug}.output.2023" /> a year.${chart}`,
    );
  }

  for (const p of PROGRAMS) {
    for (const locale of ['id', 'en'] as const) {
      w(
        `content/programs/${locale}/${p.slug}.mdx`,
        `---
title: ${p[locale]}
summary: ${locale === 'id' ? 'Program rekaan untuk klaster di tiga wilayah.' : 'A made-up program for clusters in three regions.'}
agency: ${locale === 'id' ? 'Kementerian Contoh' : 'Ministry of Examples'}
start: 2020
regions: [${p.regions.map((r) => `"${r}"`).join(', ')}]
sources: [${SOURCES[2]}]
updated: "2024-06-01"
---
${locale === 'id' ? 'Program ini berjalan di tiga wilayah.' : 'This program runs in three regions.'}
`,
      );
    }
  }

  const first = clusters[0];
  for (const locale of ['id', 'en'] as const) {
    w(
      `content/pages/${locale}/index.mdx`,
      `---
title: ${locale === 'id' ? 'Atlas Sintetis' : 'Synthetic Atlas'}
summary: ${locale === 'id' ? `Atlas buatan dengan ${n} klaster untuk tolok ukur.` : `A made-up atlas with ${n} clusters for benchmarks.`}
updated: "2024-06-01"
---
${locale === 'id' ? 'Atlas ini dibuat otomatis.' : 'This atlas is generated.'}${first ? ` ${locale === 'id' ? 'Contoh angka' : 'A sample figure'}: <Stat id="${first.slug}.units.2023" />.` : ''}
`,
    );
  }

  return { clusters: n, figures: n * FIGURE_KINDS.length, series: charts ? n : 0, programs: PROGRAMS.length, regions: REGIONS.length };
}

// Run directly: node scripts/lib/synthetic.ts <dir> <clusters> [--no-charts]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node scripts/lib/synthetic.ts <dir> <clusters> [--no-charts]');
    process.exit(2);
  }
  console.log(generateSyntheticAtlas(dir, { clusters: Number(count), charts: !process.argv.includes('--no-charts') }));
}
