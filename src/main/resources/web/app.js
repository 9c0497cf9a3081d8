// Workbench behaviour: actor filter, corrections, claim verdicts and undo. Every POST carries the page's CSRF token.
(function () {
  'use strict';
  const token = document.querySelector('meta[name="csrf-token"]').content;

  async function post(url, body) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify(body || {})
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      throw new Error(data.details || data.title || ('request failed with status ' + res.status));
    }
    return data;
  }

  // The page's status line; pages without one get it at the top of their content, so every outcome is seen.
  function statusLine() {
    let el = document.getElementById('correction-status');
    if (!el) {
      const main = document.querySelector('main') || document.body;
      el = document.createElement('p');
      el.id = 'correction-status';
      el.className = 'status';
      el.setAttribute('aria-live', 'polite');
      main.insertBefore(el, main.firstChild);
    }
    return el;
  }

  // A message naming an actor's page ("/actors/12#corrections") gets that address as a link; text stays text.
  function status(text, failed) {
    const el = statusLine();
    el.textContent = '';
    String(text).split(/(\/actors\/\d+(?:#[a-z-]+)?)/).forEach((part, i) => {
      if (i % 2 === 1) {
        const a = document.createElement('a');
        a.href = part;
        a.textContent = part;
        el.appendChild(a);
      } else {
        el.appendChild(document.createTextNode(part));
      }
    });
    el.classList.toggle('refused', !!failed);
  }

  // What a correction did is said on the page it returns to (after the reload or on the survivor's page).
  const FLASH = 'dramatis.flash';
  const flash = window.sessionStorage.getItem(FLASH);
  if (flash) {
    window.sessionStorage.removeItem(FLASH);
    const el = statusLine();
    el.textContent = flash;
    el.classList.add('flash');
  }

  function run(url, body) {
    status('Saving…');
    post(url, body).then(data => {
      if (data.message) { window.sessionStorage.setItem(FLASH, data.message); }
      const here = document.getElementById('corrections');
      if (here && data.actorId != null && String(data.actorId) !== here.dataset.actorId) {
        window.location.assign('/actors/' + data.actorId);
      } else {
        window.location.reload();
      }
    }).catch(err => status(err.message, true));
  }

  // The actor filter works as a plain form (Enter); while typing, the table is refetched from the server, which
  // matches every spelling and keeps the sort order, and swapped in without reloading the page.
  const filter = document.getElementById('actor-filter');
  if (filter && filter.form) {
    let timer = null;
    let asked = 0;
    filter.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const params = new URLSearchParams(new FormData(filter.form));
        if (!params.get('filter')) { params.delete('filter'); }
        const url = '/?' + params.toString();
        const mine = ++asked;
        const res = await fetch(url);
        if (!res.ok || mine !== asked) { return; }
        const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').getElementById('actor-results');
        const old = document.getElementById('actor-results');
        if (fresh && old) {
          old.replaceWith(fresh);
          history.replaceState(null, '', url);
        }
      }, 250);
    });
  }

  const panel = document.getElementById('corrections');
  if (panel) {
    const self = Number(panel.dataset.actorId);
    // Every correction says which version of the actor it was made on; one changed meanwhile is refused (409).
    const versioned = body => Object.assign(body, { version: panel.dataset.version });
    const on = (id, fn) => { const el = document.getElementById(id); if (el) { el.addEventListener('click', fn); } };
    on('merge', () => {
      const other = document.getElementById('merge-with').value.trim();
      if (!other) { status('Type or pick the other actor\'s name.'); return; }
      // A name picked from the list ends in its id ("Sami Duri — location #12"); a typed name is looked up.
      const picked = /#(\d+)\s*$/.exec(other);
      run('/api/decisions/merge', versioned(picked ? { leftId: self, rightId: Number(picked[1]) } : { leftId: self, right: other }));
    });
    on('split', () => {
      const names = Array.from(panel.querySelectorAll('input[name="split"]:checked')).map(c => c.value);
      if (names.length === 0) { status('Tick the spellings to move.'); return; }
      run('/api/decisions/split', versioned({ actorId: self, names: names }));
    });
    on('rename', () => run('/api/decisions/rename', versioned({ actorId: self, newName: document.getElementById('new-name').value })));
    on('retype', () => run('/api/decisions/retype', versioned({ actorId: self, type: document.getElementById('new-type').value })));
    on('add-alias', () => {
      const alias = document.getElementById('new-alias').value.trim();
      if (alias === '') { status('Type the spelling to add.'); return; }
      run('/api/decisions/alias', versioned({ actorId: self, alias: alias }));
    });
  }

  document.querySelectorAll('button.reject').forEach(btn => btn.addEventListener('click', () => {
    const ids = btn.dataset.ids.split(',').filter(s => s !== '').map(Number);
    run('/api/claims/verdict', { table: btn.dataset.table, ids: ids, confirmed: false });
  }));

  document.querySelectorAll('button.accept').forEach(btn => btn.addEventListener('click', () => {
    const ids = btn.dataset.ids.split(',').filter(s => s !== '').map(Number);
    run('/api/claims/verdict', { table: btn.dataset.table, ids: ids, confirmed: true });
  }));

  document.querySelectorAll('button.undo').forEach(btn => btn.addEventListener('click', () => {
    run('/api/decisions/' + encodeURIComponent(btn.dataset.decisionId) + '/undo', {});
  }));

  document.querySelectorAll('button.restore').forEach(btn => btn.addEventListener('click', () => {
    const ids = btn.dataset.ids.split(',').filter(s => s !== '').map(Number);
    run('/api/claims/restore', { table: btn.dataset.table, ids: ids });
  }));
})();
