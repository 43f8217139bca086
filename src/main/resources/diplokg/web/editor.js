// The SPARQL editor: send the query to the endpoint by POST, as any SPARQL client does, and show the answer.
'use strict';
(function () {
  const form = document.getElementById('editor');
  const query = document.getElementById('query');
  const example = document.getElementById('example');
  const results = document.getElementById('results');
  const { el, table, prefixes } = diplokg;

  // The endpoint, like any SPARQL endpoint, knows no prefix a query does not declare: the known prefixes the query
  // uses and lacks are declared at its top before it runs, in the text area, so that what runs is what is shown.
  // The names are read as QueryPrologue reads them: outside PREFIX lines, comments and IRIs in angle brackets.
  function declareMissing(text) {
    const names = text.replace(/^\s*PREFIX\s.*$|#[^\n]*|<[^>\s]*>/gim, ' ');
    const declared = new Set(Array.from(text.matchAll(/^\s*PREFIX\s+([\w.-]*):/gim), m => m[1]));
    const missing = prefixes.filter(([prefix]) => !declared.has(prefix)
      && new RegExp('(^|[^\\w.:-])' + prefix.replace(/[.-]/g, '\\$&') + ':').test(names));
    return missing.length === 0 ? text
      : missing.sort().map(([prefix, namespace]) => 'PREFIX ' + prefix + ': <' + namespace + '>\n').join('') + text;
  }

  example.addEventListener('change', () => {
    const option = example.options[example.selectedIndex];
    query.value = option.getAttribute('data-query') || query.getAttribute('data-prologue');
  });

  async function run() {
    query.value = declareMissing(query.value);
    results.replaceChildren(el('p', 'Running…', { class: 'muted' }));
    const response = await fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: query.value })
    });
    const text = await response.text();
    if (!response.ok) {
      results.replaceChildren(el('pre', text.trim(), { class: 'error' }));
    } else if ((response.headers.get('Content-Type') || '').startsWith('application/sparql-results+json')) {
      results.replaceChildren(table(JSON.parse(text)));
    } else {
      results.replaceChildren(el('pre', text));
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    run().catch(error => results.replaceChildren(el('p', error.message, { class: 'error' })));
  });
  query.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}());
