/* Palabre reader widget: the comment section of a news article, on any page.
 *
 * Vanilla JS, no framework, no build step. It renders in a Shadow DOM so that the host
 * page's CSS and ours never meet; publishers theme it with --palabre-* custom properties.
 * Strings are English gettext sources: t("…") and tn("…", "…", n) are extracted by Babel
 * into locales/fr/LC_MESSAGES/widget.po and served as /widget/<hash>/i18n/<lang>.json.
 */
(() => {
  "use strict";
  const G = window.palabreWidget || (window.palabreWidget = {});
  const me = document.currentScript;
  if (!G.dir && me) {
    G.dir = me.src.replace(/widget\.js(?:[?#].*)?$/, "");
    G.base = G.dir.replace(/\/widget\/[^/]+\/$/, "");
  }
  if (G.started) return;
  G.started = true;
  const BASE = G.base, DIR = G.dir;
  const PAGE = 20, MORE = 100, SHOWN_REPLIES = 3, CONTEXT = 32;

  /* ---- i18n ---------------------------------------------------------------------- */
  let CAT = { messages: {}, plurals: {} }, LANG = "fr";
  const catalogs = {};
  const fill = (s, p) => (p ? s.replace(/\{(\w+)\}/g, (m, k) => (k in p ? p[k] : m)) : s);
  const plural = (n) => (LANG === "fr" ? (n > 1 ? 1 : 0) : n === 1 ? 0 : 1);
  const t = (s, p) => fill(CAT.messages[s] || s, p);
  const tn = (one, many, n, p) => fill((CAT.plurals[one] || [one, many])[plural(n)], { n, ...p });
  // The loader may have asked for a response already (see loader.js): take it, once.
  function fetchOnce(url, init) {
    const pre = G.prefetched && G.prefetched[url];
    if (pre && (!init || init.method === "GET")) { delete G.prefetched[url]; return pre; }
    return fetch(url, init);
  }
  const loadCatalog = (lang) =>
    (catalogs[lang] = catalogs[lang] || fetchOnce(`${DIR}i18n/${lang}.json`).then((r) => r.json()));
  async function useLang(lang) {
    CAT = await loadCatalog(lang).catch(() => ({ messages: {}, plurals: {} }));
    LANG = lang;
  }
  const countText = (n) => (n === 0 ? t("0 Comments") : tn("{n} Comment", "{n} Comments", n));
  // Relative times come from our own catalog, not Intl.RelativeTimeFormat: building an
  // Intl formatter loads the locale's ICU data, tens of milliseconds before first paint.
  const UNITS = [
    [31536e3, (n) => tn("{n} year ago", "{n} years ago", n)],
    [2592e3, (n) => tn("{n} month ago", "{n} months ago", n)],
    [604800, (n) => tn("{n} week ago", "{n} weeks ago", n)],
    [86400, (n) => tn("{n} day ago", "{n} days ago", n)],
    [3600, (n) => tn("{n} hour ago", "{n} hours ago", n)],
    [60, (n) => tn("{n} minute ago", "{n} minutes ago", n)],
  ];
  function ago(iso) {
    const s = (Date.now() - Date.parse(iso)) / 1000;
    for (const [n, say] of UNITS) if (s >= n) return say(Math.round(s / n));
    return t("just now");
  }
  // The full date is a tooltip: formatted when the pointer reaches it, not for every comment.
  const formats = {};
  // What stays of a deleted comment that has replies, or that this reader deleted.
  const deletedLine = () => h("p", { class: "pw-deleted" }, t("This comment was deleted."));
  const fullDate = (iso) =>
    (formats[LANG] = formats[LANG] || new Intl.DateTimeFormat(LANG, { dateStyle: "long", timeStyle: "short" }))
      .format(new Date(iso));

  /* ---- small tools --------------------------------------------------------------- */
  const store = {
    get(k, d) {
      try { const v = localStorage.getItem("palabre:" + k); return v ? JSON.parse(v) : d; }
      catch (e) { return d; }
    },
    set(k, v) {
      try { localStorage.setItem("palabre:" + k, JSON.stringify(v)); } catch (e) { /* private mode */ }
    },
  };
  function voterId() {
    let v = store.get("voter");
    if (!v) {
      v = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
      store.set("voter", v);
    }
    return v;
  }
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const k in attrs || {}) {
      const v = attrs[k];
      if (v == null || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "html") el.innerHTML = v; // only the server's sanitised comment HTML
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of kids.flat()) if (c != null && c !== false) el.append(c.nodeType ? c : String(c));
    return el;
  }
  // Inline SVG: emoji fonts are not everywhere.
  const ICONS = {
    bubble: '<path d="M2 3h12v8H7l-3 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>',
    link: '<path d="M6.5 9.5l3-3M7 4.5l1.5-1.5a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5L7.5 13A2.5 2.5 0 014 9.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>',
  };
  function icon(name) {
    const tpl = document.createElement("template");
    tpl.innerHTML = `<svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;
    return tpl.content.firstChild;
  }
  const safeUrl = (u) => (/^https?:\/\//i.test(u || "") ? u : null);
  const enc = encodeURIComponent;
  let seq = 0;

  /* ---- text-quote anchors (W3C Web Annotation style) ------------------------------ */
  // The article's text with whitespace runs collapsed, and where each character came from,
  // so that a quote survives re-indented HTML and small edits around it.
  function textIndex(root) {
    const nodes = [], map = [];
    let raw = "", norm = "", ws = true;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("script,style,noscript,palabre-marker")
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n; (n = walker.nextNode());) {
      nodes.push({ node: n, start: raw.length });
      for (const c of n.data) {
        const space = /\s/.test(c);
        if (!(space && ws)) { norm += space ? " " : c; map.push(raw.length); }
        ws = space;
        raw += c;
      }
    }
    map.push(raw.length);
    return { nodes, map, norm, raw };
  }
  function rawOffset(ix, node, offset) {
    if (node.nodeType !== 3) {
      const r = document.createRange();
      r.setStart(node, offset);
      const e = ix.nodes.find((x) => r.comparePoint(x.node, 0) >= 0);
      return e ? e.start : ix.raw.length;
    }
    const e = ix.nodes.find((x) => x.node === node);
    return e ? e.start + offset : -1;
  }
  const normOffset = (ix, raw) => {
    let i = 0;
    while (i < ix.map.length - 1 && ix.map[i] < raw) i++;
    return i;
  };
  function quoteAt(ix, s, e) {
    while (s < e && ix.norm[s] === " ") s++;
    while (e > s && ix.norm[e - 1] === " ") e--;
    return {
      exact: ix.norm.slice(s, e),
      prefix: ix.norm.slice(Math.max(0, s - CONTEXT), s),
      suffix: ix.norm.slice(e, e + CONTEXT),
    };
  }
  function same(a, b, fromEnd) {
    let n = 0;
    while (n < a.length && n < b.length && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
    return n;
  }
  // Where a quote is now: the occurrence whose context matches best; if the passage itself
  // was edited, what lies between its prefix and suffix; else its opening words.
  function resolve(ix, a) {
    const N = ix.norm, ex = a.exact;
    let best = -1, score = -1;
    for (let i = N.indexOf(ex); i >= 0 && ex; i = N.indexOf(ex, i + 1)) {
      // The server trims the context, so compare it without its outer spaces.
      const s = same(N.slice(Math.max(0, i - a.prefix.length - 1), i).trimEnd(), a.prefix.trimEnd(), true)
        + same(N.slice(i + ex.length, i + ex.length + a.suffix.length + 1).trimStart(), a.suffix.trimStart(), false);
      if (s > score) { score = s; best = i; }
    }
    if (best >= 0) return [best, best + ex.length];
    if (a.prefix.length >= 8 && a.suffix.length >= 8) {
      const p = N.indexOf(a.prefix);
      const s = p + a.prefix.length, e = p >= 0 ? N.indexOf(a.suffix, s) : -1;
      if (e > s && e - s < ex.length * 2 + 40) return [s, e];
    }
    if (ex.length > 50) {
      const i = N.indexOf(ex.slice(0, 40));
      if (i >= 0) return [i, Math.min(N.length, i + ex.length)];
    }
    return null;
  }
  function rangeOf(ix, [s, e]) {
    const at = (raw) => {
      for (let i = ix.nodes.length - 1; i >= 0; i--) {
        const n = ix.nodes[i];
        if (n.start <= raw) return [n.node, Math.min(raw - n.start, n.node.data.length)];
      }
      return [ix.nodes[0].node, 0];
    };
    const r = document.createRange();
    r.setStart(...at(ix.map[s]));
    r.setEnd(...at(ix.map[e - 1] + 1));
    return r;
  }

  /* ---- the widget ---------------------------------------------------------------- */
  class Widget {
    constructor(host) {
      this.host = host;
      this.thread = host.dataset.thread;
      this.site = host.dataset.site || "";
      this.sort = "oldest";
      this.known = new Map();
      this.queue = [];
      this.inlines = new Map();
      this.tokens = store.get("tokens", {});
      this.votes = store.get("votes", {});
      this.root = host.shadowRoot || host.attachShadow({ mode: "open" });
      // The server-rendered section stays visible until the widget is ready.
      if (!this.root.firstChild) this.root.append(h("slot"));
    }

    pickLang(siteLang) {
      const tag = this.host.dataset.lang || this.host.getAttribute("lang")
        || (this.host.closest("[lang]") || document.documentElement).lang || "";
      const lang = tag.slice(0, 2).toLowerCase();
      return ["fr", "en"].includes(lang) ? lang : siteLang;
    }

    api(method, path, body) {
      const q = new URLSearchParams({ lang: LANG });
      if (this.site) q.set("site", this.site);
      const init = { method, headers: { Accept: "application/json" } };
      if (body !== undefined) {
        init.headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(body);
      }
      return fetchOnce(`${BASE}/api/v1${path}${path.includes("?") ? "&" : "?"}${q}`, init).then(async (r) => {
        let data = null;
        if (r.status !== 204) try { data = await r.json(); } catch (e) { /* not JSON */ }
        return { ok: r.ok, status: r.status, data };
      });
    }

    threadPath(rest) { return `/threads/${enc(this.thread)}${rest}`; }

    page(cursor, limit) {
      return this.api("GET", this.threadPath(`/comments?sort=${this.sort}&limit=${limit}`
        + (cursor ? `&cursor=${enc(cursor)}` : "")));
    }

    async start() {
      const early = this.pickLang(null);
      const config = this.api("GET", "/config"), first = this.page(null, PAGE);
      if (early) loadCatalog(early);
      let cfg;
      try { cfg = await config; } catch (e) { return this.refused(); }
      if (!cfg.ok) return this.broken(cfg);
      this.cfg = cfg.data;
      this.site = this.site || cfg.data.site.id;
      await useLang(early || this.pickLang(cfg.data.site.language) || "fr");
      let res;
      try { res = await first; } catch (e) { return this.refused(); }
      this.render();
      this.apply(res, false);
      performance.mark("palabre:comments");
      this.host.dispatchEvent(new CustomEvent("palabre:ready", { bubbles: true }));
      this.article();
      this.live();
      this.watchLang();
      this.root.addEventListener("pointerover", (e) => {
        const el = e.target.closest && e.target.closest("time[datetime]");
        if (el) el.title = fullDate(el.getAttribute("datetime"));
      });
      setInterval(() => this.root.querySelectorAll("time[datetime]").forEach((el) => {
        el.textContent = ago(el.getAttribute("datetime"));
      }), 60e3);
    }

    async refused() {
      const origin = location.origin, site = this.site || "default";
      let allowed = null;
      try {
        const r = await fetch(`${BASE}/widget/origin-check?origin=${enc(origin)}&site=${enc(site)}`);
        allowed = (await r.json()).allowed_for;
      } catch (e) { /* the server itself is unreachable */ }
      if (allowed && !allowed.includes(site)) {
        console.error(`Palabre: this page's origin ${origin} is not allowed for site '${site}'. `
          + `List it in the site's origins (palabre sites add ${site} --name … --origin ${origin}), `
          + "or set data-site to a site that allows it.");
      } else {
        console.error(`Palabre: the comment server at ${BASE} could not be reached.`);
      }
      await useLang(this.pickLang("fr") || "fr");
      this.fatal(t("Comments cannot be shown on this page."));
    }

    broken(res) {
      console.error("Palabre:", res.data && res.data.error ? res.data.error.message : res.status);
      this.fatal(res.data && res.data.error ? res.data.error.message : t("Something went wrong. Please try again."));
    }

    fatal(text) {
      if (this.host.tagName === "SECTION") return; // the server-rendered section still works
      this.root.replaceChildren(this.styles(), h("p", { class: "pw pw-error", role: "alert" }, text));
    }

    styles() { return h("link", { rel: "stylesheet", href: DIR + "widget.css" }); }
    has(feature) { return this.cfg.features.includes(feature); }
    title() { return this.host.dataset.title || document.title || ""; }
    url() {
      const canon = document.querySelector("link[rel=canonical]");
      return this.host.dataset.url || (canon && canon.href) || location.href.split("#")[0];
    }
    privacyUrl() { return `${BASE}/privacy?site=${enc(this.site)}&lang=${LANG}`; }

    render() {
      const E = (this.el = {});
      this.queue = [];
      const box = (E.box = h("div", { class: "pw", lang: LANG, "data-theme": this.host.dataset.theme || "auto" }));
      if (this.has("subscriptions")) box.append(this.subscribeBar());
      box.append(E.form = this.form({}), E.closed = h("p", { class: "pw-closed", hidden: true }, t("Comments are closed on this article.")));
      E.count = h("h2", { class: "pw-count", id: "pw-count", tabindex: "-1" });
      E.sorts = h("div", { class: "pw-sort", role: "group", "aria-label": t("Sort comments") },
        [["oldest", t("Oldest")], ["newest", t("Newest")], ["top", t("Most voted")]].map(([v, label]) =>
          h("button", { type: "button", "data-action": "sort", "data-sort": v, "aria-pressed": String(v === this.sort) }, label)));
      E.say = h("div", { class: "pw-sr", role: "status", "aria-live": "polite" });
      E.notice = h("button", { type: "button", class: "pw-new", "data-action": "show-new", hidden: true });
      E.inlineList = h("ol", { class: "pw-inline-list" });
      E.inline = h("section", { class: "pw-inline", "aria-labelledby": "pw-inline-title", hidden: true },
        h("h3", { id: "pw-inline-title" }, t("Inline comments")), E.inlineSlot = h("div"), E.inlineList);
      E.list = h("ol", { class: "pw-list", "aria-labelledby": "pw-count" });
      E.more = h("button", { type: "button", class: "pw-more", "data-action": "more", hidden: true }, t("Show all comments"));
      box.append(h("div", { class: "pw-head" }, E.count, E.sorts), E.say,
        h("div", { class: "pw-newbar" }, E.notice), E.inline, E.list, E.more);
      box.addEventListener("click", (e) => this.click(e));
      box.addEventListener("submit", (e) => this.submit(e));
      this.root.replaceChildren(this.styles(), box);
    }

    say(text) {
      this.el.say.textContent = "";
      setTimeout(() => { this.el.say.textContent = text; }, 50);
    }

    /* ---- list ---- */
    apply(res, append) {
      const E = this.el, d = res.ok ? res.data : null;
      if (!append) { E.list.replaceChildren(); this.known.clear(); }
      if (!res.ok && res.status !== 404) E.list.append(h("li", { class: "pw-error", role: "alert" }, this.err(res)));
      if (d) { this.total = d.thread.published_count; this.inlineTotal = d.thread.inline_count; }
      else if (!append) { this.total = 0; this.inlineTotal = 0; }
      // The stream resumes from the version this page was read at: nothing published in
      // between is missed. A thread not created yet starts at version 0: its first comment,
      // posted before the stream connects, still reaches this page.
      if (d && this.lastEvent == null) this.lastEvent = d.thread.version;
      else if (!d && res.status === 404 && this.lastEvent == null) this.lastEvent = 0;
      this.open = !d || d.thread.status === "open";
      E.form.hidden = !this.open;
      E.closed.hidden = this.open;
      this.cursor = d ? d.next_cursor : null;
      const groups = [];
      for (const c of d ? d.comments : []) {
        if (!c.depth || !groups.length) groups.push([c]); else groups[groups.length - 1].push(c);
      }
      for (const [root, ...replies] of groups) this.group(root, replies);
      this.count();
      E.more.hidden = !this.cursor;
      if (append) E.more.textContent = t("Show more comments");
      this.markers();
      if (!append && this.inlineTotal > this.inlines.size && this.cursor) this.inlineRest();
    }

    group(root, replies) {
      const E = this.el, kids = new Map();
      for (const r of replies) {
        const k = kids.has(r.parent_id) || replies.some((x) => x.id === r.parent_id) ? r.parent_id : root.id;
        kids.set(k, [...(kids.get(k) || []), r]);
      }
      const ordered = [];
      const walk = (id) => (kids.get(id) || []).forEach((c) => { ordered.push(c); walk(c.id); });
      walk(root.id);
      E.list.append(this.item(root));
      ordered.forEach((c, i) => {
        const li = this.item(c);
        if (i >= SHOWN_REPLIES) li.hidden = true;
        E.list.append(li);
      });
      if (ordered.length > SHOWN_REPLIES) {
        const rest = ordered.length - SHOWN_REPLIES;
        E.list.append(h("li", { class: "pw-c pw-fold", style: "--depth:1" },
          h("button", { type: "button", class: "pw-link", "data-action": "unfold" },
            tn("Show {n} more reply", "Show {n} more replies", rest))));
      }
    }

    item(c) {
      this.known.set(c.id, c);
      if (c.anchor) this.inlines.set(c.id, c);
      const li = h("li", {
        class: `pw-c${c.author.staff ? " pw-staff" : ""}${c.status === "pending" ? " pw-pending" : ""}`,
        id: `pw-c${c.id}`, "data-id": c.id, style: `--depth:${Math.min(c.depth, 6)}`, tabindex: "-1",
      });
      if (c.status === "deleted") {
        li.append(deletedLine());
        return li;
      }
      const site = safeUrl(c.author.website);
      const parent = this.known.get(c.reply_to_id || c.parent_id);
      li.append(...[
        h("div", { class: "pw-meta" },
          h("strong", { class: "pw-author" }, site ? h("a", { href: site, rel: "nofollow ugc noopener", target: "_blank" }, c.author.name) : c.author.name),
          c.author.staff && h("span", { class: "pw-badge" }, t("Editorial team")),
          parent && parent.author.name && h("span", { class: "pw-to" }, t("replying to {name}", { name: parent.author.name })),
          h("time", { datetime: c.created_at }, ago(c.created_at)),
          c.edited_at && h("span", { class: "pw-edited" }, t("(edited)")),
          c.status === "pending" && h("span", { class: "pw-badge pw-wait" }, t("Awaiting moderation"))),
        c.anchor && h("blockquote", { class: "pw-quote" },
          h("button", { type: "button", class: "pw-link", "data-action": "passage", title: t("Show the passage in the article") }, `« ${c.anchor.exact} »`)),
        h("div", { class: "pw-body", html: c.html }),
        c.status === "published" ? this.actions(c) : this.ownActions(c)].filter(Boolean));
      return li;
    }

    actions(c) {
      const mine = this.votes[c.id] || 0;
      const vote = (v, label, sign, n) => h("button", { type: "button", class: "pw-vote", "data-action": "vote", "data-value": v, "aria-pressed": String(mine === v) },
        h("span", { class: "pw-sr" }, label), h("span", { "aria-hidden": "true" }, sign), ` ${n}`);
      return h("div", { class: "pw-actions" },
        vote(1, t("Vote up"), "▲", c.upvotes), vote(-1, t("Vote down"), "▼", c.downvotes),
        this.open && h("button", { type: "button", class: "pw-link", "data-action": "reply" }, t("Reply")),
        this.has("reports") && h("button", { type: "button", class: "pw-link", "data-action": "report" }, t("Report")),
        this.ownActions(c));
    }

    ownActions(c) {
      const own = this.tokens[c.id];
      if (!own || Date.parse(own.until) < Date.now() - 36e5) return null;
      return h("span", { class: "pw-own" },
        h("button", { type: "button", class: "pw-link", "data-action": "edit" }, t("Edit")),
        h("button", { type: "button", class: "pw-link", "data-action": "delete" }, t("Delete")));
    }

    count() { this.el.count.textContent = countText(this.total); }
    err(res) { return (res && res.data && res.data.error && res.data.error.message) || t("Something went wrong. Please try again."); }

    insert(c) {
      if (this.known.has(c.id)) return null;
      const li = this.item(c), E = this.el;
      const parent = c.parent_id && E.list.querySelector(`#pw-c${c.parent_id}`);
      if (parent) {
        let after = parent;
        const depth = (el) => +el.style.getPropertyValue("--depth");
        while (after.nextElementSibling && depth(after.nextElementSibling) > depth(parent)) after = after.nextElementSibling;
        after.after(li);
      } else if (this.sort === "newest") E.list.prepend(li);
      else E.list.append(li);
      this.markers();
      return li;
    }

    /* ---- events ---- */
    click(e) {
      const b = e.target.closest("[data-action]");
      if (!b) return;
      const li = b.closest("li[data-id]"), id = li && +li.dataset.id;
      const act = {
        sort: () => this.resort(b.dataset.sort),
        more: () => this.more(),
        "show-new": () => this.showNew(),
        unfold: () => {
          let n = b.closest("li").previousElementSibling;
          while (n && n.hidden) { n.hidden = false; n = n.previousElementSibling; }
          b.closest("li").remove();
        },
        vote: () => this.vote(li, id, +b.dataset.value),
        reply: () => this.replyForm(li, id),
        cancel: () => { const f = b.closest("form"); if (f === this.el.inlineForm) this.el.inlineForm = null; f.remove(); },
        edit: () => this.editForm(li, id),
        delete: () => this.confirmDelete(li, id),
        "delete-yes": () => this.remove(li, id),
        report: () => this.reportForm(li, id),
        passage: () => this.showPassage(this.known.get(id) || this.inlines.get(+b.dataset.id)),
        goto: () => { const el = this.el.list.querySelector(`#pw-c${b.dataset.id}`); if (el) { el.scrollIntoView({ block: "center" }); el.focus({ preventScroll: true }); } },
        "sub-open": () => { const p = b.nextElementSibling; p.hidden = !p.hidden; b.setAttribute("aria-expanded", String(!p.hidden)); if (!p.hidden) p.querySelector("select").focus(); },
        md: () => this.markdown(b),
      }[b.dataset.action];
      if (act) { e.preventDefault(); act(); }
    }

    submit(e) {
      e.preventDefault();
      const f = e.target, kind = f.dataset.kind;
      if (kind === "comment") this.post(f);
      else if (kind === "edit") this.saveEdit(f);
      else if (kind === "report") this.sendReport(f);
      else if (kind === "subscribe") this.subscribe(f);
    }

    async resort(sort) {
      this.sort = sort;
      this.el.sorts.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.sort === sort)));
      this.el.list.setAttribute("aria-busy", "true");
      const res = await this.page(null, PAGE).catch(() => ({ ok: false }));
      this.el.list.removeAttribute("aria-busy");
      this.apply(res, false);
    }

    async more() {
      const E = this.el;
      E.more.disabled = true;
      const before = E.list.lastElementChild;
      const res = await this.page(this.cursor, MORE).catch(() => ({ ok: false }));
      E.more.disabled = false;
      this.apply(res, true);
      const next = before ? before.nextElementSibling : E.list.firstElementChild;
      if (next) next.focus({ preventScroll: true });
    }

    showNew() {
      const added = this.queue.splice(0).map((c) => this.insert(c)).filter(Boolean);
      this.el.notice.hidden = true;
      if (added[0]) { added[0].scrollIntoView({ block: "center" }); added[0].focus({ preventScroll: true }); }
    }

    arrive(c) {
      const shown = this.known.get(c.id);
      if (shown && shown.status === "pending" && c.status === "published") {
        // The reader's own held comment, just approved: shown as published, and counted.
        const old = this.el.list.querySelector(`#pw-c${c.id}`);
        if (old) old.replaceWith(this.item(c));
        this.total++;
        this.count();
        return;
      }
      if (shown || this.queue.some((q) => q.id === c.id)) return;
      this.queue.push(c);
      this.total++;
      this.count();
      if (c.anchor) { this.inlines.set(c.id, c); this.markers(); }
      this.say(this.notice());
    }

    // A published comment's new text (its author's edit, an editor's correction): changed
    // in place, so that a reply being written under it is not lost.
    edited(c) {
      const queued = this.queue.findIndex((q) => q.id === c.id);
      if (queued >= 0) { this.queue[queued] = c; return; }
      const shown = this.known.get(c.id);
      if (!shown || shown.status !== "published") return;
      this.known.set(c.id, c);
      const li = this.el.list.querySelector(`#pw-c${c.id}`);
      if (!li) return;
      li.querySelector(".pw-body").innerHTML = c.html;
      if (c.edited_at && !li.querySelector(".pw-edited")) li.querySelector("time").after(h("span", { class: "pw-edited" }, t("(edited)")));
    }

    // A comment taken down (by its author or an editor) leaves the page and the count; one
    // with replies stays as a "deleted" line above them.
    gone(r) {
      const queued = this.queue.findIndex((q) => q.id === r.id);
      if (queued >= 0) {
        this.queue.splice(queued, 1);
        this.total--;
        this.count();
        this.notice();
      } else {
        const shown = this.known.get(r.id);
        // Not on this page, or already taken out here (the reader's own deletion or held edit).
        if (!shown || shown.status !== "published") return;
        this.known.set(r.id, { ...shown, status: r.status });
        this.total--;
        this.count();
        const li = this.el.list.querySelector(`#pw-c${r.id}`);
        if (li && r.listed) li.replaceChildren(deletedLine());
        else if (li) li.remove();
      }
      if (this.inlines.delete(r.id)) this.markers();
    }

    notice() {
      const text = tn("{n} new comment", "{n} new comments", this.queue.length);
      this.el.notice.textContent = text;
      this.el.notice.hidden = !this.queue.length;
      return text;
    }

    // The stream can bring the reader's own comment before the POST answers: it is
    // then taken out of the "new comments" notice, and counted once.
    mine(c) {
      const queued = this.queue.findIndex((q) => q.id === c.id);
      if (queued >= 0) { this.queue.splice(queued, 1); this.notice(); return; }
      if (this.known.has(c.id)) return; // shown from the notice already, counted then
      if (c.status === "published") { this.total++; this.count(); }
    }

    live() {
      if (!window.EventSource || this.es) return;
      let delay = 1000;
      const open = () => {
        const q = new URLSearchParams();
        if (this.site) q.set("site", this.site);
        if (this.lastEvent != null) q.set("after", this.lastEvent);
        const es = (this.es = new EventSource(`${BASE}/api/v1${this.threadPath("/events")}?${q}`));
        const seen = (e) => { if (e.lastEventId) this.lastEvent = Math.max(this.lastEvent || 0, +e.lastEventId); delay = 1000; };
        // "ready" is where the server starts this stream: taken as it is, even if lower.
        es.addEventListener("ready", (e) => {
          if (e.lastEventId) this.lastEvent = +e.lastEventId;
          delay = 1000;
          this.host.dataset.live = "open"; // comments now arrive live: pages and tests may wait on it
        });
        es.addEventListener("comment", (e) => { seen(e); this.arrive(JSON.parse(e.data)); });
        es.addEventListener("edit", (e) => { seen(e); this.edited(JSON.parse(e.data)); });
        es.addEventListener("remove", (e) => { seen(e); this.gone(JSON.parse(e.data)); });
        es.onerror = () => {
          // The browser retries by itself with Last-Event-ID; when it gives up, we retry,
          // resuming after the last comment received.
          if (es.readyState === EventSource.CLOSED) {
            this.es = null;
            this.host.dataset.live = "closed";
            setTimeout(open, delay);
            delay = Math.min(delay * 2, 30e3);
          }
        };
      };
      open();
    }

    watchLang() {
      const again = async () => {
        const lang = this.pickLang(this.cfg.site.language) || "fr";
        if (lang === LANG) return;
        await useLang(lang);
        this.render();
        this.apply(await this.page(null, PAGE).catch(() => ({ ok: false })), false);
      };
      new MutationObserver(again).observe(this.host, { attributes: true, attributeFilter: ["data-lang", "lang"] });
      new MutationObserver(again).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    }
  }

  /* ---- forms: comment, reply, edit, delete, report, subscribe ---------------------- */
  Object.assign(Widget.prototype, {
    form({ parent, anchor }) {
      const id = `pw-f${++seq}`, me = store.get("author", {}), email = this.cfg.site.require_email;
      const field = (name, label, type, auto, req, value) => h("div", { class: "pw-field" },
        h("label", { for: id + name }, label),
        h("input", { id: id + name, name, type, autocomplete: auto, required: req, "aria-required": String(!!req), value: value || "", maxlength: name === "author_name" ? 80 : 320 }));
      const text = h("textarea", { id: id + "text", name: "text", rows: parent ? 3 : 4, required: true, "aria-required": "true", "aria-describedby": id + "hint", maxlength: 10000 });
      const tool = (label, before, after, key) => h("button", { type: "button", class: "pw-md", "data-action": "md", "data-before": before, "data-after": after, "aria-label": label, title: label }, key);
      const f = h("form", { class: "pw-form", "data-kind": "comment", "data-parent": parent || "", "aria-labelledby": id + "title", novalidate: true },
        h(parent || anchor ? "h3" : "h2", { id: id + "title", class: "pw-title" }, parent ? t("Reply") : anchor ? t("Comment on this passage") : t("Leave a comment")),
        anchor && h("blockquote", { class: "pw-quote" }, `« ${anchor.exact} »`),
        h("label", { for: id + "text" }, t("Your comment")),
        h("div", { class: "pw-toolbar", role: "toolbar", "aria-label": t("Formatting"), "aria-controls": id + "text" },
          tool(t("Bold"), "**", "**", "B"), tool(t("Italic"), "*", "*", "I"), tool(t("Link"), "[", "](https://)", icon("link")),
          tool(t("Quote"), "> ", "", "❝"), tool(t("Code"), "`", "`", "</>")),
        text,
        h("p", { class: "pw-hint", id: id + "hint" }, t("Markdown: *italic*, **bold**, [link](https://…), > quote")),
        h("div", { class: "pw-fields" },
          field("author_name", t("Name"), "text", "name", true, me.name),
          field("author_email", email ? t("Email (never shown)") : t("Email (optional, never shown)"), "email", "email", email, me.email),
          field("author_website", t("Website (optional)"), "url", "url", false, me.website)),
        h("div", { class: "pw-hp", "aria-hidden": "true" },
          h("label", { for: id + "hp" }, t("Leave this field empty")), h("input", { id: id + "hp", name: "hp", tabindex: "-1", autocomplete: "off" })),
        this.has("subscriptions") && h("div", { class: "pw-check" },
          h("input", { type: "checkbox", id: id + "sub", name: "subscribe" }),
          h("label", { for: id + "sub" }, t("Email me when someone replies"))),
        h("p", { class: "pw-msg", "aria-live": "polite" }),
        h("div", { class: "pw-row" },
          h("button", { type: "submit", class: "pw-primary" }, t("Post as guest")),
          (parent || anchor) && h("button", { type: "button", class: "pw-link", "data-action": "cancel" }, t("Cancel"))),
        h("p", { class: "pw-privacy" }, t("Your comment is moderated on this site's own server; nothing is sent to third parties."), " ",
          h("a", { href: this.privacyUrl(), target: "_blank", rel: "noopener" }, t("How your comment data is processed"))));
      f.anchor = anchor || null;
      f.born = Date.now();
      return f;
    },

    markdown(b) {
      const ta = b.closest("form").elements.text, { selectionStart: s, selectionEnd: e, value } = ta;
      const before = b.dataset.before, after = b.dataset.after;
      ta.value = value.slice(0, s) + before + value.slice(s, e) + after + value.slice(e);
      ta.focus();
      ta.setSelectionRange(s + before.length, e + before.length);
    },

    message(f, text, kind) {
      const m = f.querySelector(".pw-msg");
      m.className = `pw-msg pw-${kind}`;
      m.setAttribute("role", kind === "error" ? "alert" : "status");
      m.textContent = text;
    },

    fieldError(f, res) {
      f.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
      const name = res && res.data && res.data.error && res.data.error.field;
      const input = name && f.elements[name === "body" ? "text" : name];
      if (input && input.focus) { input.setAttribute("aria-invalid", "true"); input.focus(); }
      this.message(f, res ? this.err(res) : t("The comment server could not be reached. Check your connection and try again."), "error");
    },

    async send(f, method, path, body) {
      const button = f.querySelector("[type=submit]");
      button.disabled = true;
      f.setAttribute("aria-busy", "true");
      try { return await this.api(method, path, body); }
      catch (e) { return null; }
      finally { button.disabled = false; f.removeAttribute("aria-busy"); }
    },

    async post(f) {
      const v = (n) => (f.elements[n] ? f.elements[n].value.trim() : "");
      const body = {
        text: f.elements.text.value, author_name: v("author_name"),
        author_email: v("author_email") || null, author_website: v("author_website") || null,
        parent_id: +f.dataset.parent || null, anchor: f.anchor, thread_title: this.title(),
        thread_url: this.url(), lang: LANG, hp: f.elements.hp.value || null, form_age_ms: Date.now() - f.born,
      };
      const res = await this.send(f, "POST", this.threadPath("/comments"), body);
      if (!res || !res.ok) return this.fieldError(f, res);
      store.set("author", { name: body.author_name, email: body.author_email, website: body.author_website });
      const { comment: c, edit_token: token, edit_until: until, moderation: m } = res.data;
      this.tokens[c.id] = { token, until, text: body.text };
      store.set("tokens", this.tokens);
      const shown = c.status === "published" || c.status === "pending";
      this.message(f, m.message, shown ? (c.status === "published" ? "ok" : "wait") : "error");
      if (!shown) return;
      f.elements.text.value = "";
      f.born = Date.now();
      this.mine(c);
      const li = this.insert(c);
      if (f.elements.subscribe && f.elements.subscribe.checked && body.author_email) {
        const sub = await this.api("POST", this.threadPath("/subscriptions"), { email: body.author_email, mode: "replies", lang: LANG }).catch(() => null);
        this.message(f, `${m.message} ${sub && sub.ok ? sub.data.message : this.err(sub)}`, "ok");
      }
      if (f !== this.el.form) {
        const note = h("p", { class: `pw-msg pw-${c.status === "published" ? "ok" : "wait"}`, role: "status" }, m.message);
        if (f === this.el.inlineForm) this.el.inlineForm = null;
        f.replaceWith(note);
        if (li) li.focus({ preventScroll: true });
      }
    },

    replyForm(li, id) {
      const open = li.querySelector("form[data-kind=comment]");
      if (open) return open.elements.text.focus();
      const f = this.form({ parent: id });
      li.append(f);
      f.elements.text.focus();
    },

    editForm(li, id) {
      if (li.querySelector("form[data-kind=edit]")) return;
      const own = this.tokens[id], fid = `pw-e${++seq}`;
      const f = h("form", { class: "pw-form pw-edit", "data-kind": "edit", novalidate: true },
        h("label", { for: fid }, t("Edit your comment")),
        h("textarea", { id: fid, name: "text", rows: 4, required: true }, own.text || ""),
        h("p", { class: "pw-msg", "aria-live": "polite" }),
        h("div", { class: "pw-row" },
          h("button", { type: "submit", class: "pw-primary" }, t("Save")),
          h("button", { type: "button", class: "pw-link", "data-action": "cancel" }, t("Cancel"))));
      li.querySelector(".pw-body").after(f);
      f.elements.text.focus();
    },

    async saveEdit(f) {
      const li = f.closest("li[data-id]"), id = +li.dataset.id, own = this.tokens[id];
      const text = f.elements.text.value;
      const res = await this.send(f, "PATCH", `/comments/${id}`, { text, edit_token: own.token });
      if (!res || !res.ok) return this.fieldError(f, res);
      own.text = text;
      store.set("tokens", this.tokens);
      const c = res.data.comment, was = this.known.get(id);
      this.known.set(id, c);
      if (was && was.status === "published" && c.status !== "published") {
        // The edit is held: the comment leaves the count until an editor approves it.
        this.total--;
        this.count();
        li.classList.add("pw-pending");
      }
      li.querySelector(".pw-body").innerHTML = c.html;
      if (!li.querySelector(".pw-edited")) li.querySelector("time").after(h("span", { class: "pw-edited" }, t("(edited)")));
      if (c.status !== "published") this.message(f, res.data.moderation.message, "wait");
      else { f.remove(); this.say(res.data.moderation.message); li.focus(); }
    },

    confirmDelete(li) {
      if (li.querySelector(".pw-confirm")) return;
      const box = h("div", { class: "pw-confirm", role: "group", "aria-label": t("Delete this comment?") },
        h("span", {}, t("Delete this comment?")), " ",
        h("button", { type: "button", class: "pw-danger", "data-action": "delete-yes" }, t("Delete")),
        h("button", { type: "button", class: "pw-link", "data-action": "cancel-delete", onclick: () => box.remove() }, t("Cancel")),
        h("p", { class: "pw-msg", "aria-live": "polite" }));
      li.querySelector(".pw-body").after(box);
      box.querySelector(".pw-danger").focus();
    },

    async remove(li, id) {
      const box = li.querySelector(".pw-confirm"), own = this.tokens[id];
      const res = await this.api("DELETE", `/comments/${id}`, { edit_token: own.token }).catch(() => null);
      if (!res || !res.ok) return this.message(box, this.err(res), "error");
      delete this.tokens[id];
      store.set("tokens", this.tokens);
      this.inlines.delete(id);
      const was = this.known.get(id);
      if (was.status === "published") { this.total--; this.count(); }
      this.known.set(id, { ...was, status: "deleted" });
      li.replaceChildren(deletedLine());
      li.focus();
      this.say(t("Your comment was deleted."));
      this.markers();
    },

    async vote(li, id, value) {
      const now = this.votes[id] === value ? 0 : value;
      const res = await this.api("POST", `/comments/${id}/vote`, { value: now, voter: voterId() }).catch(() => null);
      if (!res || !res.ok) return this.say(this.err(res));
      this.votes[id] = res.data.my_vote;
      store.set("votes", this.votes);
      const c = Object.assign(this.known.get(id), { upvotes: res.data.upvotes, downvotes: res.data.downvotes });
      const bar = li.querySelector(".pw-actions");
      const fresh = this.actions(c);
      bar.replaceWith(fresh);
      fresh.querySelector(`[data-value="${value}"]`).focus();
    },

    reportForm(li, id) {
      if (li.querySelector("form[data-kind=report]")) return;
      const fid = `pw-r${++seq}`;
      const reasons = [["spam", t("Spam or advertising")], ["abuse", t("Abuse or harassment")], ["off_topic", t("Off topic")], ["other", t("Something else")]];
      const f = h("form", { class: "pw-form pw-report", "data-kind": "report", "data-id": id, novalidate: true },
        h("label", { for: fid }, t("Why are you reporting this comment?")),
        h("select", { id: fid, name: "reason" }, reasons.map(([v, l]) => h("option", { value: v }, l))),
        h("label", { for: fid + "n" }, t("Details (optional)")),
        h("textarea", { id: fid + "n", name: "note", rows: 2, maxlength: 1000 }),
        h("p", { class: "pw-msg", "aria-live": "polite" }),
        h("div", { class: "pw-row" },
          h("button", { type: "submit", class: "pw-primary" }, t("Send report")),
          h("button", { type: "button", class: "pw-link", "data-action": "cancel" }, t("Cancel"))));
      li.querySelector(".pw-actions").after(f);
      f.elements.reason.focus();
    },

    async sendReport(f) {
      const body = { reason: f.elements.reason.value };
      if (f.elements.note.value.trim()) body.note = f.elements.note.value.trim();
      const res = await this.send(f, "POST", `/comments/${f.dataset.id}/reports`, body);
      if (!res || !res.ok) return this.fieldError(f, res);
      const note = h("p", { class: "pw-msg pw-ok", role: "status" }, res.data.message);
      f.replaceWith(note);
    },

    subscribeBar() {
      const id = `pw-s${++seq}`, me = store.get("author", {});
      return h("div", { class: "pw-sub" },
        h("button", { type: "button", class: "pw-subbtn", "data-action": "sub-open", "aria-expanded": "false", "aria-controls": id }, t("Subscribe")),
        h("form", { id, class: "pw-subform", "data-kind": "subscribe", hidden: true, novalidate: true },
          h("div", { class: "pw-field" }, h("label", { for: id + "m" }, t("Notify me of")),
            h("select", { id: id + "m", name: "mode" },
              h("option", { value: "all" }, t("New comments on this article")),
              h("option", { value: "replies" }, t("Replies to my comments")))),
          h("div", { class: "pw-field" }, h("label", { for: id + "e" }, t("Your email address")),
            h("input", { id: id + "e", name: "email", type: "email", autocomplete: "email", required: true, "aria-required": "true", value: me.email || "" })),
          h("button", { type: "submit", class: "pw-primary" }, t("Subscribe")),
          h("p", { class: "pw-msg", "aria-live": "polite" })));
    },

    async subscribe(f) {
      const body = { email: f.elements.email.value.trim(), mode: f.elements.mode.value, lang: LANG };
      const res = await this.send(f, "POST", this.threadPath("/subscriptions"), body);
      if (!res || !res.ok) return this.fieldError(f, res);
      this.message(f, res.data.message, "ok");
    },
  });

  /* ---- inline comments: markers, selection, passages ------------------------------ */
  Object.assign(Widget.prototype, {
    article() {
      const sel = this.host.dataset.articleSelector;
      this.art = sel ? document.querySelector(sel) : null;
      if (!this.art) return;
      this.paras = [...this.art.querySelectorAll("p, li, blockquote")].filter((p) => !p.querySelector("p") && p.textContent.trim().length >= 60);
      this.markers();
      let timer = 0;
      document.addEventListener("selectionchange", () => { clearTimeout(timer); timer = setTimeout(() => this.selection(), 120); });
    },

    index() { return textIndex(this.art); },

    paraOf(node) {
      for (let el = node.nodeType === 3 ? node.parentElement : node; el && el !== this.art; el = el.parentElement) {
        if (this.paras.includes(el)) return el;
      }
      return null;
    },

    // Which paragraph each inline comment's passage is in now.
    placed() {
      const ix = this.index(), out = [];
      for (const c of this.inlines.values()) {
        const at = c.anchor && resolve(ix, c.anchor);
        const range = at && rangeOf(ix, at);
        out.push({ c, at, range, para: range ? this.paraOf(range.startContainer) : null });
      }
      return out;
    },

    markers() {
      if (!this.art || !this.el) return;
      const placed = this.placed(), per = new Map();
      for (const p of placed) if (p.para) per.set(p.para, (per.get(p.para) || 0) + 1);
      this.paras.forEach((p, i) => {
        let m = p.querySelector(":scope > palabre-marker");
        if (!m) {
          m = document.createElement("palabre-marker");
          const root = m.attachShadow({ mode: "open" });
          root.append(h("link", { rel: "stylesheet", href: DIR + "widget.css" }),
            h("button", { type: "button", class: "pw-marker", onclick: () => this.openInline(this.paraQuote(p), p) }));
          p.append(m);
        }
        const n = per.get(p) || 0, b = m.shadowRoot.querySelector("button");
        b.replaceChildren(icon("bubble"), n ? ` ${n}` : " +");
        b.dataset.count = n;
        b.setAttribute("aria-label", n ? tn("{n} comment on this paragraph: comment it", "{n} comments on this paragraph: comment it", n)
          : t("Comment on this paragraph"));
        b.setAttribute("lang", LANG);
        m.dataset.paragraph = i;
      });
      this.inlineList(placed);
    },

    inlineList(placed) {
      const E = this.el;
      const items = placed.filter((p) => p.c.status !== "deleted");
      E.inline.hidden = !items.length && !E.inlineForm;
      E.inlineList.replaceChildren(...items.map(({ c, range }) => h("li", { class: "pw-inline-item", "data-id": c.id },
        h("blockquote", { class: "pw-quote" },
          range ? h("button", { type: "button", class: "pw-link", "data-action": "passage", "data-id": c.id, title: t("Show the passage in the article") }, `« ${c.anchor.exact} »`)
            : h("span", {}, `« ${c.anchor.exact} »`, " ", h("em", {}, t("(this passage has changed)")))),
        h("p", {}, h("strong", {}, c.author.name), " — ", h("span", { class: "pw-excerpt" }, (c.html.replace(/<[^>]*>/g, " ").replace(/&[a-z#0-9]+;/gi, " ").trim()).slice(0, 160)), " ",
          this.known.has(c.id) && h("button", { type: "button", class: "pw-link", "data-action": "goto", "data-id": c.id }, t("Read the comment"))))));
    },

    paraQuote(p) {
      const ix = this.index(), r = document.createRange();
      r.selectNodeContents(p);
      let s = normOffset(ix, rawOffset(ix, r.startContainer, r.startOffset));
      let e = normOffset(ix, rawOffset(ix, r.endContainer, r.endOffset));
      while (s < e && ix.norm[s] === " ") s++;
      if (e - s > 200) {
        // A long paragraph is quoted by its opening words: enough to find it again.
        const cut = ix.norm.lastIndexOf(" ", s + 200);
        e = cut > s + 60 ? cut : s + 200;
      }
      return quoteAt(ix, s, e);
    },

    selection() {
      const sel = getSelection();
      if (this.quiet || !sel.rangeCount || sel.isCollapsed || !this.art.contains(sel.getRangeAt(0).commonAncestorContainer)) {
        this.quiet = false;
        if (this.pick) this.pick.hidden = true;
        return;
      }
      const r = sel.getRangeAt(0), ix = this.index();
      const q = quoteAt(ix, normOffset(ix, rawOffset(ix, r.startContainer, r.startOffset)), normOffset(ix, rawOffset(ix, r.endContainer, r.endOffset)));
      if (q.exact.length < 3 || q.exact.length > 1000) return;
      if (!this.pick) {
        this.pick = document.createElement("palabre-selection");
        const root = this.pick.attachShadow({ mode: "open" });
        root.append(h("link", { rel: "stylesheet", href: DIR + "widget.css" }),
          h("button", { type: "button", class: "pw-pick", onmousedown: (e) => e.preventDefault(),
            onclick: () => { this.pick.hidden = true; this.openInline(this.pickQuote, this.paraOf(r.startContainer)); } }));
        document.body.append(this.pick);
      }
      this.pickQuote = q;
      const rect = r.getBoundingClientRect();
      this.pick.shadowRoot.querySelector("button").textContent = t("Comment on this passage");
      this.pick.style.setProperty("--x", `${Math.max(4, rect.left + scrollX)}px`);
      this.pick.style.setProperty("--y", `${rect.bottom + scrollY + 6}px`);
      this.pick.hidden = false;
    },

    openInline(anchor, para) {
      const E = this.el;
      if (E.inlineForm) E.inlineForm.remove();
      E.inlineForm = this.form({ anchor });
      E.inlineSlot.replaceChildren(E.inlineForm);
      E.inline.hidden = false;
      E.inlineList.querySelectorAll("li").forEach((li) => li.classList.remove("pw-here"));
      if (para) {
        for (const p of this.placed()) if (p.para === para) {
          const li = E.inlineList.querySelector(`[data-id="${p.c.id}"]`);
          if (li) li.classList.add("pw-here");
        }
      }
      E.inlineForm.scrollIntoView({ block: "center" });
      E.inlineForm.elements.text.focus({ preventScroll: true });
    },

    showPassage(c) {
      if (!c || !c.anchor || !this.art) return;
      const ix = this.index(), at = resolve(ix, c.anchor);
      if (!at) return this.say(t("This passage is no longer in the article."));
      const range = rangeOf(ix, at), para = this.paraOf(range.startContainer) || this.art;
      para.setAttribute("tabindex", "-1");
      para.focus({ preventScroll: true });
      this.quiet = true;
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      para.scrollIntoView({ block: "center" });
    },

    async inlineRest() {
      // Markers need every inline comment, not only those of the first page.
      let cursor = this.cursor;
      for (let i = 0; cursor && i < 10 && this.inlines.size < this.inlineTotal; i++) {
        const res = await this.page(cursor, 200).catch(() => null);
        if (!res || !res.ok) return;
        for (const c of res.data.comments) if (c.anchor && c.status === "published") this.inlines.set(c.id, c);
        cursor = res.data.next_cursor;
      }
      this.markers();
    },
  });

  /* ---- start --------------------------------------------------------------------- */
  function boot() {
    const host = document.querySelector("section#palabre[data-thread], #palabre[data-thread]");
    if (!host || host.palabre) return;
    host.palabre = new Widget(host);
    host.palabre.start();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
