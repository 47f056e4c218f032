/*
 * search-worker.js — Web Worker that loads the search index and answers queries off the main
 * thread. Started by search.js the first time a visitor focuses a search field.
 *
 * Files it loads, all relative to its own URL (the folder of data-search-base):
 *   lunr.min.js                 node_modules/lunr/lunr.min.js (2.3.9)
 *   lunr.stemmer.support.js     node_modules/lunr-languages/lunr.stemmer.support.js (1.22.0)
 *   lunr.de.js                  node_modules/lunr-languages/lunr.de.js
 *   search-core.js              plugins/search/static/search-core.js
 * and, per language, <index>manifest.json plus the shards it lists (written by indexer.py).
 *
 * Messages in:  {type: "query", id, index: absolute URL of the language folder ending in "/",
 *                q: text, filter: "" | content type, limit: number of records wanted,
 *                titlesOnly: optional, true to stop after the title index's answer}
 * Messages out: {type: "results", id, final: false|true, total, counts: {type: n},
 *   types: [[type, label], ...] (filter order),
 *                matching: number after the filter, items: [records of search-core.js]}
 *               first from the title index (final: false), then with the body text (final:
 *               true); {type: "error", id, message} when a file cannot be loaded.
 * A newer query makes the answers of older ones stop.
 */
/* global importScripts, SearchCore, lunr */
"use strict";

importScripts("lunr.min.js", "lunr.stemmer.support.js", "lunr.de.js", "search-core.js");

var core = SearchCore(lunr);
var searches = {}; // index URL -> promise of a core.Search
var latest = 0;

function fetchJson(url) {
  return fetch(url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error(response.status + " " + url);
    return response.json();
  });
}

function searchFor(indexUrl) {
  if (!searches[indexUrl]) {
    searches[indexUrl] = fetchJson(indexUrl + "manifest.json").then(
      function (manifest) {
        return new core.Search(manifest, function (name) {
          return fetchJson(indexUrl + name);
        });
      },
      function (error) {
        delete searches[indexUrl];
        throw error;
      }
    );
  }
  return searches[indexUrl];
}

function answer(search, message, result, final) {
  if (message.id !== latest) return null;
  var matches = message.filter
    ? result.matches.filter(function (match) {
        return match.type === message.filter;
      })
    : result.matches;
  return search.records(matches.slice(0, message.limit || 10), result.words).then(function (items) {
    if (message.id !== latest) return;
    self.postMessage({
      type: "results",
      id: message.id,
      final: final,
      total: result.matches.length,
      counts: result.counts,
      types: search.manifest.types || [],
      matching: matches.length,
      items: items,
    });
  });
}

function run(message) {
  searchFor(message.index)
    .then(function (search) {
      if (message.id !== latest) return null;
      return search
        .search(message.q, ["titles"])
        .then(function (result) {
          return answer(search, message, result, false);
        })
        .then(function () {
          if (message.id !== latest || message.titlesOnly) return null;
          return search.search(message.q, ["titles", "body"]).then(function (result) {
            return answer(search, message, result, true);
          });
        });
    })
    .catch(function (error) {
      self.postMessage({ type: "error", id: message.id, message: String(error) });
    });
}

self.onmessage = function (event) {
  var message = event.data;
  if (message && message.type === "query") {
    latest = message.id;
    run(message);
  }
};
