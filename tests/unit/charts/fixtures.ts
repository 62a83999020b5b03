// Shared inputs for the chart tests. The tile grid is a made-up 13 × 6 layout
// of Indonesia's 38 provinces (codes are real); the map points are 17 capitals.
import type { ChartDatum, ChartInput, MapPoint, Tile } from '../../../src/charts/index.ts';

export const idPercent = (n: number) => `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n)}%`;
export const enPercent = (n: number) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n)}%`;
export const idCount = (n: number) => `${new Intl.NumberFormat('id-ID').format(n)} unit`;

const tileRows: [string, string, string, number, number][] = [
  ['11', 'AC', 'Aceh', 0, 0],
  ['65', 'KU', 'Kalimantan Utara', 6, 0],
  ['71', 'SA', 'Sulawesi Utara', 9, 0],
  ['82', 'MU', 'Maluku Utara', 11, 0],
  ['12', 'SU', 'Sumatera Utara', 1, 1],
  ['14', 'RI', 'Riau', 2, 1],
  ['21', 'KR', 'Kepulauan Riau', 3, 1],
  ['61', 'KB', 'Kalimantan Barat', 5, 1],
  ['64', 'KI', 'Kalimantan Timur', 6, 1],
  ['75', 'GO', 'Gorontalo', 8, 1],
  ['72', 'ST', 'Sulawesi Tengah', 9, 1],
  ['13', 'SB', 'Sumatera Barat', 1, 2],
  ['15', 'JA', 'Jambi', 2, 2],
  ['19', 'BB', 'Kepulauan Bangka Belitung', 3, 2],
  ['62', 'KT', 'Kalimantan Tengah', 5, 2],
  ['63', 'KS', 'Kalimantan Selatan', 6, 2],
  ['76', 'SR', 'Sulawesi Barat', 8, 2],
  ['73', 'SN', 'Sulawesi Selatan', 9, 2],
  ['74', 'SG', 'Sulawesi Tenggara', 10, 2],
  ['81', 'MA', 'Maluku', 11, 2],
  ['17', 'BE', 'Bengkulu', 1, 3],
  ['16', 'SS', 'Sumatera Selatan', 2, 3],
  ['18', 'LA', 'Lampung', 3, 3],
  ['96', 'PD', 'Papua Barat Daya', 10, 3],
  ['92', 'PB', 'Papua Barat', 11, 3],
  ['94', 'PT', 'Papua Tengah', 12, 3],
  ['36', 'BT', 'Banten', 2, 4],
  ['31', 'JK', 'DKI Jakarta', 3, 4],
  ['32', 'JB', 'Jawa Barat', 4, 4],
  ['33', 'JT', 'Jawa Tengah', 5, 4],
  ['34', 'YO', 'DI Yogyakarta', 6, 4],
  ['35', 'JI', 'Jawa Timur', 7, 4],
  ['51', 'BA', 'Bali', 8, 4],
  ['52', 'NB', 'Nusa Tenggara Barat', 9, 4],
  ['53', 'NT', 'Nusa Tenggara Timur', 10, 4],
  ['91', 'PA', 'Papua', 11, 4],
  ['95', 'PP', 'Papua Pegunungan', 12, 4],
  ['93', 'PS', 'Papua Selatan', 12, 5],
];

export const tiles: Tile[] = tileRows.map(([code, short, name, col, row]) => ({ code, short, name, col, row }));

export const points: MapPoint[] = [
  { label: 'Banda Aceh', lat: 5.5537, lon: 95.3172 },
  { label: 'Medan', lat: 3.5752, lon: 98.6873 },
  { label: 'Padang', lat: -0.9242, lon: 100.362 },
  { label: 'Pekanbaru', lat: 0.5265, lon: 101.4507 },
  { label: 'Palembang', lat: -2.9761, lon: 104.7754 },
  { label: 'Jakarta', lat: -6.2088, lon: 106.8456 },
  { label: 'Bandung', lat: -6.9175, lon: 107.6191 },
  { label: 'Semarang', lat: -6.9667, lon: 110.4167 },
  { label: 'Yogyakarta', lat: -7.7956, lon: 110.3695 },
  { label: 'Surabaya', lat: -7.2575, lon: 112.7521 },
  { label: 'Denpasar', lat: -8.65, lon: 115.2167 },
  { label: 'Pontianak', lat: -0.0263, lon: 109.3425 },
  { label: 'Samarinda', lat: -0.5022, lon: 117.1536 },
  { label: 'Makassar', lat: -5.1477, lon: 119.4327 },
  { label: 'Manado', lat: 1.4748, lon: 124.8421 },
  { label: 'Ambon', lat: -3.6954, lon: 128.1814 },
  { label: 'Jayapura', lat: -2.5337, lon: 140.7181 },
];

/** Ten provinces, ranked, one without data; values in the thousands. */
export const tenBars: ChartDatum[] = [
  ['32', 'Jawa Barat', 1450.5],
  ['33', 'Jawa Tengah', 1320.25],
  ['35', 'Jawa Timur', 1210],
  ['12', 'Sumatera Utara', 640.75],
  ['36', 'Banten', null],
  ['73', 'Sulawesi Selatan', 410],
  ['51', 'Bali', 298.5],
  ['13', 'Sumatera Barat', 250],
  ['19', 'Kepulauan Bangka Belitung', 96.4],
  ['94', 'Papua Tengah', 12.5],
].map(([x, xLabel, y]) => ({ x: x as string, xLabel: xLabel as string, y: y as number | null }));

export function input(overrides: Partial<ChartInput> & Pick<ChartInput, 'kind'>): ChartInput {
  return {
    id: `test-${overrides.kind}`,
    title: 'Judul grafik',
    lang: 'id',
    intlLocale: 'id-ID',
    xLabel: 'Provinsi',
    yLabel: 'Nilai',
    format: idPercent,
    data: [],
    ...overrides,
  };
}
