// Benchmark page script: one query through search-worker.js, timed in the page.
"use strict";
(function () {
  var worker = null;
  var id = 0;
  window.benchQuery = function (q, lang, titlesOnly) {
    var t0 = performance.now();
    if (!worker) worker = new Worker("/search/search-worker.js");
    var myId = ++id;
    var first = null;
    return new Promise(function (resolve, reject) {
      worker.onmessage = function (event) {
        var m = event.data;
        if (m.id !== myId) return;
        if (m.type === "error") return reject(new Error(m.message));
        var url = m.items.length ? m.items[0].url : null;
        if (!first) first = { ms: performance.now() - t0, url: url, total: m.total };
        if (m.final || titlesOnly) {
          resolve({ first: first, full: { ms: performance.now() - t0, url: url, total: m.total } });
        }
      };
      worker.postMessage({
        type: "query",
        id: myId,
        index: location.origin + "/search/" + lang + "/",
        q: q,
        filter: "",
        limit: 10,
        titlesOnly: !!titlesOnly,
      });
    });
  };
})();
