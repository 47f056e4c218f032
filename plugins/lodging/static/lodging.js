/* Gastgeberverzeichnis: instant filter and sort (progressive enhancement).
   Without JavaScript the filter links lead to pre-rendered pages. With it, the form replaces
   the links: checkboxes in one group widen the choice (or), groups narrow it (and); the
   count is announced through the live region. */
(function () {
  "use strict";
  var form = document.querySelector("[data-module='ms-lodging-filter']");
  var list = document.querySelector(".ms-lodging-cards");
  var status = document.querySelector(".ms-lodging-status");
  if (!form || !list || !status) { return; }
  var cards = Array.prototype.slice.call(list.children);
  var groups = ["category", "classification", "amenity", "accessibility"];

  function chosen(name) {
    return Array.prototype.map.call(
      form.querySelectorAll("input[name='" + name + "']:checked"),
      function (box) { return box.value; });
  }

  function matches(card, name, wanted) {
    if (!wanted.length) { return true; }
    var has = (card.getAttribute("data-" + name) || "").split(" ");
    return wanted.some(function (value) { return has.indexOf(value) !== -1; });
  }

  function byName(a, b) {
    return a.getAttribute("data-name") < b.getAttribute("data-name") ? -1 : 1;
  }

  function byPrice(a, b) {
    var pa = parseFloat(a.getAttribute("data-price"));
    var pb = parseFloat(b.getAttribute("data-price"));
    if (isNaN(pa)) { pa = Infinity; }
    if (isNaN(pb)) { pb = Infinity; }
    return pa === pb ? byName(a, b) : pa - pb;
  }

  function update() {
    var wanted = {};
    groups.forEach(function (name) { wanted[name] = chosen(name); });
    var shown = 0;
    var sorted = cards.slice().sort(form.elements.sort.value === "price" ? byPrice : byName);
    sorted.forEach(function (card) {
      var visible = groups.every(function (name) { return matches(card, name, wanted[name]); });
      card.hidden = !visible;
      if (visible) { shown += 1; }
      list.appendChild(card);
    });
    var text = shown === 1 ? form.getAttribute("data-count-one")
      : form.getAttribute("data-count-many").replace("{count}", String(shown));
    status.textContent = text;
  }

  Array.prototype.forEach.call(
    document.querySelectorAll("[data-module='ms-lodging-links']"),
    function (element) { element.hidden = true; });
  // On wide screens every group is open; on a phone they fold, so the list stays near the top.
  if (window.matchMedia && window.matchMedia("(min-width: 48em)").matches) {
    Array.prototype.forEach.call(form.querySelectorAll("details[data-open-wide]"),
      function (details) { details.open = true; });
  }
  form.hidden = false;
  form.addEventListener("change", update);
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
