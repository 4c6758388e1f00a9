/* Palabre: loads the widget bundle of this release (content-hashed, cached for a year).
   This file itself is cached for minutes only, so a new release reaches readers quickly. */
(function () {
  "use strict";
  if (window.palabreWidget) return;
  var me = document.currentScript;
  var src = me && me.src ? me.src : "";
  var base = src.replace(/\/embed\.js(?:[?#].*)?$/, "");
  var dir = base + "/widget/__BUNDLE__/";
  window.palabreWidget = { base: base, dir: dir, bundle: "__BUNDLE__" };
  var head = document.head || document.documentElement;
  var css = document.createElement("link");
  css.rel = "preload"; css.as = "style"; css.href = dir + "widget.css";
  head.appendChild(css);
  // Ask for the first page of comments now, while the bundle downloads: the widget picks
  // these responses up by their URL instead of asking again.
  var host = document.querySelector("section#palabre[data-thread], #palabre[data-thread]");
  var pre = (window.palabreWidget.prefetched = {});
  if (host && window.fetch) {
    var site = host.getAttribute("data-site");
    var q = "lang=fr" + (site ? "&site=" + encodeURIComponent(site) : "");
    var get = function (url) {
      pre[url] = fetch(url, { headers: { Accept: "application/json" } });
      pre[url].catch(function () {});
    };
    get(base + "/api/v1/config?" + q);
    get(base + "/api/v1/threads/" + encodeURIComponent(host.getAttribute("data-thread"))
      + "/comments?sort=oldest&limit=20&" + q);
    var tag = (host.getAttribute("data-lang") || host.getAttribute("lang")
      || document.documentElement.lang || "").slice(0, 2).toLowerCase();
    if (tag === "fr" || tag === "en") get(dir + "i18n/" + tag + ".json");
  }
  var js = document.createElement("script");
  js.src = dir + "widget.js"; js.async = true;
  head.appendChild(js);
})();
