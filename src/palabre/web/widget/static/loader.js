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
  var js = document.createElement("script");
  js.src = dir + "widget.js"; js.async = true;
  head.appendChild(js);
})();
