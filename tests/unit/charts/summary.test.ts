// The summary sentences, checked word for word in both languages.
import { describe, expect, it } from 'vitest';
import { renderChart, type ChartDatum, type ChartInput } from '../../../src/charts/index.ts';
import { enPercent, idCount, input, points, tenBars, tiles } from './fixtures.ts';
import { parse, plotted } from './helpers.ts';

const en = (chart: ChartInput, format = enPercent): ChartInput => ({ ...chart, lang: 'en', intlLocale: 'en-GB', format });
const enCount = (n: number) => `${new Intl.NumberFormat('en-GB').format(n)} units`;
const summary = (chart: ChartInput) => renderChart(chart).summary;

const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];
const values = [4, 5.85, 6, 4.31, null, 1.89, 3.38, 5.45, 6.18, 4.91];
const series: ChartDatum[] = years.map((x, i) => ({ x, xLabel: x, y: values[i]! }));

describe('summary', () => {
  it('bar: highest and lowest with values, and how many lack data', () => {
    const chart = input({ kind: 'bar', data: tenBars, format: idCount });
    expect(summary(chart)).toBe('Dari 10 kategori (1 tanpa data), nilai tertinggi adalah Jawa Barat (1.450,5 unit) dan terendah Papua Tengah (12,5 unit).');
    expect(summary(en(chart, enCount))).toBe('Of 10 categories (1 without data), the highest value is Jawa Barat (1,450.5 units) and the lowest is Papua Tengah (12.5 units).');
    const one = { ...chart, data: tenBars.slice(0, 1) };
    expect(summary(one)).toBe('Dari 1 kategori, satu-satunya nilai adalah Jawa Barat (1.450,5 unit).');
    expect(summary(en(one, enCount))).toBe('Of 1 category, the only value is Jawa Barat (1,450.5 units).');
    const none = { ...chart, data: tenBars.map((d) => ({ ...d, y: null })) };
    expect(summary(none)).toBe('Tidak ada data.');
    expect(summary(en(none))).toBe('No data.');
  });

  it('line: latest value and period, highest, lowest, gaps', () => {
    const chart = input({ kind: 'line', data: series });
    expect(summary(chart)).toBe('Nilai terakhir 4,91% (2024); tertinggi 6,18% (2023) dan terendah 1,89% (2020); 1 periode tanpa data.');
    expect(summary(en(chart))).toBe('Latest value 4.91% (2024); highest 6.18% (2023) and lowest 1.89% (2020); 1 period without data.');
    const full = { ...chart, data: series.map((d) => ({ ...d, y: d.y ?? 3 })) };
    expect(summary(full)).toBe('Nilai terakhir 4,91% (2024); tertinggi 6,18% (2023) dan terendah 1,89% (2020); semua periode memiliki data.');
    expect(summary(en(full))).toBe('Latest value 4.91% (2024); highest 6.18% (2023) and lowest 1.89% (2020); no periods without data.');
    const gappy = { ...chart, data: series.map((d, i) => ({ ...d, y: i < 2 ? null : d.y })) };
    expect(summary(en(gappy))).toBe('Latest value 4.91% (2024); highest 6.18% (2023) and lowest 1.89% (2020); 3 periods without data.');
  });

  it('line with groups: latest per group, extremes named by group and period', () => {
    const chart = input({
      kind: 'line',
      data: [
        { x: '2023', xLabel: '2023', y: 5, group: 'm', groupLabel: 'Laki-laki' },
        { x: '2024', xLabel: '2024', y: 7, group: 'm', groupLabel: 'Laki-laki' },
        { x: '2023', xLabel: '2023', y: 2, group: 'f', groupLabel: 'Perempuan' },
        { x: '2024', xLabel: '2024', y: null, group: 'f', groupLabel: 'Perempuan' },
      ],
    });
    expect(summary(chart)).toBe('Nilai terakhir: Laki-laki 7% (2024), Perempuan 2% (2023); tertinggi 7% (Laki-laki, 2024) dan terendah 2% (Perempuan, 2023); 1 periode tanpa data.');
    expect(summary(en(chart))).toBe('Latest values: Laki-laki 7% (2024), Perempuan 2% (2023); highest 7% (Laki-laki, 2024) and lowest 2% (Perempuan, 2023); 1 period without data.');
  });

  it('grouped and stacked bars', () => {
    const data: ChartDatum[] = [
      { x: '32', xLabel: 'Jawa Barat', group: 'm', groupLabel: 'Laki-laki', y: 870 },
      { x: '32', xLabel: 'Jawa Barat', group: 'f', groupLabel: 'Perempuan', y: 630 },
      { x: '33', xLabel: 'Jawa Tengah', group: 'm', groupLabel: 'Laki-laki', y: 400 },
      { x: '33', xLabel: 'Jawa Tengah', group: 'f', groupLabel: 'Perempuan', y: 1528 },
      { x: '36', xLabel: 'Banten', group: 'm', groupLabel: 'Laki-laki', y: null },
    ];
    const grouped = input({ kind: 'grouped-bar', data, format: idCount });
    expect(summary(grouped)).toBe('Dari 3 kategori dan 2 kelompok, nilai tertinggi adalah Jawa Tengah, Perempuan (1.528 unit) dan terendah Jawa Tengah, Laki-laki (400 unit).');
    expect(summary(en(grouped, enCount))).toBe('Across 3 categories and 2 groups, the highest value is Jawa Tengah, Perempuan (1,528 units) and the lowest is Jawa Tengah, Laki-laki (400 units).');
    const stacked = { ...grouped, kind: 'stacked-bar' as const };
    expect(summary(stacked)).toBe('Dari 3 kategori (1 tanpa data), total tertinggi adalah Jawa Tengah (1.928 unit) dan terendah Jawa Barat (1.500 unit).');
    expect(summary(en(stacked, enCount))).toBe('Of 3 categories (1 without data), the highest total is Jawa Tengah (1,928 units) and the lowest is Jawa Barat (1,500 units).');
  });

  it('tilemap: regions with data, highest and lowest; highlight mode counts', () => {
    const data = tiles.slice(0, 30).map((t, i) => ({ x: t.code, xLabel: t.name, y: 1.2 + i * 0.83 }));
    const chart = input({ kind: 'tilemap', tiles, data });
    expect(summary(chart)).toBe('30 dari 38 wilayah memiliki data; tertinggi Jawa Tengah (25,27%) dan terendah Aceh (1,2%).');
    expect(summary(en(chart))).toBe('30 of 38 regions have data; the highest is Jawa Tengah (25.27%) and the lowest Aceh (1.2%).');
    const hl = { ...chart, data: [], highlight: ['32', '33', '35', '51'] };
    expect(summary(hl)).toBe('4 dari 38 wilayah disorot: Jawa Barat, Jawa Tengah, Jawa Timur, Bali.');
    expect(summary(en(hl))).toBe('4 of 38 regions highlighted: Jawa Barat, Jawa Tengah, Jawa Timur, Bali.');
    const many = { ...hl, highlight: tiles.slice(0, 12).map((t) => t.code) };
    expect(summary(en(many))).toBe('12 of 38 regions highlighted.');
  });

  it('geomap: number of locations, named', () => {
    const chart = input({ kind: 'geomap', points });
    expect(summary(chart)).toBe(`17 lokasi pada peta: ${points.map((p) => p.label).join(', ')}.`);
    expect(summary(en(chart))).toMatch(/^17 locations on the map: Banda Aceh, Medan, .*, Jayapura\.$/);
    expect(summary(en({ ...chart, points: points.slice(5, 6) }))).toBe('1 location on the map: Jakarta.');
  });
});

describe('values that are not comparable', () => {
  // Three different counts (small industry, IKM, IMK): ranking them would tell a story the note denies.
  const data = [
    { x: '2014', xLabel: '2014', y: 3520000, group: 'ik', groupLabel: 'Industri kecil' },
    { x: '2019', xLabel: '2019', y: 4400000, group: 'ikm', groupLabel: 'IKM' },
    { x: '2020', xLabel: '2020', y: 4209817, group: 'imk', groupLabel: 'IMK' },
    { x: '2023', xLabel: '2023', y: 4190000, group: 'ikm', groupLabel: 'IKM' },
  ];
  const chart = input({ kind: 'bar', data, format: idCount, comparable: false });

  it('lists each measure apart and names no highest or lowest', () => {
    const out = renderChart(chart);
    expect(out.summary).toBe(
      '4 angka dari 3 ukuran berbeda yang tidak dapat dibandingkan satu sama lain: Industri kecil: 3.520.000 unit (2014); IKM: 4.400.000 unit (2019), 4.190.000 unit (2023); IMK: 4.209.817 unit (2020).',
    );
    expect(out.summary).not.toMatch(/tertinggi|terendah/);
    const en = renderChart({ ...chart, lang: 'en' }).summary;
    expect(en).toMatch(/^4 values of 3 different measures that cannot be compared with each other: /);
    expect(en).not.toMatch(/highest|lowest/);
  });

  it('draws one coloured series per measure, with a legend, bars gathered by measure', () => {
    const root = parse(renderChart(chart).wide);
    const bars = plotted(root, 'rect');
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([1, 2, 2, 3].map((i) => expect.stringContaining(`--chart-${i},`)));
    expect(bars.map((b) => b.querySelector('title')!.textContent)).toEqual([
      'Industri kecil, 2014: 3.520.000 unit',
      'IKM, 2019: 4.400.000 unit',
      'IKM, 2023: 4.190.000 unit',
      'IMK, 2020: 4.209.817 unit',
    ]);
    expect([...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['Industri kecil', 'IKM', 'IMK']));
  });

  it('still ranks comparable bars', () => {
    expect(renderChart({ ...chart, comparable: undefined }).summary).toMatch(/tertinggi/);
  });
});
