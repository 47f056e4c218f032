/*
 * search-core.js — the query side of the site's search, shared by the Web Worker
 * (search-worker.js, via importScripts) and the Node tests (via require).
 *
 * It reads the files written by plugins/search/indexer.py:
 *   manifest.json        pipeline labels, fields, shard tables, (type, section) id ranges
 *   titles/*.json        term shards of the title index (title, keywords, compound parts)
 *   body/*.json          term shards of the body index (summary, body, compound parts)
 *   docs/*.json          [url, title, snippet] per document, DOCS_PER_CHUNK per file
 * A shard holds [[term, postings of field 0, field 1, ...], ...] with postings
 * [doc id delta, weight * 1000, ...]. Only the shards that hold a query's terms are fetched;
 * they are turned back into lunr's serialized form and loaded with lunr.Index.load, which
 * scores exactly like the whole index (lunr divides by the query vector's magnitude only).
 *
 * Needs lunr 2.3.9, lunr-languages' lunr.stemmer.support.js and lunr.de.js (>= 1.17) loaded
 * first. Registers "umlaut-de", the twin of normalise_umlauts() in plugins/search/analysis.py.
 * No eval, no DOM, no network besides the fetchJson function it is given.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory;
  } else {
    root.SearchCore = factory;
  }
})(typeof self !== "undefined" ? self : this, function (lunr) {
  "use strict";

  var UMLAUT_PAIR = /([^aeiouyäöüq]|^)([aou])e/g;
  var UMLAUTS = { a: "ä", o: "ö", u: "ü" };
  var FOLD = { "ä": "a", "ö": "o", "ü": "u", "ß": "ss" };
  var MAX_PREFIX_SHARDS = 3;
  var PREFIX_WEIGHT = 0.4;
  var FUZZY_WEIGHT = 0.3;

  // Muell -> müll, Oeffnungszeiten -> öffnungszeiten; not after a vowel or q (neue, Quelle).
  function normaliseUmlauts(word) {
    if (word.indexOf("e") === -1) return word;
    return word.replace(UMLAUT_PAIR, function (m, before, vowel) {
      return before + UMLAUTS[vowel];
    });
  }

  function umlautDe(token) {
    return token.update(normaliseUmlauts);
  }
  if (!lunr.Pipeline.registeredFunctions["umlaut-de"]) {
    lunr.Pipeline.registerFunction(umlautDe, "umlaut-de");
  }

  function Search(manifest, fetchJson) {
    this.manifest = manifest;
    this.fetchJson = fetchJson;
    this.german = manifest.lang !== "en";
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.trimmer = lunr.Pipeline.registeredFunctions["trimmer-de"];
    this.files = {}; // name -> promise of parsed JSON
    this.kinds = {};
    for (var kind in manifest.indexes) {
      this.kinds[kind] = { loaded: {}, index: null, dirty: true };
    }
  }

  Search.prototype.fetchFile = function (name) {
    if (!this.files[name]) {
      var self = this;
      this.files[name] = this.fetchJson(name).catch(function (error) {
        delete self.files[name]; // let a later query try again
        throw error;
      });
    }
    return this.files[name];
  };

  // The term a word becomes in the index ("" when it is a stop word).
  Search.prototype.termFor = function (word) {
    var terms = this.pipeline.runString(word);
    return terms.length ? terms[0] : "";
  };

  // A word as the start of index terms: trimmed, umlauts normalised, then folded like the
  // German stemmer's last step (ä -> a), but not stemmed.
  Search.prototype.prefixFor = function (word) {
    var trimmed = this.trimmer(new lunr.Token(word.toLowerCase())).toString();
    if (!this.german) return trimmed;
    return normaliseUmlauts(trimmed).replace(/[äöüß]/g, function (c) {
      return FOLD[c];
    });
  };

  // Query text -> [{term, folded, prefix}]: the index term of each word, the word folded but
  // not stemmed (for typos the stemmer would cut differently), and for the last word, which
  // may still be being typed, that folded form as a prefix.
  Search.prototype.parse = function (text) {
    var tokens = lunr.tokenizer(String(text).replace(/[*~^:+]/g, " "));
    var words = [];
    for (var i = 0; i < tokens.length; i++) {
      var raw = tokens[i].toString();
      var term = this.termFor(raw);
      var folded = term ? this.prefixFor(raw) : "";
      var last = i === tokens.length - 1;
      var prefix = last ? this.prefixFor(raw) : "";
      if (prefix.length < 2) prefix = "";
      if (term || prefix) words.push({ term: term, folded: folded, prefix: prefix });
    }
    return words;
  };

  function shardAt(shards, term) {
    var low = 0;
    var high = shards.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (shards[middle][0] <= term) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  // Names of the shards of one index that a parsed query needs.
  Search.prototype.shardsFor = function (kind, words) {
    var shards = this.manifest.indexes[kind].shards;
    var names = {};
    words.forEach(function (word) {
      if (word.term) names[shards[shardAt(shards, word.term)][1]] = true;
      if (word.folded) names[shards[shardAt(shards, word.folded)][1]] = true;
      if (word.prefix) {
        var first = shardAt(shards, word.prefix);
        var last = Math.min(shardAt(shards, word.prefix + "\uffff"), first + MAX_PREFIX_SHARDS - 1);
        for (var i = first; i <= last; i++) names[shards[i][1]] = true;
      }
    });
    return Object.keys(names).sort();
  };

  Search.prototype.load = function (kind, names) {
    var self = this;
    var state = this.kinds[kind];
    var missing = names.filter(function (name) {
      return !state.loaded[name];
    });
    return Promise.all(
      missing.map(function (name) {
        return self.fetchFile(name).then(function (rows) {
          if (!state.loaded[name]) {
            state.loaded[name] = rows;
            state.dirty = true;
          }
        });
      })
    );
  };

  // The loaded shards of one index as one lunr index (rebuilt only when shards were added).
  Search.prototype.lunrIndex = function (kind) {
    var state = this.kinds[kind];
    if (state.dirty) {
      state.index = lunr.Index.load(
        serialize(this.manifest.indexes[kind].fields, this.manifest.pipeline, state.loaded)
      );
      state.dirty = false;
    }
    return state.index;
  };

  // lunr's serialized index from shard rows: term indexes are given in sorted term order.
  function serialize(fields, pipeline, loaded) {
    var rows = [];
    Object.keys(loaded)
      .sort()
      .forEach(function (name) {
        rows = rows.concat(loaded[name]);
      });
    rows.sort(function (a, b) {
      return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    });
    var invertedIndex = [];
    var vectors = {};
    rows.forEach(function (row, termIndex) {
      var posting = { _index: termIndex };
      fields.forEach(function (field, f) {
        var docs = {};
        var flat = row[f + 1];
        var doc = 0;
        for (var i = 0; i < flat.length; i += 2) {
          doc += flat[i];
          docs[doc] = {};
          var ref = field + "/" + doc;
          (vectors[ref] || (vectors[ref] = [])).push(termIndex, flat[i + 1] / 1000);
        }
        posting[field] = docs;
      });
      invertedIndex.push([row[0], posting]);
    });
    var fieldVectors = Object.keys(vectors).map(function (ref) {
      return [ref, vectors[ref]];
    });
    return {
      version: lunr.version,
      fields: fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: pipeline,
    };
  }

  function fuzzy(term) {
    return term.length >= 5 && !/^[0-9]+$/.test(term);
  }

  // A word is looked up as its index term and, while typed, as a prefix; only when neither
  // finds anything, as a typo (edit distance 1): fuzzy matching of every word would let the
  // stem "stadtf" (Stadtfest) find all of "stadt". Each lookup is its own lunr query: lunr
  // normalises a field's score by the query vector, so clause boosts inside one query cannot
  // rank an exact match above a prefix match; separate queries weighted here can.
  // A lookup returns [[term, clause options], ...].
  function exact(word) {
    return word.term ? [[word.term, {}]] : [];
  }

  function prefixed(word) {
    return word.prefix ? [[word.prefix, { wildcard: lunr.Query.wildcard.TRAILING }]] : [];
  }

  function typo(word) {
    var clauses = [];
    if (word.term && fuzzy(word.term)) clauses.push([word.term, { editDistance: 1 }]);
    if (word.term && word.folded !== word.term && fuzzy(word.folded)) {
      clauses.push([word.folded, { editDistance: 1 }]);
    }
    return clauses;
  }

  function runLookup(index, clauses, weight, found) {
    // A lunr query without clauses counts as negated and matches every document.
    if (!clauses.length) return;
    var results = index.query(function (q) {
      clauses.forEach(function (clause) {
        clause[1].usePipeline = false;
        q.term(clause[0], clause[1]);
      });
    });
    results.forEach(function (result) {
      var hit = found[result.ref] || (found[result.ref] = { score: 0, terms: {} });
      hit.score += weight * result.score;
      Object.keys(result.matchData.metadata).forEach(function (term) {
        hit.terms[term] = true;
      });
    });
  }

  // Scores per word and document over the given indexes: [{doc id: {score, terms}}].
  Search.prototype.scoreWords = function (kinds, words) {
    var indexes = kinds.map(this.lunrIndex, this);
    return words.map(function (word) {
      var found = {};
      indexes.forEach(function (index) {
        runLookup(index, exact(word), 1, found);
        runLookup(index, prefixed(word), PREFIX_WEIGHT, found);
      });
      if (!Object.keys(found).length) {
        indexes.forEach(function (index) {
          runLookup(index, typo(word), FUZZY_WEIGHT, found);
        });
      }
      return found;
    });
  };

  // Documents with every word (or, if none has all, with any), best first. Word scores are
  // added as log(1 + score): a page with both words in its title must beat one with one word
  // in title and keywords and the other only once in the body.
  function combine(perWord) {
    var docs = {};
    perWord.forEach(function (found) {
      Object.keys(found).forEach(function (ref) {
        var doc = docs[ref] || (docs[ref] = { id: Number(ref), score: 0, words: 0, terms: {} });
        doc.score += Math.log1p(found[ref].score);
        doc.words += 1;
        Object.assign(doc.terms, found[ref].terms);
      });
    });
    var all = Object.keys(docs).map(function (ref) {
      return docs[ref];
    });
    var complete = all.filter(function (doc) {
      return doc.words === perWord.length;
    });
    var list = complete.length ? complete : all;
    list.sort(function (a, b) {
      return b.words - a.words || b.score - a.score || a.id - b.id;
    });
    return list;
  }

  // The (type, section) group of a document id.
  Search.prototype.group = function (id) {
    var groups = this.manifest.groups;
    return groups[shardAt(groups, id)];
  };

  /*
   * Run a query over the given indexes (["titles"] answers first, ["titles", "body"] fully).
   * Resolves to {words, matches: [{id, score, terms, type, section}], counts: {type: n}}.
   */
  Search.prototype.search = function (text, kinds) {
    var self = this;
    var words = this.parse(text);
    if (!words.length) return Promise.resolve({ words: words, matches: [], counts: {} });
    return Promise.all(
      kinds.map(function (kind) {
        return self.load(kind, self.shardsFor(kind, words));
      })
    ).then(function () {
      var matches = combine(self.scoreWords(kinds, words));
      var counts = {};
      matches.forEach(function (match) {
        var group = self.group(match.id);
        match.type = group[1];
        match.section = group[2];
        counts[match.type] = (counts[match.type] || 0) + 1;
      });
      return { words: words, matches: matches, counts: counts };
    });
  };

  // Display records for some matches: {id, url, type, section, title, snippet}; title and
  // snippet are [[text, highlighted], ...] so that the page can build them without HTML.
  Search.prototype.records = function (matches, words) {
    var self = this;
    var size = this.manifest.docs.size;
    var names = {};
    matches.forEach(function (match) {
      names[self.manifest.docs.files[Math.floor(match.id / size)]] = true;
    });
    return Promise.all(
      Object.keys(names).map(function (name) {
        return self.fetchFile(name);
      })
    ).then(function () {
      return Promise.all(
        matches.map(function (match) {
          return self.fetchFile(self.manifest.docs.files[Math.floor(match.id / size)]);
        })
      ).then(function (chunks) {
        return matches.map(function (match, i) {
          var row = chunks[i][match.id % size];
          var highlight = self.highlighter(match.terms, words);
          return {
            id: match.id,
            url: row[0],
            type: match.type,
            section: match.section,
            title: highlight(row[1]),
            snippet: highlight(row[2]),
          };
        });
      });
    });
  };

  // Marks words whose term matched, that start with the typed prefix, or that contain a
  // matched term as a compound part (Sperrmüll for "Müll").
  Search.prototype.highlighter = function (terms, words) {
    var self = this;
    var matched = Object.keys(terms);
    var parts = matched.filter(function (term) {
      return term.length >= 4;
    });
    var prefixes = words
      .map(function (word) {
        return word.prefix;
      })
      .filter(Boolean);
    function hit(word) {
      if (terms[self.termFor(word)]) return true;
      var folded = self.prefixFor(word);
      if (!folded) return false;
      return (
        prefixes.some(function (p) {
          return folded.indexOf(p) === 0;
        }) ||
        parts.some(function (t) {
          return folded.indexOf(t) !== -1;
        })
      );
    }
    return function (text) {
      var segments = [];
      String(text)
        .split(/([^\s\-/]+)/)
        .forEach(function (piece, i) {
          if (!piece) return;
          var marked = i % 2 === 1 && hit(piece);
          var last = segments[segments.length - 1];
          if (last && last[1] === marked) last[0] += piece;
          else segments.push([piece, marked]);
        });
      return segments;
    };
  };

  return {
    Search: Search,
    normaliseUmlauts: normaliseUmlauts,
    serialize: serialize,
  };
});
