// Optional, for a page that embeds Atlas charts: gives each embed's iframe the exact height of its
// content, which the embed page reports with postMessage (/embed-resize.js). Without this script the
// iframe keeps the heights the snippet states, which already fit. Only messages from the origin this
// script was loaded from, and only from one of the page's iframes, are heeded.
(() => {
  var me = document.currentScript;
  if (!me || !window.URL) return;
  var origin = new URL(me.src, location.href).origin;
  addEventListener('message', (e) => {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'atlas-embed:height') return;
    var h = Math.ceil(Number(d.height));
    if (!(h > 0 && h < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = `${h}px`;
    }
  });
})();
