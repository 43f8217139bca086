// Shared by the pages: fetch JSON from the API and draw SPARQL JSON results as a table whose IRIs link to their
// pages. Values are set as text (textContent), never as markup, so nothing from the store can inject HTML.
'use strict';
window.diplokg = (function () {
  const ID = 'https://w3id.org/diplokg/id/';
  const ONTOLOGY = 'https://w3id.org/diplokg/ontology#';
  const PAGE_ROWS = 50;
  // The prefixes of the tables, which the server gives in this script's data-prefixes: [prefix, namespace] pairs.
  const PREFIXES = (function () {
    try {
      return Object.entries(JSON.parse((document.currentScript && document.currentScript.dataset.prefixes) || '{}'));
    } catch (e) {
      return [];
    }
  }());

  /** The JSON at url; an Error carrying the API's own message when the answer is not 2xx. */
  async function json(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: 'application/sparql-results+json, application/json' } }, options || {}));
    const text = await response.text();
    if (!response.ok) {
      let message = text;
      try { message = JSON.parse(text).error || text; } catch (e) { /* a plain-text error, Fuseki's */ }
      const error = new Error(message.trim() || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return JSON.parse(text);
  }

  /** The local page of an IRI of the graph, or null for other IRIs. */
  function href(iri) {
    if (iri.startsWith(ID)) { return '/id/' + iri.substring(ID.length); }
    if (iri.startsWith(ONTOLOGY)) { return '/ontology#' + iri.substring(ONTOLOGY.length); }
    return null;
  }

  /**
   * A short name as the server's pages and the command line's tables write it (state:VN, rel:FR-VN, dkg:Article):
   * under the longest namespace of the prefixes that the IRI extends; the IRI itself when none does.
   */
  function shortName(iri) {
    let best = null;
    PREFIXES.forEach(([prefix, namespace]) => {
      if (iri.startsWith(namespace) && iri.length > namespace.length && (!best || namespace.length > best[1].length)) {
        best = [prefix, namespace];
      }
    });
    return best ? best[0] + ':' + iri.substring(best[1].length) : iri;
  }

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  /**
   * A cell's content: a link for an IRI of the graph (its short form until named: see names), text otherwise; a date
   * kept on one line (a browser breaks a line after a hyphen: 2024-03-26 became "2024-" over "03-26").
   */
  function cell(term) {
    if (!term) { return document.createTextNode(''); }
    if (term.type === 'uri') {
      const target = href(term.value);
      return target ? el('a', shortName(term.value), { href: target, 'data-iri': term.value })
        : el('span', term.value);
    }
    if (term.value.includes('<em>')) { return marked(term.value, term['xml:lang']); }
    if (term['xml:lang']) { return el('span', term.value, { lang: term['xml:lang'] }); }
    const text = readableDate(term.value);
    return DATE.test(term.value) ? el('span', text, { class: 'date' }) : document.createTextNode(text);
  }

  /**
   * An ISO date of any precision diplokg writes (2024, 2024-11, 2024-11-13, --10-31), or a timestamp: the pattern of
   * the server's DateText.isDate, which keeps the dates of the tables it draws on one line as well.
   */
  const DATE = /^(\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?|--\d{2}-\d{2})$/;

  /** Names asked per request to /api/names (its limit is 50): keeps the URL short. */
  const NAMES_PER_REQUEST = 25;

  /**
   * Shows the links of the graph's IRIs under the container by the names the pages give them (/api/names: a label,
   * an event by its type, date and place), the short form staying in the link's title; a link already named, or
   * one the server cannot name, keeps its short form. A failure leaves the short forms: names are a help, not data.
   */
  function names(container) {
    const links = [...container.querySelectorAll('a[data-iri]:not([data-named])')];
    const iris = [...new Set(links.map(a => a.getAttribute('data-iri')))];
    for (let i = 0; i < iris.length; i += NAMES_PER_REQUEST) {
      const query = iris.slice(i, i + NAMES_PER_REQUEST).map(iri => 'iri=' + encodeURIComponent(iri)).join('&');
      json('/api/names?' + query).then(named => links.forEach(a => {
        const name = named[a.getAttribute('data-iri')];
        if (name && !a.hasAttribute('data-named')) {
          a.setAttribute('title', a.textContent);
          a.textContent = name;
          a.setAttribute('data-named', '');
        }
      })).catch(() => { /* the short forms stay */ });
    }
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** A day given without a year, ISO's --10-31, as the server's pages write it (knowledge.DateText): "31 Oct, no year". */
  function readableDate(text) {
    const day = /^--(\d{2})-(\d{2})$/.exec(text);
    const month = day ? Number(day[1]) : 0;
    return month >= 1 && month <= 12 ? Number(day[2]) + ' ' + MONTHS[month - 1] + ', no year' : text;
  }

  /**
   * Text whose matched words the saved query search wraps in <em> and </em> (its ?match column): the words in a
   * <mark>, the rest as text, so a reader sees the words highlighted, not the tags, and still nothing is parsed as
   * markup.
   */
  function marked(text, lang) {
    const span = el('span', null, lang ? { lang } : {});
    text.split(/(<em>.*?<\/em>)/s).forEach(part => {
      const words = /^<em>(.*)<\/em>$/s.exec(part);
      span.appendChild(words ? el('mark', words[1]) : document.createTextNode(part));
    });
    return span;
  }

  /**
   * A table of SPARQL JSON results, PAGE_ROWS rows at a time with a button for more. captions, when given, holds a
   * column's caption in words by variable (the server's); the variable then stays in the header's title. With
   * named, the graph's IRIs show by their names (see names): for pages read by people, not the SPARQL editor, whose
   * users copy the short forms into their queries.
   */
  function table(results, caption, captions, named) {
    const wrap = el('div', null, { class: 'table-wrap' });
    if (results.boolean !== undefined) {
      wrap.appendChild(el('p', 'Answer: ' + results.boolean));
      return wrap;
    }
    const vars = results.head.vars;
    const rows = results.results.bindings;
    const t = el('table');
    if (caption) { t.appendChild(el('caption', caption, { class: 'muted' })); }
    const head = el('tr');
    vars.forEach(v => head.appendChild(captions && captions[v]
      ? el('th', captions[v], { scope: 'col', title: v }) : el('th', v, { scope: 'col' })));
    t.appendChild(el('thead')).appendChild(head);
    const body = t.appendChild(el('tbody'));
    wrap.appendChild(el('p', rows.length + (rows.length === 1 ? ' row' : ' rows'), { class: 'muted row-count' }));
    wrap.appendChild(t);
    let shown = 0;
    const more = el('button', 'Show more rows', { type: 'button' });
    function showMore() {
      rows.slice(shown, shown + PAGE_ROWS).forEach(row => {
        const tr = el('tr');
        vars.forEach(v => tr.appendChild(el('td')).appendChild(cell(row[v])));
        body.appendChild(tr);
      });
      shown = Math.min(rows.length, shown + PAGE_ROWS);
      if (named) { names(body); }
      if (shown >= rows.length) { more.remove(); }
    }
    more.addEventListener('click', showMore);
    showMore();
    if (shown < rows.length) { wrap.appendChild(more); }
    return wrap;
  }

  /** The value of column v in a row, as text ('' when unbound). */
  function value(row, v) { return row[v] ? row[v].value : ''; }

  return { json, href, shortName, el, table, value, prefixes: PREFIXES };
}());
