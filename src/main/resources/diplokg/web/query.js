// The page of one saved query: fetch its answer from the API (the same URL as the download links) and show it, rows
// as a table, a graph as Turtle text.
'use strict';
(function () {
  const results = document.getElementById('results');
  const api = results.getAttribute('data-api');
  const show = results.getAttribute('data-form') === 'graph'
    ? fetch(api, { headers: { Accept: 'text/turtle' } }).then(async response => {
      const text = await response.text();
      if (!response.ok) { throw new Error(text); }
      return diplokg.el('pre', text);
    })
    : diplokg.json(api).then(answer => diplokg.table(answer, null,
      JSON.parse(results.getAttribute('data-captions') || '{}'), true));
  show.then(node => results.replaceChildren(node)).catch(error => {
    results.replaceChildren(diplokg.el('p', 'The query could not be answered: ' + error.message, { class: 'error' }));
  });
}());
