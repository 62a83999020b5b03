// Figures explorer and sortable tables, an optional enhancement: without it every row is already on
// the page. It shows the filter form of /angka/ (words, topic, year, province; kept in the address so
// a filtered view can be shared) and turns the headers of every table.sortable into sort buttons.
// No inline styles or code: it only sets `hidden`, `open`, aria-sort and the order of existing rows.
(() => {
  var doc = document;
  var each = (list, f) => { Array.prototype.forEach.call(list, f); };
  var norm = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  var form = doc.getElementById('explorer');
  if (form) {
    const rows = doc.querySelectorAll('tr[data-topic]');
    // Row texts are read on the first search by words, not at load: the page must stay quick to
    // become usable on a slow phone (Lighthouse counted the load-time work as blocking time).
    let text = null;
    const texts = () => {
      if (!text) { text = []; each(rows, (r, i) => { text[i] = norm(r.textContent); }); }
      return text;
    };
    const names = ['q', 'topic', 'year', 'region'];
    const params = new URLSearchParams(location.search);
    names.forEach((n) => { if (params.get(n)) form.elements[n].value = params.get(n); });
    const apply = () => {
      var v = {};
      names.forEach((n) => { v[n] = form.elements[n].value; });
      var words = norm(v.q).split(/\s+/).filter(Boolean);
      var t = words.length ? texts() : null;
      var shown = 0;
      each(rows, (r, i) => {
        var d = r.dataset;
        var ok = (!v.topic || d.topic === v.topic) && (!v.year || d.year === v.year) && (!v.region || d.region === v.region) &&
          words.every((w) => t[i].indexOf(w) >= 0);
        if (r.hidden === ok) r.hidden = !ok; // only rows that change: each write restyles the table
        if (ok) shown++;
      });
      var filtering = names.some((n) => v[n]);
      each(doc.querySelectorAll('section[data-topic]'), (s) => {
        var has = !!s.querySelector('tr[data-topic]:not([hidden])');
        var d = s.querySelector('details');
        s.hidden = !has;
        // Matches are shown open; without filters, the disclosures return to how the page came.
        if (d) d.open = filtering ? has : d.hasAttribute('data-open');
      });
      openTarget();
      doc.getElementById('explorer-count').textContent = form.getAttribute('data-count').replace('{n}', shown);
      var q = new URLSearchParams();
      names.forEach((n) => { if (v[n]) q.set(n, v[n]); });
      history.replaceState(null, '', (q.toString() ? `?${q}` : location.pathname) + location.hash);
    };
    // A topic named in the address (#topic-…, from the list of topics) opens.
    const openTarget = () => {
      var s = doc.getElementById(decodeURIComponent(location.hash.slice(1)));
      var d = s?.matches('section[data-topic]') && s.querySelector('details');
      if (d) d.open = true;
    };
    addEventListener('hashchange', openTarget);
    form.addEventListener('input', apply);
    form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
    form.addEventListener('reset', () => { setTimeout(apply); });
    form.hidden = false;
    // Filters given in the address apply at once; without any, every row is shown as it is.
    if (names.some((n) => params.get(n))) apply();
    else {
      doc.getElementById('explorer-count').textContent = form.getAttribute('data-count').replace('{n}', rows.length);
      openTarget();
    }
  }

  var key = (cell) => {
    const k = cell.getAttribute('data-sort');
    if (k === null) return norm(cell.textContent.trim());
    return k !== '' && !Number.isNaN(Number(k)) ? Number(k) : k;
  };
  var sortable = (table) => {
    const heads = table.querySelectorAll('thead th');
    each(heads, (th, col) => {
      var b = doc.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener('click', () => {
        var up = th.getAttribute('aria-sort') !== 'ascending';
        each(heads, (h) => { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.rows);
        list.sort((a, c) => {
          var x = key(a.cells[col]), y = key(c.cells[col]);
          return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
        });
        list.forEach((r) => { body.appendChild(r); });
      });
    });
  };
  // Tables in a closed disclosure get their buttons when it opens: doing all 110 tables of /angka/ at
  // load was a 120 ms task on a throttled phone.
  var done = new WeakSet();
  var ready = (root) => {
    each(root.querySelectorAll('table.sortable'), (table) => {
      var d = table.closest('details');
      if (!done.has(table) && !(d && !d.open)) { done.add(table); sortable(table); }
    });
  };
  ready(doc);
  doc.addEventListener('toggle', (e) => { if (e.target.open) ready(e.target); }, true);
})();
