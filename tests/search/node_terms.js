// Test harness: prints the index terms lunr.js + lunr-languages + search-core.js make of tokens.
// usage: node node_terms.js LABELS_JSON TOKENS_JSON_FILE  -> JSON list of terms ("" = dropped)
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "../..");
const lunr = require(path.join(root, "node_modules/lunr"));
require(path.join(root, "node_modules/lunr-languages/lunr.stemmer.support.js"))(lunr);
require(path.join(root, "node_modules/lunr-languages/lunr.de.js"))(lunr);
require(path.join(root, "plugins/search/static/search-core.js"))(lunr);

const pipeline = lunr.Pipeline.load(JSON.parse(process.argv[2]));
const tokens = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const terms = tokens.map((token) => {
  const out = pipeline.run([new lunr.Token(token)]);
  return out.length ? out[0].toString() : "";
});
process.stdout.write(JSON.stringify(terms));
