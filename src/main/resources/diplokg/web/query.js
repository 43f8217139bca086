// The page of one saved query: fetch its answer from the API (the same URL as the JSON link) and show it as a table.
'use strict';
(function () {
  const results = document.getElementById('results');
  const api = results.getAttribute('data-api');
  diplokg.json(api).then(answer => {
    results.replaceChildren(diplokg.table(answer));
  }).catch(error => {
    results.replaceChildren(diplokg.el('p', 'The query could not be answered: ' + error.message, { class: 'error' }));
  });
}());
