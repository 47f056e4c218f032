/* Click-to-load OpenStreetMap maps for elements with data-module="ms-map".
   Nothing is requested from another host until the visitor clicks the button; the choice may
   be remembered for the browser session (sessionStorage). Leaflet is served by the site. */
(function () {
  "use strict";
  var CONSENT_KEY = "ms-map-consent";
  var leaflet = null;

  function remembered() {
    try { return window.sessionStorage.getItem(CONSENT_KEY) === "yes"; } catch (e) { return false; }
  }

  function remember() {
    try { window.sessionStorage.setItem(CONSENT_KEY, "yes"); } catch (e) { /* private mode */ }
  }

  function loadLeaflet(box) {
    if (window.L) { return Promise.resolve(window.L); }
    if (!leaflet) {
      leaflet = new Promise(function (resolve, reject) {
        var css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = box.getAttribute("data-leaflet-css");
        document.head.appendChild(css);
        var script = document.createElement("script");
        script.src = box.getAttribute("data-leaflet-js");
        script.onload = function () { resolve(window.L); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return leaflet;
  }

  function popupLink(place) {
    var link = document.createElement("a");
    link.href = place.url;
    link.textContent = place.title;
    return link;
  }

  function showMap(box) {
    var places = JSON.parse(box.querySelector(".ms-map__data").textContent);
    var canvas = box.querySelector(".ms-map__canvas");
    loadLeaflet(box).then(function (L) {
      box.querySelector(".ms-map__consent").hidden = true;
      canvas.hidden = false;
      var map = L.map(canvas, { scrollWheelZoom: false });
      L.tileLayer(box.getAttribute("data-tiles"), {
        maxZoom: 19,
        attribution: box.getAttribute("data-attribution")
      }).addTo(map);
      var points = [];
      var route = box.querySelector(".ms-map__line");
      if (route) {
        // A track (a tour): drawn first, so the markers of the sights stay on top of it.
        var line = JSON.parse(route.textContent);
        L.polyline(line, { color: "#0b4f8a", weight: 5, opacity: 0.85 }).addTo(map);
        points = points.concat(line);
      }
      points = points.concat(places.map(function (place) {
        var marker = L.marker([place.lat, place.lon], { title: place.title, alt: place.title });
        if (place.url) { marker.bindPopup(popupLink(place)); }
        marker.addTo(map);
        return [place.lat, place.lon];
      }));
      if (points.length === 1) {
        map.setView(points[0], 17);
      } else if (points.length > 1) {
        map.fitBounds(points, { padding: [24, 24] });
      }
      box.classList.add("is-loaded");
      canvas.focus();
    });
  }

  function setUp(box) {
    var consent = box.querySelector(".ms-map__consent");
    box.querySelector(".ms-map__load").addEventListener("click", function () {
      if (box.querySelector(".ms-map__remember").checked) { remember(); }
      showMap(box);
    });
    if (remembered()) {
      showMap(box);
    } else {
      consent.hidden = false;
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-module="ms-map"]'), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
