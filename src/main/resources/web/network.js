// Network view: draws /api/network with Cytoscape; node click opens the dossier, edge click lists its evidence.
(function () {
  'use strict';
  const box = document.getElementById('cy');
  const actor = box.dataset.actor;
  const typeStyle = {
    PERSON: ['ellipse', '#2f6fb3'], ORGANIZATION: ['round-rectangle', '#b5532d'],
    COUNTRY: ['diamond', '#3a8a4f'], LOCATION: ['triangle', '#7a5aa6']
  };
  const kindColour = {
    ROLE: '#2f6fb3', MEMBER: '#6b7a99', PART_OF: '#8a8f9c', REPRESENTS: '#9c7a3a', BACKS: '#c0392b',
    SUPPORTS: '#3a8a4f', OPPOSES: '#d35400', ACCUSES: '#8e44ad', THREATENS: '#a12b2b', ASSOCIATE: '#7f8c8d'
  };

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
  }

  fetch('/api/network' + (actor ? '?actor=' + encodeURIComponent(actor) : ''))
    .then(res => res.json())
    .then(net => {
      const names = {};
      const elements = [];
      net.nodes.forEach(n => {
        names[n.id] = n.name;
        const style = typeStyle[n.type] || ['ellipse', '#999'];
        elements.push({ data: { id: 'n' + n.id, actorId: n.id, label: n.name, shape: style[0], colour: style[1],
          size: 20 + Math.min(40, Math.sqrt(n.mentions) * 6), focus: String(n.id) === actor ? 1 : 0 } });
      });
      net.edges.forEach((e, i) => {
        elements.push({ data: { id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target, kind: e.kind, role: e.role,
          colour: kindColour[e.kind] || '#999', width: 1 + Math.min(6, e.evidenceCount), evidence: e.evidence,
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
        layout: { name: 'cose', animate: false }
      });
      cy.on('tap', 'node', evt => { window.location.href = '/actors/' + encodeURIComponent(evt.target.data('actorId')); });
      cy.on('tap', 'edge', evt => showEvidence(evt.target, names));
    })
    .catch(err => { box.replaceChildren(el('p', 'Could not load the network: ' + err.message, 'error')); });
})();
