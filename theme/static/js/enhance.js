/* Marks the page as JavaScript-enabled (CSS hooks on .js) — an external file, so a strict
   Content-Security-Policy needs no 'unsafe-inline'. Everything works without it. */
document.documentElement.classList.add("js");
