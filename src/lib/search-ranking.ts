// How Pagefind ranks results on the search page (public/search.js reads it from the page), in one
// place so the tests rank as readers do. Pagefind's default page-length weight (0.75) favours short
// pages so strongly that a figure page of three lines outranked the page a name is about: measured on
// this atlas (600 figure pages), "Sulawesi Selatan" gave five figure pages and no province page, "tenun"
// five figure pages before any weaving cluster. At 0.3, with term frequency at half weight (a page
// that names e-Smart IKM ten times is not ten times about it), the province, cluster and program pages
// lead for their names; at 0.1 long listing pages (/angka/, /sumber/) crowd in instead. Those pages'
// <h1> also weighs 10 (Pagefind's highest; an <h1> is 7 by default).
export const SEARCH_RANKING = { pageLength: 0.3, termFrequency: 0.5 } as const;
