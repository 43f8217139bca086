// The home page's figures, drawn from the saved queries' JSON so that they show what the queries answer: the
// counts (overview), the partner network (partner-network), the timeline (partnership-timeline, events-between)
// and where events took place (events-by-place, drawn on world-atlas's shapes with d3-geo and topojson-client,
// served from /assets/vendor/). Each figure gets a text alternative in its <details>.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const { json, href, el, table, value } = diplokg;
  // Level ranks 1 (highest) to 6, then "no level named": dark to light, readable on white.
  const LEVEL_COLOURS = ['#7a0177', '#c51b8a', '#e7298a', '#dd6b20', '#2b8cbe', '#41ab5d', '#9aa4ad'];
  // A partner's circle: its code, 11 px bold (two capitals about 17 px by 13), fits inside with a little air.
  const MIN_RADIUS = 14;

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function fail(id, error) {
    document.getElementById(id).replaceChildren(el('p', 'Not available: ' + error.message, { class: 'error' }));
  }

  function alternative(id, answer) {
    document.getElementById(id + '-text').appendChild(table(answer, null, null, true));
  }

  const COUNTS = [['articles', 'Articles'], ['partners', 'Partners'], ['events', 'Events'], ['people', 'People']];

  function counts(answer) {
    const row = answer.results.bindings[0] || {};
    const list = document.getElementById('counts');
    COUNTS.forEach(([v, label]) => {
      const item = list.appendChild(el('div'));
      item.appendChild(el('dt', label));
      item.appendChild(el('dd', value(row, v) || '0', { 'data-count': v }));
    });
    const item = list.appendChild(el('div'));
    item.appendChild(el('dt', 'Period covered'));
    const period = item.appendChild(el('dd', null, { 'data-count': 'period' }));
    if (value(row, 'firstMonth')) {
      period.append(date(value(row, 'firstMonth')), ' – ', date(value(row, 'lastMonth')));
    } else {
      period.textContent = 'undated';
    }
    const changed = list.appendChild(el('div'));
    changed.appendChild(el('dt', 'Last change'));
    changed.appendChild(el('dd', null, { 'data-count': 'changed' }))
      .appendChild(date(value(row, 'lastChange').substring(0, 10) || 'never'));
  }

  /** A date kept on one line: a browser may break a line after a hyphen, which split 2026-12-06 into two. */
  function date(text) {
    return el('span', text, { class: 'date' });
  }

  function colour(rank) {
    const r = parseInt(rank, 10);
    return Number.isNaN(r) ? LEVEL_COLOURS[6] : LEVEL_COLOURS[Math.min(r, 6) - 1];
  }

  /** Partners on rings around the centre, one ring per level rank (highest inside), unranked outside. */
  function network(answer) {
    const rows = answer.results.bindings;
    const size = 640, centre = size / 2;
    const ranks = [...new Set(rows.map(r => value(r, 'rank') || 'none'))];
    const chart = svg('svg', { viewBox: '0 0 ' + size + ' ' + size, role: 'group',
      'aria-label': 'Partner network: Vietnam and ' + rows.length + ' partners' });
    // Sized by the happenings with Vietnam (jointEvents): events counts the partner's happenings with third states too.
    const joint = r => parseInt(value(r, 'jointEvents') || '0', 10);
    const maxEvents = Math.max(1, ...rows.map(joint));
    const positions = rows.map(row => {
      const ring = ranks.indexOf(value(row, 'rank') || 'none');
      const onRing = rows.filter(r => (value(r, 'rank') || 'none') === ranks[ring]);
      const i = onRing.indexOf(row);
      const radius = 90 + (ring + 1) * (centre - 130) / ranks.length;
      const angle = 2 * Math.PI * i / onRing.length + ring * 0.4 - Math.PI / 2;
      return [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)];
    });
    positions.forEach(([x, y]) => chart.appendChild(svg('line', { x1: centre, y1: centre, x2: x, y2: y,
      stroke: '#d8dde2' })));
    chart.appendChild(svg('circle', { cx: centre, cy: centre, r: 34, fill: '#da251d' }));
    chart.appendChild(svg('text', { x: centre, y: centre + 5, 'text-anchor': 'middle', fill: '#ffde00',
      'font-weight': 'bold', 'font-size': 13 }, 'Vietnam'));
    rows.forEach((row, i) => {
      const events = joint(row);
      const all = parseInt(value(row, 'events') || '0', 10);
      const name = value(row, 'name') || value(row, 'code');
      const level = value(row, 'levelLabel') || 'no level named';
      const label = name + ': ' + level + ', ' + events + (events === 1 ? ' event' : ' events') + ' with Vietnam'
        + (all > events ? ' (' + all + ' in all)' : '');
      const link = chart.appendChild(svg('a', { href: href(value(row, 'partner')) || '#', class: 'partner',
        'data-partner': value(row, 'partner'), 'aria-label': label }));
      link.appendChild(svg('title', {}, label));
      const [x, y] = positions[i];
      // The smallest circle still holds its two-letter code with air around it (at 9 the code's bold capitals
      // touched or crossed its edge); the largest stays 25, as the drawing's margin expects.
      const r = MIN_RADIUS + (25 - MIN_RADIUS) * Math.sqrt(events / maxEvents);
      link.appendChild(svg('circle', { cx: x, cy: y, r: r,
        fill: colour(value(row, 'rank')), stroke: '#fff', 'stroke-width': 1.5 }));
      link.appendChild(svg('text', { x: x, y: y + 4, 'text-anchor': 'middle', fill: '#fff', 'font-size': 11,
        'font-weight': 'bold' }, value(row, 'code')));
    });
    // The drawing's own box, not the square the rings would fill: with few partners, or few on the outer ring, the
    // square left a band of empty space above the circles (200 px at 1300 px wide).
    const margin = 40; // the largest partner circle (25) or Vietnam's (34), and a little air
    const xs = positions.map(p => p[0]).concat(centre), ys = positions.map(p => p[1]).concat(centre);
    const left = Math.min(...xs) - margin, top = Math.min(...ys) - margin;
    const width = Math.max(...xs) + margin - left;
    chart.setAttribute('viewBox', [left, top, width, Math.max(...ys) + margin - top].map(n => Math.round(n)).join(' '));
    // Drawn at most a quarter larger than its units: a narrow box stretched to the page's width grew its circles.
    chart.setAttribute('style', 'max-width:' + Math.round(width * 1.25) + 'px');
    const target = document.getElementById('network-chart');
    target.replaceChildren(chart);
    const legend = target.appendChild(el('ul', null, { class: 'legend' }));
    const seen = new Map();
    rows.forEach(r => seen.set(value(r, 'rank') || 'none', value(r, 'levelLabel') || 'no level named'));
    [...seen.entries()].forEach(([rank, label]) => {
      const item = legend.appendChild(el('li'));
      item.appendChild(el('span', null, { style: 'background:' + colour(rank), 'aria-hidden': 'true' }));
      item.appendChild(document.createTextNode(label));
    });
    alternative('network', answer);
  }

  /** Levels announced above a time axis, visits below; one mark per milestone, with its text as a title. */
  function timeline(levels, events) {
    const marks = levels.results.bindings.filter(r => value(r, 'milestone') === 'level established'
      && /^\d{4}/.test(value(r, 'when'))).map(r => ({ when: value(r, 'when'), above: true,
      text: value(r, 'when') + ' ' + (value(r, 'name') || '') + ': ' + diplokg.shortName(value(r, 'level')),
      link: href(value(r, 'partner')) }));
    events.results.bindings.filter(r => value(r, 'type') === 'visit' && /^\d{4}/.test(value(r, 'when')))
      .forEach(r => marks.push({ when: value(r, 'when'), above: false, link: href(value(r, 'event')),
        text: value(r, 'when') + ' visit: ' + value(r, 'participants') + (value(r, 'place') ? ' in '
          + value(r, 'place') : '') }));
    const target = document.getElementById('timeline-chart');
    if (marks.length === 0) {
      target.replaceChildren(el('p', 'No dated level announcement or visit yet.', { class: 'muted' }));
      return;
    }
    const time = w => { const p = w.split('-').map(Number); return p[0] + ((p[1] || 6.5) - 1) / 12; };
    const first = Math.floor(Math.min(...marks.map(m => time(m.when))));
    const last = Math.floor(Math.max(...marks.map(m => time(m.when)))) + 1;
    const width = 900, height = 220, axis = 110, left = 30, right = width - 30;
    const x = t => left + (right - left) * (t - first) / Math.max(1, last - first);
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'group',
      'aria-label': 'Timeline of ' + marks.length + ' level announcements and visits' });
    chart.appendChild(svg('line', { x1: left, y1: axis, x2: right, y2: axis, stroke: '#5b6670' }));
    const step = Math.max(1, Math.ceil((last - first) / 12));
    for (let year = first; year <= last; year += step) {
      chart.appendChild(svg('line', { x1: x(year), y1: axis - 4, x2: x(year), y2: axis + 4, stroke: '#5b6670' }));
      chart.appendChild(svg('text', { x: x(year), y: axis + 20, 'text-anchor': 'middle', 'font-size': 12 }, year));
    }
    const stacks = new Map();
    marks.forEach(m => {
      const key = (m.above ? 'a' : 'b') + Math.round(x(time(m.when)) / 12);
      const level = stacks.get(key) || 0;
      stacks.set(key, level + 1);
      const y = m.above ? axis - 14 - level * 13 : axis + 34 + level * 13;
      const link = chart.appendChild(svg('a', { href: m.link || '#', class: m.above ? 'level-mark' : 'visit-mark',
        'aria-label': m.text }));
      link.appendChild(svg('title', {}, m.text));
      link.appendChild(m.above
        ? svg('rect', { x: x(time(m.when)) - 5, y: y - 5, width: 10, height: 10, fill: '#c51b8a',
          transform: 'rotate(45 ' + x(time(m.when)) + ' ' + y + ')' })
        : svg('circle', { cx: x(time(m.when)), cy: y, r: 5, fill: '#0b5cad' }));
    });
    target.replaceChildren(chart);
    const legend = target.appendChild(el('ul', null, { class: 'legend' }));
    [['#c51b8a', 'partnership level announced'], ['#0b5cad', 'visit']].forEach(([c, t]) => {
      const item = legend.appendChild(el('li'));
      item.appendChild(el('span', null, { style: 'background:' + c, 'aria-hidden': 'true' }));
      item.appendChild(document.createTextNode(t));
    });
    const list = document.getElementById('timeline-text').appendChild(el('ol'));
    marks.sort((a, b) => a.when.localeCompare(b.when)).forEach(m => list.appendChild(el('li', m.text)));
  }

  // Events per state: light to dark blue, readable on white; states without events in light grey.
  const SHADES = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08306b'];
  const LAND = '#e3e7eb';
  const VIETNAM = '704';

  /** The rows of events-by-place summed per state (ISO numeric code), cities kept for the titles. */
  function byState(answer) {
    const states = new Map();
    answer.results.bindings.filter(r => value(r, 'numeric')).forEach(r => {
      const key = value(r, 'numeric');
      const entry = states.get(key) || { name: value(r, 'name') || value(r, 'code'), code: value(r, 'code'),
        state: value(r, 'state'), events: 0, cities: [] };
      entry.events += parseInt(value(r, 'events'), 10);
      entry.cities.push(value(r, 'place') + ' (' + value(r, 'events') + ')');
      states.set(key, entry);
    });
    return states;
  }

  /**
   * The step (0 to 4) of a state holding n of at most max events, on a logarithmic scale: Vietnam hosts most events,
   * and on a linear scale its count would leave every other state in the lightest shade.
   */
  function step(n, max) {
    return Math.min(SHADES.length - 1, Math.max(0, Math.ceil(SHADES.length * Math.log(n + 1) / Math.log(max + 1)) - 1));
  }

  /**
   * A world map of where events took place: each state shaded by the events held there, joined to the world-atlas
   * shapes on the ISO 3166-1 numeric code; Vietnam outlined in red; a state with events is a link to its page.
   * States too small to see get a dot as well. Only states: the ontology has no coordinates for cities.
   */
  function places(answer, world) {
    const states = byState(answer);
    const width = 960, height = 500;
    const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const max = Math.max(1, ...[...states.values()].map(s => s.events));
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'group', class: 'map',
      'aria-label': 'World map of the states where events took place: ' + states.size + ' states' });
    chart.appendChild(svg('path', { d: path({ type: 'Sphere' }), fill: '#f4f8fb', stroke: '#c9d3dc' }));
    chart.appendChild(svg('path', { d: path(d3.geoGraticule10()), fill: 'none', stroke: '#e1e8ee' }));
    const countries = topojson.feature(world, world.objects.countries).features.filter(f => f.id);
    countries.forEach(f => chart.appendChild(shape(path, f, states.get(f.id), max)));
    // Dots and Vietnam's outline are drawn last, over the neighbours' shapes and borders.
    countries.filter(f => states.has(f.id) && path.area(f) < 40).forEach(f => {
      const [x, y] = path.centroid(f), entry = states.get(f.id);
      const link = chart.appendChild(svg('a', { href: href(entry.state) || '#', class: 'state-dot',
        'aria-hidden': 'true', tabindex: -1 }));
      link.appendChild(svg('circle', { cx: x, cy: y, r: 4, fill: SHADES[step(entry.events, max)],
        stroke: '#1f2a33', 'stroke-width': 0.8 }));
    });
    const vietnam = countries.find(f => f.id === VIETNAM);
    if (vietnam) {
      chart.appendChild(svg('path', { d: path(vietnam), class: 'vietnam', fill: 'none', stroke: '#da251d',
        'stroke-width': 1, 'pointer-events': 'none' }));
      const [x, y] = path.centroid(vietnam);
      chart.appendChild(svg('text', { x: x + 12, y: y + 4, 'font-size': 12, 'font-weight': 'bold',
        fill: '#da251d', 'pointer-events': 'none' }, 'Vietnam'));
    }
    const target = document.getElementById('places-chart');
    target.replaceChildren(chart);
    legend(target, max);
    note(target, answer, states);
  }

  /** One state's shape: a shaded link to its page with a title when events took place there, grey otherwise. */
  function shape(path, feature, entry, max) {
    if (!entry) {
      const land = svg('path', { d: path(feature), class: 'land', fill: LAND, stroke: '#fff', 'stroke-width': 0.5,
        'data-numeric': feature.id });
      land.appendChild(svg('title', {}, feature.properties.name + ': no event held there'));
      return land;
    }
    const text = (entry.name || feature.properties.name) + ': ' + entry.events
      + (entry.events === 1 ? ' event' : ' events') + ' in ' + entry.cities.join(', ');
    const link = svg('a', { href: href(entry.state) || '#', class: 'state', 'data-state': entry.code,
      'data-numeric': feature.id, 'aria-label': text });
    link.appendChild(svg('title', {}, text));
    link.appendChild(svg('path', { d: path(feature), fill: SHADES[step(entry.events, max)], stroke: '#fff',
      'stroke-width': 0.5 }));
    return link;
  }

  /** Says what the map cannot show: events in places of no known state, or no event placed at all. */
  function note(target, answer, states) {
    const unknown = answer.results.bindings.filter(r => !value(r, 'numeric'))
      .reduce((sum, r) => sum + parseInt(value(r, 'events'), 10), 0);
    if (states.size === 0 || unknown > 0) {
      target.appendChild(el('p', (states.size === 0 ? 'No event has a place in a known state yet. ' : '')
        + (unknown > 0 ? unknown + (unknown === 1 ? ' event was' : ' events were')
          + ' held in places whose state is not known (see the text version).' : ''), { class: 'muted' }));
    }
  }

  /** The shades with the numbers of events they stand for, and Vietnam's outline. */
  function legend(target, max) {
    const list = target.appendChild(el('ul', null, { class: 'legend' }));
    const ranges = new Map();
    for (let n = 1; n <= max; n++) {
      const range = ranges.get(step(n, max)) || [n, n];
      ranges.set(step(n, max), [range[0], n]);
    }
    ranges.forEach(([low, high], i) => {
      const item = list.appendChild(el('li'));
      item.appendChild(el('span', null, { style: 'background:' + SHADES[i] + ';border-radius:0',
        'aria-hidden': 'true' }));
      item.appendChild(document.createTextNode((low === high ? low : low + '–' + high)
        + (high === 1 ? ' event' : ' events')));
    });
    const none = list.appendChild(el('li'));
    none.appendChild(el('span', null, { style: 'background:' + LAND + ';border-radius:0', 'aria-hidden': 'true' }));
    none.appendChild(document.createTextNode('no event'));
    const vn = list.appendChild(el('li'));
    vn.appendChild(el('span', null, { style: 'border:2px solid #da251d;border-radius:0', 'aria-hidden': 'true' }));
    vn.appendChild(document.createTextNode('Vietnam'));
  }

  json('/api/queries/overview').then(counts).catch(e => fail('counts', e));
  json('/api/queries/partner-network').then(network).catch(e => fail('network-chart', e));
  Promise.all([json('/api/queries/partnership-timeline'), json('/api/queries/events-between')])
    .then(([levels, events]) => timeline(levels, events)).catch(e => fail('timeline-chart', e));
  // The text version first: it needs only the answer, not the world's shapes.
  const eventsByPlace = json('/api/queries/events-by-place');
  // A failure of the answer is shown once, in place of the map, by the catch below.
  eventsByPlace.then(answer => alternative('places', answer), () => null);
  Promise.all([eventsByPlace, json('/assets/vendor/countries-50m.json')])
    .then(([answer, world]) => places(answer, world)).catch(e => fail('places-chart', e));
}());
