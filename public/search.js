// Search, loaded only on the search page. Without JavaScript that page shows links to the indexes;
// with it, this script swaps them for Pagefind's UI, searching the index of the page's language.
(function () {
  var box = document.getElementById('search');
  if (!box) return;
  var bundle = box.getAttribute('data-bundle');
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = bundle + 'pagefind-ui.css';
  document.head.appendChild(css);
  var s = document.createElement('script');
  s.src = bundle + 'pagefind-ui.js';
  s.onload = function () {
    box.querySelector('.search-fallback').hidden = true;
    var ui = new window.PagefindUI({
      element: '#search-ui',
      bundlePath: bundle,
      baseUrl: box.getAttribute('data-base'),
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      translations: JSON.parse(box.getAttribute('data-translations') || '{}'),
    });
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) ui.triggerSearch(q);
  };
  document.head.appendChild(s);
})();
