// Upload page: sends the chosen files to /api/ingest with XMLHttpRequest so the upload progress can be shown,
// then fills the per-file report table.
(function () {
  'use strict';
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const form = document.getElementById('ingest-form');
  const input = document.getElementById('ingest-files');
  const bar = document.getElementById('ingest-progress');
  const status = document.getElementById('ingest-status');
  const table = document.getElementById('ingest-report');

  function cell(text, cls) {
    const td = document.createElement('td');
    td.textContent = text === undefined || text === null ? '' : String(text);
    if (cls) { td.className = cls; }
    return td;
  }

  function report(rows) {
    const body = table.querySelector('tbody');
    body.replaceChildren();
    rows.forEach(r => {
      const tr = document.createElement('tr');
      tr.className = 'outcome-' + r.outcome;
      tr.appendChild(cell(r.name));
      tr.appendChild(cell(r.outcome, 'outcome'));
      tr.appendChild(cell(r.message));
      body.appendChild(tr);
    });
    table.hidden = false;
    const stored = rows.filter(r => r.outcome === 'stored').length;
    status.textContent = stored + ' of ' + rows.length + ' files stored.';
  }

  form.addEventListener('submit', evt => {
    evt.preventDefault();
    if (input.files.length === 0) { status.textContent = 'Choose at least one file.'; return; }
    const data = new FormData();
    Array.from(input.files).forEach(f => data.append('files', f, f.name));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.responseType = 'json';
    bar.hidden = false;
    bar.value = 0;
    status.textContent = 'Uploading…';
    xhr.upload.addEventListener('progress', e => {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        if (e.loaded === e.total) { status.textContent = 'Uploaded; analysing…'; }
      }
    });
    xhr.addEventListener('load', () => {
      bar.value = 100;
      if (xhr.status === 200 && Array.isArray(xhr.response)) {
        report(xhr.response);
      } else {
        const problem = xhr.response || {};
        status.textContent = problem.details || problem.title || ('Upload failed with status ' + xhr.status);
      }
    });
    xhr.addEventListener('error', () => { status.textContent = 'Upload failed: the server could not be reached.'; });
    xhr.send(data);
  });
})();
