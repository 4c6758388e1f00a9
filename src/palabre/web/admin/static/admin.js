// The queue: actions by mouse and keyboard, bulk actions, and live updates (SSE).
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) return;
  var csrf = document.querySelector('meta[name="csrf"]').content;
  var tab = queue.dataset.tab;
  var msg = queue.dataset;
  var live = document.getElementById("live");
  var current = 0;
  var STATUS = { approve: "published", not_spam: "published", reject: "rejected", spam: "spam" };

  function cards() { return Array.prototype.slice.call(queue.querySelectorAll(".qcard:not(.gone)")); }

  function api(path, body) {
    return fetch("/api/v1/moderation/" + path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body || {})
    }).then(function (res) {
      return res.json().then(function (data) {
        if (!res.ok) throw new Error((data.error && data.error.message) || res.status);
        return data;
      });
    });
  }

  function say(text) { live.hidden = false; live.textContent = text; }
  function fail(err) { say(msg.msgError + " " + err.message); }

  function focusCard(i) {
    var list = cards();
    if (!list.length) return;
    current = Math.max(0, Math.min(i, list.length - 1));
    list.forEach(function (c) { c.classList.remove("current"); });
    list[current].classList.add("current");
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest" });
  }

  function stays(card, status) {
    // Does a comment with this status still belong in this tab?
    if (tab === "pending") return status === "pending";
    if (tab === "approved" || tab === "unmoderated") return false;
    if (tab === "reported") return false;
    return status === tab;
  }

  function settle(card, status, note) {
    card.dataset.status = status;
    var badge = card.querySelector(".status");
    badge.className = "status s-" + status;
    badge.textContent = status + (note ? " — " + note : "");
    if (!stays(card, status)) {
      card.classList.add("done");
      setTimeout(function () { card.classList.add("gone"); card.hidden = true; focusCard(current); }, note ? 1500 : 250);
    }
  }

  function act(card, verb) {
    return api("comments/" + card.dataset.id + "/" + verb).then(function (d) { settle(card, d.status); }, fail);
  }

  function op(card, name, button) {
    var id = card.dataset.id;
    if (name === "edit") {
      var body = card.querySelector(".body");
      var text = window.prompt(msg.msgEdit, body.dataset.source);
      if (text === null) return;
      api("comments/" + id + "/edit", { text: text }).then(function (d) {
        body.dataset.source = d.text; body.textContent = d.text;
      }, fail);
    } else if (name === "reply") {
      var reply = window.prompt(msg.msgReply, "");
      if (!reply) return;
      api("comments/" + id + "/reply", { text: reply }).then(function () { say("✓"); }, fail);
    } else if (name === "feature") {
      var on = button.dataset.on === "1";
      api("comments/" + id + "/feature", { featured: on }).then(function () {
        button.dataset.on = on ? "0" : "1"; say(on ? "★" : "☆");
      }, fail);
    } else if (name === "ban") {
      var hours = window.prompt(msg.msgBan, "0");
      if (hours === null) return;
      api("people", { site: card.dataset.site, rule: "ban", match: button.dataset.match,
                      value: button.dataset.value, hours: Number(hours) || 0 })
        .then(function () { say(msg.msgBanned); }, fail);
    }
  }

  queue.addEventListener("click", function (ev) {
    var button = ev.target.closest("button");
    if (!button) return;
    var card = button.closest(".qcard");
    current = cards().indexOf(card);
    if (button.dataset.act) act(card, button.dataset.act);
    else if (button.dataset.op) op(card, button.dataset.op, button);
  });

  // Bulk actions on the selected cards, in one request and one transaction.
  var counter = document.getElementById("selected-count");
  function selected() { return cards().filter(function (c) { return c.querySelector(".select").checked; }); }
  function recount() { counter.textContent = selected().length; }
  queue.addEventListener("change", recount);
  document.getElementById("select-all").addEventListener("change", function (ev) {
    cards().forEach(function (c) { c.querySelector(".select").checked = ev.target.checked; });
    recount();
  });
  document.getElementById("bulk").addEventListener("click", function (ev) {
    var verb = ev.target.dataset && ev.target.dataset.bulk;
    if (!verb) return;
    var chosen = selected();
    if (!chosen.length) return;
    api("bulk", { action: verb, ids: chosen.map(function (c) { return Number(c.dataset.id); }) })
      .then(function () {
        chosen.forEach(function (c) { c.querySelector(".select").checked = false; settle(c, STATUS[verb]); });
        document.getElementById("select-all").checked = false;
        recount();
      }, fail);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") return;
    var card = cards()[current];
    var keys = { a: "approve", r: "reject", s: "spam" };
    if (ev.key === "j") focusCard(current + 1);
    else if (ev.key === "k") focusCard(current - 1);
    else if (keys[ev.key] && card) act(card, keys[ev.key]);
    else if (ev.key === "x" && card) { var box = card.querySelector(".select"); box.checked = !box.checked; recount(); }
    else if (ev.key === "e" && card) op(card, "edit");
    else return;
    ev.preventDefault();
  });

  // Live: what other moderators decide, from any worker, through the audit record.
  if (window.EventSource) {
    var source = new EventSource("/api/v1/moderation/live?after=" + queue.dataset.last);
    source.addEventListener("decision", function (ev) {
      var d = JSON.parse(ev.data);
      if (d.mine) return;
      var card = document.getElementById("c" + d.comment_id);
      if (card && !card.classList.contains("gone") && d.actor.indexOf("staff:") === 0) {
        settle(card, d.status, msg.msgBy + " " + d.by);
        say(d.by + ": " + d.action + " #" + d.comment_id);
      } else if (!card && tab === "pending" && d.status === "pending") {
        say(msg.msgNew);
      }
    });
  }
  focusCard(0);
})();
