/* Hides event dates that have ended. The site is rebuilt nightly with the build date as "today";
   this covers the hours in between. Elements carry data-event-end (ISO 8601 with offset);
   a month group (data-event-group) with nothing left is hidden too. */
(function () {
  "use strict";
  var now = Date.now();
  Array.prototype.forEach.call(document.querySelectorAll("[data-event-end]"), function (element) {
    var end = Date.parse(element.getAttribute("data-event-end"));
    if (!isNaN(end) && end <= now) { element.hidden = true; }
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-event-group]"), function (group) {
    if (!group.querySelector("[data-event-end]:not([hidden])")) { group.hidden = true; }
  });
})();
