/**
 * The web app's one script, served as /assets/app.js (kept as a string so that it ships inside dist/
 * with the code). Progressive enhancement only: every page works without it. It adds
 * - popovers on highlights in the article texts (hover, focus or click): the fact, the other outlets'
 *   wording, the quote's speaker, why wording was flagged — built by cloning elements the server
 *   rendered elsewhere on the page (the matrix row, the quote list), never from HTML strings;
 * - sorting of the fact × outlet matrix by clicking a column header;
 * - on "compare your own": a button adding article fields, and dropping files onto the file field.
 * It makes no network request and writes no HTML: untrusted text only ever moves as DOM nodes.
 */
export const APP_JS = String.raw`(function () {
  'use strict';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /* ---------- popovers on highlights ---------- */
  var pop = null, current = null, pinned = false, hideTimer = 0;

  function popover() {
    if (!pop) {
      pop = el('div', 'pop');
      pop.id = 'hl-pop';
      pop.setAttribute('role', 'tooltip');
      pop.hidden = true;
      pop.addEventListener('mouseover', function () { clearTimeout(hideTimer); });
      pop.addEventListener('mouseout', function () { if (!pinned) later(); });
      document.body.appendChild(pop);
    }
    return pop;
  }

  function factSection(fi, article) {
    var row = document.getElementById('fact-' + fi);
    if (!row) return null;
    var s = el('section');
    var head = el('h3');
    var status = row.querySelector('.status');
    if (status) head.appendChild(status.cloneNode(true));
    var text = row.querySelector('.fact-text');
    head.appendChild(document.createTextNode(text ? text.textContent : ''));
    s.appendChild(head);
    var others = el('ul');
    var items = row.querySelectorAll('.wording li');
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute('data-a') === article) continue;
      var copy = items[i].cloneNode(true);
      var links = copy.querySelectorAll('a.jump');
      for (var j = 0; j < links.length; j++) links[j].remove();
      others.appendChild(copy);
    }
    if (others.children.length) {
      s.appendChild(el('div', 'tag', 'Other outlets'));
      s.appendChild(others);
    }
    var notes = row.querySelectorAll('.conflict-note');
    for (var k = 0; k < notes.length; k++) s.appendChild(notes[k].cloneNode(true));
    var more = el('a', 'more', 'Show in the fact matrix');
    more.href = '#fact-' + fi;
    s.appendChild(more);
    return s;
  }

  function itemSection(id, tag) {
    var item = document.getElementById(id);
    if (!item) return null;
    var line = item.querySelector('.pl');
    var s = el('section');
    s.appendChild(el('div', 'tag', item.getAttribute('data-tag') || tag));
    s.appendChild(el('p', null, (line || item).textContent.replace(/\s+/g, ' ').trim()));
    return s;
  }

  function fill(target) {
    var p = popover();
    while (p.firstChild) p.removeChild(p.firstChild);
    var holder = target.closest('[data-article]');
    var article = holder ? holder.getAttribute('data-article') : null;
    var seen = {};
    var tokens = (target.getAttribute('data-m') || '').split(/\s+/);
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i], s = null;
      if (t.charAt(0) === 'f') {
        var fi = t.slice(1).split('.')[0];
        if (seen[fi]) continue;
        seen[fi] = true;
        s = factSection(fi, article);
      } else if (t.charAt(0) === 'q') s = itemSection('quote-' + t.slice(1), 'Quote');
      else if (t.charAt(0) === 'r') s = itemSection('frame-' + t.slice(1), 'Wording');
      if (s) p.appendChild(s);
    }
    return p.children.length > 0;
  }

  function place() {
    if (!current || !pop || pop.hidden) return;
    var rects = current.getClientRects();
    var r = rects.length ? rects[0] : current.getBoundingClientRect();
    var sx = window.scrollX, sy = window.scrollY;
    var width = document.documentElement.clientWidth;
    var left = Math.max(sx + 8, Math.min(sx + r.left, sx + width - pop.offsetWidth - 8));
    var top = sy + r.bottom + 6;
    if (r.bottom + pop.offsetHeight + 12 > window.innerHeight && r.top > pop.offsetHeight + 12) top = sy + r.top - pop.offsetHeight - 6;
    pop.style.left = left + 'px';
    pop.style.top = top + 'px';
  }

  function show(target, pin) {
    clearTimeout(hideTimer);
    if (current !== target) {
      hide();
      if (!fill(target)) return;
      current = target;
      current.classList.add('on');
      current.setAttribute('aria-describedby', 'hl-pop');
      pop.hidden = false;
    }
    pinned = pinned || !!pin;
    place();
  }

  function hide() {
    clearTimeout(hideTimer);
    if (current) {
      current.classList.remove('on');
      current.removeAttribute('aria-describedby');
    }
    current = null;
    pinned = false;
    if (pop) pop.hidden = true;
  }

  function later() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  document.addEventListener('mouseover', function (e) {
    var hl = e.target.closest && e.target.closest('.hl[data-m]');
    if (hl && !pinned) show(hl, false);
  });
  document.addEventListener('mouseout', function (e) {
    var hl = e.target.closest && e.target.closest('.hl[data-m]');
    if (hl && hl === current && !pinned) later();
  });
  document.addEventListener('focusin', function (e) {
    var hl = e.target.closest && e.target.closest('.hl[data-m]');
    if (hl) show(hl, false);
    else if (pop && !pop.contains(e.target) && !pinned) hide();
  });
  document.addEventListener('click', function (e) {
    var hl = e.target.closest && e.target.closest('.hl[data-m]');
    if (hl) {
      // The first click (or Enter) opens the popover; a second one follows the link to the fact.
      if (hl === current && pinned) { hide(); return; }
      e.preventDefault();
      show(hl, true);
      return;
    }
    if (pop && !pop.contains(e.target)) hide();
    else if (pop && e.target.closest('a')) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && current) {
      var back = current;
      hide();
      back.focus();
    }
  });
  window.addEventListener('resize', place);
  window.addEventListener('scroll', place, true);

  /* ---------- sortable matrix ---------- */
  function sortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute('data-i', String(i)); });
    Array.prototype.forEach.call(head.cells, function (th, col) {
      var kind = th.getAttribute('data-sort');
      if (!kind) return;
      var button = el('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
        if (th.getAttribute('aria-sort') === 'none') dir = kind === 'text' ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], kind), y = key(b.cells[col], kind);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return c * dir || Number(a.getAttribute('data-i')) - Number(b.getAttribute('data-i'));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(head.cells, function (other) { if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      });
    });
  }

  function key(cell, kind) {
    var v = cell ? cell.getAttribute('data-v') : null;
    if (kind === 'num') return Number(v || 0);
    return (v || (cell ? cell.textContent : '')).toLowerCase();
  }

  /* ---------- compare your own ---------- */
  function compareForm(form) {
    var add = form.querySelector('[data-add-article]');
    var list = form.querySelector('.pasted');
    if (add && list) {
      add.hidden = false;
      add.addEventListener('click', function () {
        var sets = list.querySelectorAll('fieldset');
        var last = sets[sets.length - 1];
        var copy = last.cloneNode(true);
        var n = sets.length + 1;
        copy.querySelector('legend').textContent = 'Article ' + n;
        var fields = copy.querySelectorAll('input, textarea');
        for (var i = 0; i < fields.length; i++) {
          var f = fields[i];
          f.value = '';
          var id = f.id.replace(/\d+$/, String(n));
          var label = copy.querySelector('label[for="' + f.id + '"]');
          if (label) label.htmlFor = id;
          f.id = id;
        }
        list.appendChild(copy);
        copy.querySelector('input, textarea').focus();
      });
    }
    var drop = form.querySelector('.drop');
    var input = drop && drop.querySelector('input[type=file]');
    if (!drop || !input) return;
    var names = drop.querySelector('ul') || drop.appendChild(el('ul'));
    function showNames() {
      while (names.firstChild) names.removeChild(names.firstChild);
      for (var i = 0; i < input.files.length; i++) names.appendChild(el('li', null, input.files[i].name));
    }
    input.addEventListener('change', showNames);
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        showNames();
      }
    });
  }

  function start() {
    var tables = document.querySelectorAll('table[data-sortable]');
    for (var i = 0; i < tables.length; i++) sortable(tables[i]);
    var form = document.querySelector('form.compare-form');
    if (form) compareForm(form);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
