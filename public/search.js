// Search, loaded only on the search page. Without JavaScript that page shows links to the indexes;
// with it, this script swaps them for Pagefind's UI over the search bundles of the page's language:
// the first one (data-bundle) and, for a large atlas, the others that pagefind/bundles.json lists,
// merged in the browser. The list is fetched while Pagefind's UI script loads.
(() => {
  var box = document.getElementById('search');
  if (!box) return;
  var bundle = box.getAttribute('data-bundle');
  var base = box.getAttribute('data-base');
  var lang = box.getAttribute('data-lang');
  // Every bundle ranks alike: Pagefind applies options per index, merged ones included.
  var ranking = JSON.parse(box.getAttribute('data-ranking') || '{}');
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-ui.css`;
  document.head.appendChild(css);

  // A missing or unreadable list only means: no other bundles to merge.
  var others = fetch(box.getAttribute('data-bundles'))
    .then((r) => r.ok ? r.json() : {})
    .then((list) => (list[lang] || []).slice(1).map((folder) => ({ bundlePath: base + folder, baseUrl: base, language: lang, ranking: ranking })))
    .catch(() => []);

  var s = document.createElement('script');
  s.src = `${bundle}pagefind-ui.js`;
  s.onload = () => {
    others.then((mergeIndex) => {
      box.querySelector('.search-fallback').hidden = true;
      var ui = new window.PagefindUI({
        element: '#search-ui',
        bundlePath: bundle,
        baseUrl: base,
        mergeIndex: mergeIndex,
        ranking: ranking,
        showSubResults: false,
        showImages: false,
        resetStyles: false,
        translations: JSON.parse(box.getAttribute('data-translations') || '{}'),
      });
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) ui.triggerSearch(q);
    });
  };
  document.head.appendChild(s);
})();
