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

  const filter = document.getElementById('actor-filter');
  if (filter) {
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLowerCase();
      document.querySelectorAll('#actor-table tbody tr').forEach(tr => {
        tr.hidden = q !== '' && !tr.dataset.name.toLowerCase().includes(q);
      });
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
