// Amigo explorer: progressive enhancement only. Every page works without
// this file; with it, function forms run in place through the API and the
// Events page follows new events live. Everything from the node is put in
// the page with textContent, never as HTML.
(function () {
  "use strict";

  var reserved = { packages: 1, txs: 1, events: 1, network: 1, search: 1, "static": 1, blocks: 1, services: 1, v1: 1, metrics: 1 };

  function pkgURL(pkg) {
    var first = pkg.split("/")[0];
    return "/" + pkg + (reserved[first] ? ":" : "");
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function link(href, text, cls) {
    var a = el("a", cls, text);
    a.href = href;
    return a;
  }

  function short(s) {
    s = String(s || "");
    return s.length <= 14 ? s : s.slice(0, 10) + "\u2026" + s.slice(-4);
  }

  function num(n) {
    return Number(n || 0).toLocaleString("en-US");
  }

  function attrPairs(ev) {
    var out = [];
    var list = ev.list || [];
    if (list.length) {
      for (var i = 0; i < list.length; i += 2) out.push([list[i], i + 1 < list.length ? list[i + 1] : ""]);
      return out;
    }
    var attrs = ev.attrs || {};
    Object.keys(attrs).sort().forEach(function (k) { out.push([k, attrs[k]]); });
    return out;
  }

  function attrsCell(ev) {
    var td = el("td");
    attrPairs(ev).forEach(function (p) {
      var s = el("span", "attr");
      s.appendChild(el("span", "k", p[0]));
      s.appendChild(document.createTextNode("="));
      s.appendChild(el("span", "v", p[1]));
      td.appendChild(s);
      td.appendChild(document.createTextNode(" "));
    });
    return td;
  }

  function posURL(pkg, pos) {
    var m = /^([^:]+\.go):(\d+)(?::\d+)?$/.exec(pos || "");
    if (!m) return "";
    return pkgURL(pkg) + "?tab=source&file=" + encodeURIComponent(m[1]) + "#L" + m[2];
  }

  // shellQuote quotes a word for a POSIX shell, as the server does.
  function shellQuote(s) {
    if (s === "") return "''";
    if (/^[A-Za-z0-9_\-.\/:@%+=,]+$/.test(s)) return s;
    return "'" + s.replace(/'/g, "'\\''") + "'";
  }

  function callCommand(target, args, remote) {
    var parts = ["amigo", "call", "--remote", shellQuote(remote), shellQuote(target)];
    if (args.some(function (a) { return a.charAt(0) === "-"; })) parts.push("--");
    args.forEach(function (a) { parts.push(shellQuote(a)); });
    return parts.join(" ");
  }

  function formArgs(form) {
    var args = [];
    form.querySelectorAll("input[name=arg], textarea[name=varg]").forEach(function (f) {
      if (f.name === "varg") {
        f.value.split(/\r?\n/).forEach(function (l) { if (l !== "") args.push(l); });
      } else {
        args.push(f.value);
      }
    });
    return args;
  }

  function eventsTable(events) {
    var t = el("table", "grid events");
    var head = el("thead");
    var hr = el("tr");
    ["Package", "Event", "Attributes"].forEach(function (h) { hr.appendChild(el("th", "", h)); });
    head.appendChild(hr);
    t.appendChild(head);
    var body = el("tbody");
    events.forEach(function (ev) {
      var tr = el("tr");
      var td = el("td");
      td.appendChild(link(pkgURL(ev.pkg), ev.pkg));
      tr.appendChild(td);
      tr.appendChild(el("td", "evtype", ev.type));
      tr.appendChild(attrsCell(ev));
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  function showReceipt(box, action, rc, errMsg) {
    box.textContent = "";
    box.appendChild(el("div", "outcome-label", action));
    var ok = !errMsg && !rc.error;
    var o = el("div", "outcome " + (ok ? "ok" : "err"));
    var head = el("div", "outcome-head");
    head.appendChild(el("span", "badge " + (ok ? "ok" : "err"), ok ? "ok" : (rc.error_kind || "error")));
    head.appendChild(el("span", "gas", "gas " + num(rc.gas_used)));
    if (rc.hash) {
      head.appendChild(link("/txs/" + rc.hash, "tx " + short(rc.hash), "txlink mono"));
      if (rc.height) head.appendChild(el("span", "muted", "height " + rc.height));
    }
    o.appendChild(head);
    if (ok) {
      if (rc.result !== undefined) {
        o.appendChild(el("pre", "json", JSON.stringify(rc.result, null, 2)));
      } else {
        o.appendChild(el("p", "muted", "No result."));
      }
    } else {
      var p = el("p", "error-msg", rc.error || errMsg);
      if (rc.pos) {
        p.appendChild(document.createTextNode(" "));
        var u = posURL(rc.package, rc.pos);
        p.appendChild(u ? link(u, rc.pos, "mono") : el("code", "", rc.pos));
      }
      o.appendChild(p);
    }
    if (rc.events && rc.events.length) o.appendChild(eventsTable(rc.events));
    box.appendChild(o);
  }

  function showCommand(box, cmd) {
    box.textContent = "";
    var o = el("div", "outcome cmd");
    o.appendChild(el("p", "", "Run this call with the amigo CLI (the browser holds no key on this profile):"));
    o.appendChild(el("pre", "command", cmd));
    box.appendChild(o);
  }

  function enhanceForm(form) {
    // Signed in to a gateway: the token cookie is not sent with the API's
    // POSTs, so the form posts to the explorer, which queries with it.
    if (document.body.getAttribute("data-session")) return;
    var box = form.querySelector(".result");
    form.addEventListener("submit", function (e) {
      var action = (e.submitter && e.submitter.value) || "query";
      e.preventDefault();
      var args = formArgs(form);
      var profile = document.body.getAttribute("data-profile");
      if (action === "call" && profile !== "dev") {
        showCommand(box, callCommand(form.dataset.target, args, form.dataset.remote || location.origin));
        return;
      }
      var buttons = form.querySelectorAll("button");
      buttons.forEach(function (b) { b.disabled = true; });
      box.textContent = "";
      box.appendChild(el("p", "muted", action === "call" ? "Calling\u2026" : "Querying\u2026"));
      fetch("/v1/" + action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ "package": form.dataset["package"], "func": form.dataset.func, args: args })
      }).then(function (resp) {
        return resp.json().then(function (body) { return { status: resp.status, body: body }; });
      }).then(function (r) {
        var b = r.body || {};
        if (b.error && typeof b.error === "object") {
          showReceipt(box, action, b.receipt || { error: b.error.message, error_kind: b.error.code, gas_used: 0 }, b.error.message);
        } else {
          showReceipt(box, action, b);
        }
      }).catch(function (err) {
        box.textContent = "";
        box.appendChild(el("p", "error-msg", "The node did not answer: " + err));
      }).finally(function () {
        buttons.forEach(function (b) { b.disabled = false; });
      });
    });
  }

  function followEvents(table) {
    var stream = table.dataset.stream;
    if (!stream || !window.EventSource) return;
    var body = table.querySelector("tbody");
    var live = document.getElementById("live");
    var text = live && live.querySelector(".live-text");
    function state(s, t) {
      if (!live) return;
      live.hidden = false;
      live.setAttribute("data-state", s);
      text.textContent = t;
    }
    state("off", "connecting");
    var src = new EventSource(stream);
    src.onopen = function () { state("on", "live"); };
    src.onerror = function () { state("error", "reconnecting"); };
    src.addEventListener("amigo", function (m) {
      var ev;
      try { ev = JSON.parse(m.data); } catch (e) { return; }
      var empty = body.querySelector(".empty-row");
      if (empty) empty.remove();
      var tr = el("tr", "fresh");
      var td = el("td", "num");
      td.appendChild(link("/txs/" + ev.tx, ev.height));
      tr.appendChild(td);
      td = el("td", "mono");
      td.appendChild(link("/txs/" + ev.tx, short(ev.tx)));
      tr.appendChild(td);
      td = el("td");
      td.appendChild(link(pkgURL(ev.pkg), ev.pkg));
      tr.appendChild(td);
      tr.appendChild(el("td", "evtype", ev.type));
      tr.appendChild(attrsCell(ev));
      tr.appendChild(el("td", "time", "just now"));
      body.insertBefore(tr, body.firstChild);
      while (body.rows.length > 500) body.deleteRow(body.rows.length - 1);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.callform").forEach(enhanceForm);
    var t = document.getElementById("events");
    if (t) followEvents(t);
  });
})();
