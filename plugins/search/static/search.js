/*
 * search.js — results while typing for the site's search forms (progressive enhancement).
 *
 * Markup it enhances (without JavaScript the form simply submits to its action, the A–Z page):
 *
 *   <form role="search" action="/a-z/" data-search-form="header"
 *         data-search-base="/search/" [data-search-page="/suche/"]>
 *     <label for="header-q">Suche</label>
 *     <input type="search" id="header-q" name="q">
 *     <button type="submit">Suchen</button>
 *   </form>
 *   <div data-search-results="header"></div>
 *
 * data-search-form="NAME"    marks a form; NAME pairs it with its results container.
 * data-search-results="NAME" where results go (created after the form when missing).
 * data-search-base="URL"     folder with search-worker.js, search-core.js, the lunr files and one
 *                            folder per language (URL + "de/manifest.json", URL + "en/...").
 * data-search-page="URL"     optional: pressing Enter goes to URL?q=...; without it Enter keeps
 *                            the visitor on the page and moves focus to the first result.
 * On a page whose URL has ?q=..., a form with data-search-form fills in q and searches at once.
 * The results container gets data-search-state="typing" | "partial" (title matches shown, body
 * still loading) | "done", and aria-busy="true" while a query runs: hooks for styles and tests.
 * Language: document.documentElement.lang ("en..." English, anything else German).
 *
 * Keyboard: typing searches; ArrowDown from the field goes to the first result, ArrowUp/ArrowDown
 * move between results, Escape goes back to the field (and empties it when already there);
 * the type filters are radio buttons. The result count is announced by a role="status" region.
 * No inline script, no eval, no third-party request: works under CSP default-src 'self'.
 */
(function () {
  "use strict";

  var TEXT = {
    de: {
      loading: "Suche wird geladen …",
      none: "Keine Ergebnisse für „{q}“.",
      one: "1 Ergebnis für „{q}“.",
      many: "{n} Ergebnisse für „{q}“.",
      failed: "Die Suche ist gerade nicht verfügbar.",
      filters: "Nach Art filtern",
      all: "Alle",
      more: "Weitere Ergebnisse",
      results: "Suchergebnisse",
    },
    en: {
      loading: "Loading search …",
      none: "No results for “{q}”.",
      one: "1 result for “{q}”.",
      many: "{n} results for “{q}”.",
      failed: "Search is not available at the moment.",
      filters: "Filter by type",
      all: "All",
      more: "More results",
      results: "Search results",
    },
  };
  var PAGE_SIZE = 10;
  var DELAY_MS = 120;
  var workers = {};
  var counter = 0;

  var lang = /^en\b/i.test(document.documentElement.lang || "") ? "en" : "de";
  var text = TEXT[lang];

  function absolute(url) {
    return new URL(url, document.baseURI).href;
  }

  function workerFor(base) {
    if (!workers[base]) workers[base] = new Worker(absolute(base + "search-worker.js"));
    return workers[base];
  }

  function element(name, className, content) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) {
      return values[key];
    });
  }

  function SearchBox(form) {
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.name = form.getAttribute("data-search-form") || "search";
    this.base = form.getAttribute("data-search-base") || "/search/";
    this.page = form.getAttribute("data-search-page");
    this.index = absolute(this.base + lang + "/");
    this.filter = "";
    this.limit = PAGE_SIZE;
    this.query = "";
    this.pending = 0;
    this.timer = 0;
    this.build();
    this.listen();
  }

  SearchBox.prototype.build = function () {
    var selector = '[data-search-results="' + this.name + '"]';
    var box = document.querySelector(selector);
    if (!box) {
      box = element("div");
      box.setAttribute("data-search-results", this.name);
      this.form.insertAdjacentElement("afterend", box);
    }
    box.classList.add("search-results");
    var id = "search-" + this.name.replace(/\W/g, "") + "-" + ++counter;
    this.status = element("p", "search-status");
    this.status.id = id + "-status";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.filters = element("fieldset", "search-filters");
    this.filters.hidden = true;
    this.filters.appendChild(element("legend", "search-filters__legend", text.filters));
    this.list = element("ol", "search-list");
    this.list.id = id + "-list";
    this.list.setAttribute("aria-label", text.results);
    this.more = element("button", "search-more", text.more);
    this.more.type = "button";
    this.more.hidden = true;
    box.appendChild(this.status);
    box.appendChild(this.filters);
    box.appendChild(this.list);
    box.appendChild(this.more);
    this.box = box;
    this.filterName = id + "-type";
    this.input.setAttribute("autocomplete", "off");
    this.input.setAttribute("aria-controls", this.list.id);
    this.input.setAttribute("aria-describedby", this.status.id);
  };

  SearchBox.prototype.listen = function () {
    var self = this;
    this.input.addEventListener("focus", function () {
      workerFor(self.base); // start loading lunr while the visitor types the first letters
    });
    this.input.addEventListener("input", function () {
      self.limit = PAGE_SIZE;
      self.box.setAttribute("data-search-state", "typing");
      clearTimeout(self.timer);
      self.timer = setTimeout(function () {
        self.run();
      }, DELAY_MS);
    });
    this.form.addEventListener("submit", function (event) {
      if (self.page) {
        event.preventDefault();
        window.location.href = self.page + "?q=" + encodeURIComponent(self.input.value);
        return;
      }
      event.preventDefault();
      self.run();
      var first = self.list.querySelector("a");
      if (first) first.focus();
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = self.list.querySelector("a");
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === "Escape" && self.input.value) {
        self.input.value = "";
        self.run();
      }
    });
    this.list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(self.list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (at === -1) return;
      if (event.key === "ArrowDown" && at < links.length - 1) links[at + 1].focus();
      else if (event.key === "ArrowUp") (at > 0 ? links[at - 1] : self.input).focus();
      else if (event.key === "Escape") self.input.focus();
      else return;
      event.preventDefault();
    });
    this.filters.addEventListener("change", function (event) {
      self.filter = event.target.value;
      self.limit = PAGE_SIZE;
      self.run();
    });
    this.more.addEventListener("click", function () {
      self.limit += PAGE_SIZE;
      self.focusAt = self.list.children.length; // the first new result gets the focus
      self.run();
    });
  };

  SearchBox.prototype.run = function () {
    var query = this.input.value.trim();
    var worker = workerFor(this.base);
    this.query = query;
    if (!query) {
      this.pending = 0;
      this.clear();
      return;
    }
    var id = ++counter;
    this.pending = id;
    this.box.setAttribute("aria-busy", "true");
    var self = this;
    worker.onmessage = function (event) {
      self.receive(event.data);
    };
    worker.onerror = function () {
      self.status.textContent = text.failed;
    };
    worker.postMessage({
      type: "query",
      id: id,
      index: this.index,
      q: query,
      filter: this.filter,
      limit: this.limit,
    });
  };

  SearchBox.prototype.clear = function () {
    this.list.textContent = "";
    this.filters.hidden = true;
    this.more.hidden = true;
    this.status.textContent = "";
    this.box.removeAttribute("aria-busy");
    this.box.removeAttribute("data-search-state");
  };

  SearchBox.prototype.receive = function (message) {
    if (message.id !== this.pending) return;
    if (message.type === "error") {
      this.status.textContent = text.failed;
      this.box.removeAttribute("aria-busy");
      return;
    }
    this.render(message);
    if (message.final) {
      this.box.removeAttribute("aria-busy");
      this.box.setAttribute("data-search-state", "done");
      // Announced once per query, when the count no longer changes.
      var n = message.matching;
      var template = n === 0 ? text.none : n === 1 ? text.one : text.many;
      this.status.textContent = format(template, { n: n, q: this.query });
    } else {
      this.box.setAttribute("data-search-state", "partial");
    }
  };

  SearchBox.prototype.render = function (message) {
    var list = this.list;
    var labels = typeLabels(message.types);
    list.textContent = "";
    message.items.forEach(function (item) {
      list.appendChild(resultItem(item, labels));
    });
    this.renderFilters(message.counts, message.total, message.types, labels);
    this.more.hidden = message.items.length >= message.matching;
    if (this.focusAt !== undefined && message.final) {
      var link = list.querySelectorAll("a")[this.focusAt];
      if (link) link.focus();
      this.focusAt = undefined;
    }
  };

  // Radio buttons "All (n)", "Service (n)", ...; rebuilt only when the set of types changes,
  // so that a radio keeps the focus while the arrow keys move through the group. The types and
  // their labels, in filter order, come from the index (the site's content types declare them).
  SearchBox.prototype.renderFilters = function (counts, total, typeList, labels) {
    var self = this;
    var types = (typeList || [])
      .map(function (pair) {
        return pair[0];
      })
      .filter(function (type) {
        return counts[type];
      });
    this.filters.hidden = types.length < 2 && !this.filter;
    var key = types.join(" ");
    if (key !== this.filterKey) {
      this.filterKey = key;
      var hadFocus = this.filters.contains(document.activeElement);
      var legend = this.filters.firstChild;
      this.filters.textContent = "";
      this.filters.appendChild(legend);
      [""].concat(types).forEach(function (type) {
        var label = element("label", "search-filter");
        var radio = element("input");
        radio.type = "radio";
        radio.name = self.filterName;
        radio.value = type;
        label.appendChild(radio);
        label.appendChild(element("span", "search-filter__text"));
        self.filters.appendChild(label);
      });
      if (hadFocus) this.filters.querySelector("input").focus();
    }
    Array.prototype.forEach.call(this.filters.querySelectorAll("label"), function (label) {
      var radio = label.firstChild;
      var type = radio.value;
      radio.checked = type === self.filter;
      var name = type ? labels[type] || type : text.all;
      label.lastChild.textContent = " " + name + " (" + (type ? counts[type] || 0 : total) + ")";
    });
  };

  function highlighted(className, segments) {
    var node = element("span", className);
    segments.forEach(function (segment) {
      node.appendChild(segment[1] ? element("mark", "", segment[0]) : document.createTextNode(segment[0]));
    });
    return node;
  }

  // {type: label} from the index's [[type, label], ...].
  function typeLabels(typeList) {
    var labels = {};
    (typeList || []).forEach(function (pair) {
      labels[pair[0]] = pair[1];
    });
    return labels;
  }

  function resultItem(item, labels) {
    var li = element("li", "search-result search-result--" + item.type);
    var link = element("a", "search-result__link");
    link.href = item.url;
    link.appendChild(highlighted("search-result__title", item.title));
    li.appendChild(link);
    li.appendChild(element("span", "search-result__type", labels[item.type] || item.type));
    if (item.snippet.length) {
      var snippet = element("p", "search-result__snippet");
      snippet.appendChild(highlighted("", item.snippet));
      li.appendChild(snippet);
    }
    return li;
  }

  function start() {
    var params = new URLSearchParams(window.location.search);
    var forms = document.querySelectorAll("form[data-search-form]");
    Array.prototype.forEach.call(forms, function (form) {
      if (!form.querySelector('input[name="q"]') || form.hasAttribute("data-search-ready")) return;
      form.setAttribute("data-search-ready", "");
      var box = new SearchBox(form);
      var q = params.get("q");
      if (q && !form.hasAttribute("data-search-page")) {
        box.input.value = q;
        box.run();
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
