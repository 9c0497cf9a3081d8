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

  // Progress goes to the page's status line; only failures interrupt with an alert on pages without one.
  function status(text, failed) {
    const el = document.getElementById('correction-status');
    if (el) { el.textContent = text; } else if (text && failed) { window.alert(text); }
  }

  function run(url, body) {
    status('Saving…');
    post(url, body).then(() => window.location.reload()).catch(err => status(err.message, true));
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
    const name = panel.dataset.actorName;
    const on = (id, fn) => { const el = document.getElementById(id); if (el) { el.addEventListener('click', fn); } };
    on('merge', () => {
      const other = document.getElementById('merge-with').value.trim();
      if (!other) { status('Type or pick the other actor\'s name.'); return; }
      run('/api/decisions/merge', { left: name, right: other });
    });
    on('split', () => {
      const names = Array.from(panel.querySelectorAll('input[name="split"]:checked')).map(c => c.value);
      if (names.length === 0) { status('Tick the spellings to move.'); return; }
      run('/api/decisions/split', { actorId: Number(panel.dataset.actorId), names: names });
    });
    on('rename', () => run('/api/decisions/rename', { name: name, newName: document.getElementById('new-name').value }));
    on('retype', () => run('/api/decisions/retype', { name: name, type: document.getElementById('new-type').value }));
    on('add-alias', () => {
      const alias = document.getElementById('new-alias').value.trim();
      if (alias === '') { status('Type the spelling to add.'); return; }
      run('/api/decisions/alias', { name: name, alias: alias });
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
})();
