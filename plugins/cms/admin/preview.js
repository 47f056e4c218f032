/* Editor preview (Decap CMS): show drafts with the site's own stylesheet.
   Loaded after decap-cms.js by /admin/index.html; a file, not inline, because of the CSP. */
(function () {
  "use strict";
  var cms = window.CMS;
  if (!cms) {
    return;
  }
  var base = document.querySelector('link[rel="cms-config-url"]').getAttribute("href");
  var site = base.replace(/\/admin\/config\.yml$/, "");
  cms.registerPreviewStyle(site + "/theme/css/site.css");
})();
