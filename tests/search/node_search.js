// Test harness: runs queries against search files on disk with lunr.js + lunr-languages and
// search-core.js, exactly as the Web Worker does, and prints JSON results.
// usage: node node_search.js SEARCH_DIR QUERIES_JSON [kinds=titles,body]
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "../..");
const lunr = require(path.join(root, "node_modules/lunr"));
require(path.join(root, "node_modules/lunr-languages/lunr.stemmer.support.js"))(lunr);
require(path.join(root, "node_modules/lunr-languages/lunr.de.js"))(lunr);
const core = require(path.join(root, "plugins/search/static/search-core.js"))(lunr);

const [dir, queriesFile, kindsArg] = process.argv.slice(2);
const kinds = (kindsArg || "titles,body").split(",");
const fetched = [];
function fetchJson(name) {
  fetched.push(name);
  return Promise.resolve(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
}

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  const search = new core.Search(manifest, fetchJson);
  const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
  const out = [];
  for (const q of queries) {
    fetched.length = 0;
    const result = await search.search(q, kinds);
    const top = result.matches.slice(0, Number(process.env.TOP || 5));
    const records = await search.records(top, result.words);
    out.push({
      query: q,
      words: result.words,
      counts: result.counts,
      total: result.matches.length,
      results: records.map((r, i) => ({
        url: r.url,
        type: r.type,
        score: top[i].score,
        title: r.title,
        snippet: r.snippet,
      })),
      fetched: fetched.slice(),
    });
  }
  process.stdout.write(JSON.stringify(out));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
