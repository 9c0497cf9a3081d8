// Timeline view: draws /api/events with d3 (x = date, one lane per event type), filters by actor, type and place,
// shows an event's reports on click and lists undated events below the chart.
(function () {
  'use strict';
  const chart = document.getElementById('timeline-chart');
  const filters = { actor: document.getElementById('f-actor'), type: document.getElementById('f-type'),
    place: document.getElementById('f-place') };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  // "2021", "2021-05" and "2021-05-03" all become a day: the first of the year or month.
  function parseDate(iso) {
    if (!iso) { return null; }
    const p = iso.split('-').map(Number);
    return new Date(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1));
  }

  function label(ev) {
    return (ev.date || 'undated') + ' · ' + ev.type.toLowerCase() + (ev.summary ? ' · ' + ev.summary : '');
  }

  function reportList(ev) {
    const list = el('ul', null, 'evidence');
    ev.evidence.forEach(r => {
      const li = el('li');
      li.appendChild(el('q', r.sentence));
      li.appendChild(document.createTextNode(' — ' + (r.outlet || r.documentName) + (r.published ? ', ' + r.published : '') + ', '));
      const a = el('a', r.title || r.documentName);
      a.href = '/documents/' + encodeURIComponent(r.documentId) + '#s' + encodeURIComponent(r.sentenceIndex);
      li.appendChild(a);
      if (r.modality && r.modality !== 'ASSERTED') { li.appendChild(el('span', ' ' + r.modality.toLowerCase(), 'modality')); }
      list.appendChild(li);
    });
    return list;
  }

  function showReports(ev) {
    const out = document.getElementById('event-reports');
    out.replaceChildren();
    out.appendChild(el('h2', label(ev)));
    const who = el('p', null, 'participants');
    ev.participants.forEach((p, i) => {
      if (i > 0) { who.appendChild(document.createTextNode(', ')); }
      const a = el('a', p.name, 'actor type-' + p.type);
      a.href = '/actors/' + encodeURIComponent(p.actorId);
      who.appendChild(a);
      if (p.role) { who.appendChild(el('span', ' ' + p.role, 'role')); }
    });
    if (ev.place) { who.appendChild(el('span', ' in ' + ev.place, 'place')); }
    out.appendChild(who);
    out.appendChild(reportList(ev));
  }

  function matches(ev) {
    const actor = filters.actor.value;
    const type = filters.type.value;
    const place = filters.place.value.toLowerCase();
    return (!actor || ev.participants.some(p => String(p.actorId) === actor)) && (!type || ev.type === type)
      && (!place || (ev.place || '').toLowerCase() === place);
  }

  function draw(all) {
    const events = all.filter(matches);
    const dated = events.filter(e => parseDate(e.date));
    const undated = events.filter(e => !parseDate(e.date));
    chart.replaceChildren();
    const types = Array.from(new Set(all.map(e => e.type))).sort();
    const margin = { top: 10, right: 40, bottom: 30, left: 110 };
    const width = Math.max(400, chart.clientWidth || 800);
    const height = margin.top + margin.bottom + Math.max(3, types.length) * 40;
    const svg = d3.select(chart).append('svg').attr('width', width).attr('height', height)
      .attr('role', 'img').attr('aria-label', dated.length + ' dated events');
    const dates = dated.map(e => parseDate(e.date));
    let domain = d3.extent(dates.length ? dates : [new Date()]);
    if (+domain[0] === +domain[1]) {
      domain = [d3.utcMonth.offset(domain[0], -6), d3.utcMonth.offset(domain[1], 6)];
    }
    const x = d3.scaleUtc().domain(domain).nice().range([margin.left, width - margin.right]);
    const y = d3.scaleBand().domain(types).range([margin.top, height - margin.bottom]).padding(0.3);
    svg.append('g').attr('transform', 'translate(0,' + (height - margin.bottom) + ')').call(d3.axisBottom(x).ticks(8));
    svg.append('g').attr('transform', 'translate(' + margin.left + ',0)')
      .call(d3.axisLeft(y).tickFormat(t => t.toLowerCase()));
    svg.append('g').selectAll('circle').data(dated).join('circle')
      // The colour comes from style.css (one per type, shared with the legend the page prints).
      .attr('class', d => 'event-dot etype-' + d.type)
      .attr('data-key', d => d.key)
      .attr('cx', d => x(parseDate(d.date)))
      .attr('cy', d => y(d.type) + y.bandwidth() / 2)
      .attr('r', d => 5 + Math.min(6, d.evidence.length))
      .attr('tabindex', 0)
      .on('click', (evt, d) => showReports(d))
      .on('keydown', (evt, d) => { if (evt.key === 'Enter') { showReports(d); } })
      .append('title').text(label);
    if (dated.length === 0) {
      chart.appendChild(el('p', 'No dated events match these filters.', 'muted'));
    }
    const list = document.getElementById('undated');
    list.replaceChildren();
    undated.forEach(ev => {
      const li = el('li', null, 'event');
      const head = el('div', null, 'claim');
      head.appendChild(el('span', ev.type.toLowerCase(), 'etype'));
      head.appendChild(document.createTextNode(' ' + (ev.summary || '') + (ev.place ? ' in ' + ev.place : '')));
      li.appendChild(head);
      li.appendChild(reportList(ev));
      list.appendChild(li);
    });
    if (undated.length === 0) { list.appendChild(el('li', 'None.', 'muted')); }
    chart.dataset.shown = String(dated.length);
  }

  // /api/events is paged and the chart needs every event: read pages until one comes back short.
  // 10000 is the API's largest page (ApiRoutes.MAX_LIST_LIMIT).
  async function fetchAll(path, pageSize) {
    const all = [];
    for (let offset = 0; ; offset += pageSize) {
      const res = await fetch(path + '?offset=' + offset + '&limit=' + pageSize);
      const page = await res.json().catch(() => ({}));
      if (!res.ok || !Array.isArray(page)) {
        throw new Error(page.details || ('request failed with status ' + res.status));
      }
      page.forEach(item => all.push(item));
      if (page.length < pageSize) { return all; }
    }
  }
  // Exposed so the browser test can page with a small page size, which the corpus could not otherwise reach.
  window.dramatisTimeline = { fetchAll: fetchAll };

  fetchAll('/api/events', 10000)
    .then(all => {
      const redraw = () => {
        const params = new URLSearchParams();
        Object.keys(filters).forEach(k => { if (filters[k].value) { params.set(k, filters[k].value); } });
        history.replaceState(null, '', '/timeline' + (params.toString() ? '?' + params : ''));
        draw(all);
      };
      const query = new URLSearchParams(window.location.search);
      ['type', 'place'].forEach(k => { if (query.get(k)) { filters[k].value = query.get(k); } });
      Object.values(filters).forEach(f => f.addEventListener('change', redraw));
      draw(all);
      window.addEventListener('resize', () => draw(all));
    })
    .catch(err => { chart.replaceChildren(el('p', 'Could not load the events: ' + err.message, 'error')); });
})();
