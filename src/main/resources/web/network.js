// Network view: draws /api/network with Cytoscape; node click opens the dossier, edge click lists its evidence.
// Filters by relation kind and by an "as of" date run here in the browser on the loaded data.
(function () {
  'use strict';
  const box = document.getElementById('cy');
  const actor = box.dataset.actor;
  const typeStyle = {
    PERSON: ['ellipse', '#2f6fb3'], ORGANIZATION: ['round-rectangle', '#b5532d'],
    COUNTRY: ['diamond', '#3a8a4f'], LOCATION: ['triangle', '#7a5aa6']
  };
  // Each relation kind's words and colour, from the server's data file (dramatis/fact-kinds.tsv).
  const kindStyle = JSON.parse(box.dataset.kinds || '{}');
  const kindColour = kind => (kindStyle[kind] && kindStyle[kind].colour) || '#999';
  const kindWords = kind => (kindStyle[kind] && kindStyle[kind].words) || kind.toLowerCase().replace('_', ' ');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function showEvidence(edge, names) {
    const out = document.getElementById('edge-evidence');
    out.replaceChildren();
    const d = edge.data();
    out.appendChild(el('h2', names[d.source] + ' — ' + d.kind.toLowerCase() + (d.role ? ' (' + d.role + ')' : '')
      + ' — ' + names[d.target]));
    const list = el('ul', null, 'evidence');
    d.evidence.forEach(ev => {
      const li = el('li');
      li.appendChild(el('q', ev.sentence));
      li.appendChild(document.createTextNode(' — ' + (ev.outlet || ev.documentName) + (ev.published ? ', ' + ev.published : '') + ', '));
      const a = el('a', ev.title || ev.documentName);
      a.href = '/documents/' + encodeURIComponent(ev.documentId) + '#s' + encodeURIComponent(ev.sentenceIndex);
      li.appendChild(a);
      list.appendChild(li);
    });
    out.appendChild(list);
    // The network carries the first few pieces of evidence per edge; the subject's evidence page has them all.
    if (d.evidenceCount > d.evidence.length) {
      const more = el('a', 'show all ' + d.evidenceCount, 'more-evidence');
      more.href = '/actors/' + encodeURIComponent(d.subjectId) + '/evidence?fact=' + encodeURIComponent(d.factKey);
      out.appendChild(el('p')).appendChild(more);
    }
  }

  // Same rule as the store's validOn: a partial date covers its whole year or month.
  function validOn(start, end, date) {
    const startOk = !start || start <= date || date.startsWith(start);
    const endOk = !end || end >= date || date.startsWith(end);
    return startOk && endOk;
  }

  function monthOf(step) {
    const y = Math.floor(step / 12);
    const m = step % 12 + 1;
    return y + '-' + (m < 10 ? '0' : '') + m;
  }

  // What each shape and colour means, from the same tables that style the graph; edge colours only for the kinds shown.
  function drawLegend(nodes, edges) {
    const box = document.getElementById('network-legend');
    if (!box) { return; }
    const svgNs = 'http://www.w3.org/2000/svg';
    const shapes = {
      'ellipse': '<circle cx="8" cy="8" r="7"/>', 'round-rectangle': '<rect x="1" y="3" width="14" height="10" rx="3"/>',
      'diamond': '<polygon points="8,0 16,8 8,16 0,8"/>', 'triangle': '<polygon points="8,1 15,15 1,15"/>'
    };
    const types = el('ul', null, 'legend-types');
    Object.keys(typeStyle).forEach(type => {
      const li = el('li');
      li.dataset.type = type;
      const svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('width', '16');
      svg.setAttribute('height', '16');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('fill', typeStyle[type][1]);
      svg.innerHTML = shapes[typeStyle[type][0]];
      li.appendChild(svg);
      li.appendChild(document.createTextNode(' ' + type.charAt(0) + type.slice(1).toLowerCase()));
      types.appendChild(li);
    });
    const kinds = el('ul', null, 'legend-kinds');
    Array.from(new Set(edges.map(e => e.kind))).sort().forEach(kind => {
      const li = el('li');
      li.dataset.kind = kind;
      const line = el('span', null, 'swatch-line');
      line.style.borderTopColor = kindColour(kind);
      li.appendChild(line);
      li.appendChild(document.createTextNode(' ' + kindWords(kind)));
      kinds.appendChild(li);
    });
    types.prepend(el('li', 'Actors (size: mentions):', 'muted'));
    kinds.prepend(el('li', 'Relations (arrow: subject to object; width: evidence):', 'muted'));
    box.replaceChildren(types, kinds);
  }

  // Points the export links at the view as filtered: the actor, the relation kinds ticked and the "as of" month.
  function updateExportLinks(shown, asOf) {
    document.querySelectorAll('#network-export a[data-format]').forEach(a => {
      const params = new URLSearchParams();
      params.set('format', a.dataset.format);
      if (actor) { params.set('actor', actor); }
      Array.from(shown).sort().forEach(k => params.append('kind', k));
      if (asOf) { params.set('asOf', asOf); }
      a.href = '/api/export?' + params.toString();
    });
    // With no relation ticked there is nothing to export; an empty kind list would mean "every kind" to the server.
    const links = document.getElementById('network-export');
    if (links) { links.hidden = shown.size === 0; }
  }

  function setUpFilters(cy, edges) {
    const kinds = Array.from(new Set(edges.map(e => e.kind))).sort();
    const box = document.getElementById('kind-filter');
    kinds.forEach(kind => {
      const label = el('label', null, 'check');
      const input = el('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = kind;
      input.name = 'kind';
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + kindWords(kind)));
      label.style.borderLeft = '4px solid ' + kindColour(kind);
      box.appendChild(label);
    });
    const years = [];
    edges.forEach(e => [e.start, e.end].forEach(d => { if (d) { years.push(Number(d.substring(0, 4))); } }));
    const on = document.getElementById('asof-on');
    const slider = document.getElementById('asof');
    const label = document.getElementById('asof-label');
    const now = new Date();
    const first = years.length ? Math.min.apply(null, years) - 1 : now.getFullYear() - 10;
    const last = Math.max(years.length ? Math.max.apply(null, years) + 1 : now.getFullYear(), now.getFullYear());
    slider.min = String(first * 12);
    slider.max = String(last * 12 + 11);
    slider.value = String(now.getFullYear() * 12 + now.getMonth());
    function apply() {
      const shown = new Set(Array.from(box.querySelectorAll('input[name="kind"]:checked')).map(i => i.value));
      slider.disabled = !on.checked;
      const date = monthOf(Number(slider.value));
      label.textContent = on.checked ? date : 'all dates';
      cy.batch(() => cy.edges().forEach(edge => {
        const d = edge.data();
        const visible = shown.has(d.kind) && (!on.checked || validOn(d.start, d.end, date));
        edge.style('display', visible ? 'element' : 'none');
      }));
      updateExportLinks(shown, on.checked ? date : null);
      document.getElementById('cy').dataset.visibleEdges = String(cy.edges().filter(e => e.style('display') !== 'none').length);
    }
    box.addEventListener('change', apply);
    on.addEventListener('change', apply);
    slider.addEventListener('input', apply);
    apply();
  }

  fetch('/api/network' + (actor ? '?actor=' + encodeURIComponent(actor) : ''))
    .then(res => res.json())
    .then(net => {
      const names = {};
      const elements = [];
      net.nodes.forEach(n => {
        // Keyed like the edges' source and target (the Cytoscape node id), not by the bare actor id.
        names['n' + n.id] = n.name;
        const style = typeStyle[n.type] || ['ellipse', '#999'];
        elements.push({ data: { id: 'n' + n.id, actorId: n.id, label: n.name, shape: style[0], colour: style[1],
          size: 20 + Math.min(40, Math.sqrt(n.mentions) * 6), focus: String(n.id) === actor ? 1 : 0 } });
      });
      net.edges.forEach((e, i) => {
        elements.push({ data: { id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target, kind: e.kind, role: e.role,
          start: e.start, end: e.end,
          colour: kindColour(e.kind), width: 1 + Math.min(6, e.evidenceCount), evidence: e.evidence,
          evidenceCount: e.evidenceCount, factKey: e.id, subjectId: e.source,
          label: e.kind.toLowerCase() } });
      });
      const cy = cytoscape({
        container: box,
        elements: elements,
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'shape': 'data(shape)', 'background-color': 'data(colour)',
            'width': 'data(size)', 'height': 'data(size)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3 } },
          { selector: 'node[focus = 1]', style: { 'border-width': 3, 'border-color': '#1d2330' } },
          { selector: 'edge', style: { 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'width': 'data(width)', 'label': 'data(label)',
            'font-size': 8, 'color': '#667085', 'text-rotation': 'autorotate' } },
          { selector: ':selected', style: { 'overlay-opacity': 0.15 } }
        ],
        layout: { name: 'cose', animate: false },
        // Small ego networks would otherwise be zoomed until a node fills the canvas.
        maxZoom: 1.6
      });
      cy.on('tap', 'node', evt => { window.location.href = '/actors/' + encodeURIComponent(evt.target.data('actorId')); });
      cy.on('tap', 'edge', evt => showEvidence(evt.target, names));
      drawLegend(net.nodes, net.edges);
      setUpFilters(cy, net.edges);
      window.dramatisNetwork = cy;
    })
    .catch(err => { box.replaceChildren(el('p', 'Could not load the network: ' + err.message, 'error')); });
})();
