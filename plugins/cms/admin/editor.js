/* Editor preview (Sveltia CMS): show drafts with the site's own stylesheet.
   Loaded after sveltia-cms.js by /admin/index.html; a file, not inline, because of the CSP. */
(function () {
  "use strict";
  var cms = window.CMS;
  if (!cms) {
    return;
  }
  var config = document.querySelector('link[rel="cms-config-url"]').getAttribute("href");
  var site = config.replace(/\/admin\/config\.yml$/, "");
  cms.registerPreviewStyle(site + "/theme/css/site.css");
})();
