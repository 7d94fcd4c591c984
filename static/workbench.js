// Keyboard-first workbench: no inline script (the CSP forbids it), no dependencies.
(function () {
  "use strict";

  var SHORTCUTS = [
    ["j / k", "next / previous claim in this article"],
    ["n", "next claim in my queue"],
    ["1 – 6", "source type"],
    ["Shift + 1 – 5", "verdict"],
    ["q / h / x", "direct quote / hedged / not a claim"],
    ["Ctrl + S", "save"],
    ["Ctrl + Enter", "save and go to the next claim"],
    ["s", "split this claim"],
    ["a", "add the selected article text as a claim"],
    ["Delete", "delete this claim (undo with u)"],
    ["u", "undo the last delete"],
    ["?", "show or hide these shortcuts"],
    ["Esc", "leave a text field, close this help"],
  ];

  // Shortcuts stay off while the reviewer types; radios, checkboxes and buttons do not count as typing.
  var NOT_TYPING = { radio: true, checkbox: true, button: true, submit: true, reset: true };
  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    if (tag === "INPUT") return !NOT_TYPING[target.type];
    return tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }

  function pick(name, index) {
    var radios = document.querySelectorAll('#annotation-form input[name="' + name + '"]');
    if (radios[index]) { radios[index].checked = true; radios[index].focus(); return true; }
    return false;
  }

  function toggle(name) {
    var box = document.querySelector('#annotation-form input[name="' + name + '"]');
    if (box) { box.checked = !box.checked; return true; }
    return false;
  }

  // Character offsets of the current selection inside the article body (the body's text is article.body).
  function selectionOffsets() {
    var body = document.getElementById("article-body");
    var sel = window.getSelection();
    if (!body || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var range = sel.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var text = range.toString();
    return { start: start, end: start + text.length, text: text };
  }

  function addFromSelection() {
    var form = document.getElementById("add-claim");
    var picked = selectionOffsets();
    if (!form || !picked || !picked.text.trim()) return false;
    form.querySelector('input[name="start"]').value = picked.start;
    form.querySelector('input[name="end"]').value = picked.end;
    var text = form.querySelector('textarea[name="text"]');
    text.value = picked.text.trim();
    form.hidden = false;
    text.focus();
    return true;
  }

  var help = null;
  function toggleHelp() {
    if (!help) {
      help = document.createElement("dialog");
      help.className = "shortcuts";
      help.setAttribute("aria-label", "Keyboard shortcuts");
      var h = document.createElement("h2");
      h.textContent = "Keyboard shortcuts";
      help.appendChild(h);
      var table = document.createElement("table");
      SHORTCUTS.forEach(function (row) {
        var tr = table.insertRow();
        var key = document.createElement("kbd");
        key.textContent = row[0];
        tr.insertCell().appendChild(key);
        tr.insertCell().textContent = row[1];
      });
      help.appendChild(table);
      document.body.appendChild(help);
    }
    if (help.open) help.close(); else help.showModal();
  }

  function setMode(mode) {
    var body = document.getElementById("article-body");
    if (!body) return;
    body.classList.toggle("colour-status", mode === "status");
    body.classList.toggle("colour-type", mode !== "status");
    document.querySelectorAll(".mode-btn").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.mode === mode));
    });
    document.querySelectorAll(".legend .by-type").forEach(function (el) { el.hidden = mode === "status"; });
    document.querySelectorAll(".legend .by-status").forEach(function (el) { el.hidden = mode !== "status"; });
    try { localStorage.setItem("claims.colour", mode); } catch (e) { /* private mode */ }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var saved = null;
    try { saved = localStorage.getItem("claims.colour"); } catch (e) { /* private mode */ }
    setMode(saved || "type");
    document.querySelectorAll(".mode-btn").forEach(function (b) {
      b.addEventListener("click", function () { setMode(b.dataset.mode); });
    });
    var open = document.querySelector("#article-body .claim-span.open");
    if (open) open.scrollIntoView({ block: "center" });
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey) {
      if (e.key === "Enter" && click('#annotation-form [name="save_next"]')) e.preventDefault();
      else if ((e.key === "s" || e.key === "S") && click('#annotation-form [name="save"]')) e.preventDefault();
      return;
    }
    if (e.key === "Escape") {
      if (help && help.open) help.close();
      else if (typing(e.target)) e.target.blur();
      return;
    }
    if (typing(e.target) || e.altKey) return;
    var handled = false;
    var digit = /^Digit([1-9])$/.exec(e.code || "");
    if (digit && e.shiftKey) handled = pick("verdict", Number(digit[1]) - 1);
    else if (digit) handled = pick("source_type", Number(digit[1]) - 1);
    else if (e.key === "j") handled = click('a[data-key="j"]');
    else if (e.key === "k") handled = click('a[data-key="k"]');
    else if (e.key === "n") {
      var article = document.querySelector("article[data-open]");
      window.location.href = "/queue/next" + (article ? "?after=" + article.dataset.open : "");
      handled = true;
    }
    else if (e.key === "q") handled = toggle("direct_quote");
    else if (e.key === "h") handled = toggle("hedged");
    else if (e.key === "x") handled = toggle("not_a_claim");
    else if (e.key === "u") handled = click('form.undo button');
    else if (e.key === "Delete") handled = click('button[data-key="Delete"]');
    else if (e.key === "a") handled = addFromSelection();
    else if (e.key === "s") {
      var split = document.getElementById("split");
      if (split) { split.open = true; split.querySelector("textarea").focus(); handled = true; }
    }
    else if (e.key === "?") { toggleHelp(); handled = true; }
    if (handled) e.preventDefault();
  });
})();
