import { renderChart } from '../../../src/charts/index.ts';
import type { PublicationText } from '../../../src/images/publication.ts';
import { idCount, input, tenBars } from '../charts/fixtures.ts';

/** A bar chart of business units, as the image tests draw it. */
export const unitsChart = renderChart(input({ kind: 'bar', data: tenBars, format: idCount, yLabel: 'Jumlah unit usaha' }));

/** The words of its publication image in Indonesian: title, subtitle, caveat, source and credit. */
export const unitsText: PublicationText = {
  lang: 'id',
  id: 'units',
  title: 'Jumlah unit usaha IKM menurut provinsi',
  subtitle: 'Unit usaha · 2014–2023',
  summary: unitsChart.summary,
  caveat: 'Catatan: angka 2022 disebut “sekitar”.',
  source: 'Sumber: BPS, via Kontan, 3 November 2019',
  credit: 'Atlas IKM · CC BY 4.0 · https://atlas-ikm.example.org/grafik/units/',
};
