// Waste calendar: filter the A–Z street list as one types. Runs only in the browser: the typed
// street is never sent anywhere. Without JavaScript the list and its letter links remain.
(function () {
  var box = document.querySelector("[data-waste-filter]");
  var list = document.querySelector("[data-waste-streets]");
  if (!box || !list) return;
  var input = box.querySelector("input");
  var status = box.querySelector("[data-waste-count]");
  var streets = Array.prototype.slice.call(list.querySelectorAll("[data-waste-street]"));
  var sections = Array.prototype.slice.call(list.querySelectorAll("[data-waste-letter]"));
  var letters = Array.prototype.slice.call(document.querySelectorAll(".ms-waste-letters a"));
  var timer = null;
  box.hidden = false;

  function normal(text) {
    return text.toLowerCase().replace(/str\./g, "strasse").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var names = streets.map(function (li) { return normal(li.getAttribute("data-waste-street")); });

  function apply() {
    var wanted = normal(input.value.trim());
    var count = 0;
    streets.forEach(function (li, i) {
      var show = !wanted || names[i].indexOf(wanted) !== -1;
      li.hidden = !show;
      if (show) count += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("[data-waste-street]:not([hidden])");
    });
    // Letter links of empty letters go too, so Tab reaches the matching streets soon.
    letters.forEach(function (link) {
      var target = document.getElementById(link.hash.slice(1));
      var section = target && target.closest("[data-waste-letter]");
      link.parentNode.hidden = !!(section && section.hidden);
    });
    // Announce after a pause in typing, so a screen reader is not interrupted at every key.
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!wanted) { status.textContent = ""; return; }
      var text = count === 0 ? status.getAttribute("data-none")
        : count === 1 ? status.getAttribute("data-one")
        : status.getAttribute("data-many").replace("{count}", count);
      status.textContent = text;
    }, 400);
  }
  input.addEventListener("input", apply);
})();
