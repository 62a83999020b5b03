// Loaded by embed pages only: tells the host page how tall the embed's content is, so the host's
// optional /embed.js can size the iframe exactly. Reading the chart needs none of this.
(() => {
  if (window.parent === window || !window.postMessage) return;
  function send() {
    var h = document.body.getBoundingClientRect().height;
    window.parent.postMessage({ type: 'atlas-embed:height', height: Math.ceil(h) }, '*');
  }
  addEventListener('load', send);
  addEventListener('resize', send);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
})();
