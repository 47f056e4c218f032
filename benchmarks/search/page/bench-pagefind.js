// Benchmark page script: one query through Pagefind's JS API, timed in the page; the data of
// the first 10 results is loaded, as lunr's worker loads the records of its first 10.
"use strict";
(function () {
  var pagefind = null;
  window.benchQuery = async function (q) {
    var t0 = performance.now();
    if (!pagefind) pagefind = await import("/pagefind/pagefind.js");
    var search = await pagefind.search(q);
    var data = await Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }));
    var url = data.length ? data[0].url : null;
    var result = { ms: performance.now() - t0, url: url, total: search.results.length };
    return { first: result, full: result };
  };
})();
