// The review page (立项审核): link rows and highlights, add a selection as an item, keep counts current.
// No libraries; htmx (loaded by base.html) does the requests. Every offset sent is only a hint: the
// server finds the selected string in the stored text itself.
(function () {
  "use strict";

  function sourceText() { return document.getElementById("source-text"); }

  // The selection's start as an offset into the text of #source-text, in UTF-16 code units (what JS
  // strings count); the server converts it to code points. Walks the text nodes before the start.
  function offsetWithin(container, node, offset) {
    if (node.nodeType !== Node.TEXT_NODE) {
      // The start is between child nodes: count the text of those before it.
      var before = 0;
      for (var i = 0; i < offset && i < node.childNodes.length; i++) { before += node.childNodes[i].textContent.length; }
      return offsetBefore(container, node) + before;
    }
    return offsetBefore(container, node) + offset;
  }

  function offsetBefore(container, target) {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    var total = 0;
    var current;
    while ((current = walker.nextNode())) {
      if (current === target || target.contains(current)) { return total; }
      total += current.data.length;
    }
    return total;
  }

  function clearFocus() {
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    document.querySelectorAll("tr.focus").forEach(function (r) { r.classList.remove("focus"); });
  }

  // Scroll the text pane (not the page) to a span and outline all its pieces.
  function focusSpan(ref) {
    var pieces = document.querySelectorAll('mark[data-span="' + ref + '"]');
    if (!pieces.length) { return false; }
    clearFocus();
    pieces.forEach(function (m) { m.classList.add("focus"); });
    pieces[0].scrollIntoView({ block: "center", behavior: "smooth" });
    return true;
  }

  function focusRow(ref) {
    var row = document.querySelector('tr[data-ref="' + ref + '"]');
    if (!row) { return; }
    document.querySelectorAll("tr.focus").forEach(function (r) { r.classList.remove("focus"); });
    row.classList.add("focus");
    row.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var link = target.closest("a.goto");
    if (link) {
      var ref = link.getAttribute("href").replace("#span-", "");
      if (focusSpan(ref)) { event.preventDefault(); }
      return;
    }
    var row = target.closest("tr[data-ref]");
    if (row && !target.closest("button, input, select, textarea, label, summary, details, a")) {
      focusSpan(row.dataset.ref);
      return;
    }
    var mark = target.closest("#source-text mark[data-span^='p']");
    if (mark && window.getSelection().isCollapsed) {
      clearFocus();
      document.querySelectorAll('mark[data-span="' + mark.dataset.span + '"]').forEach(function (m) { m.classList.add("focus"); });
      focusRow(mark.dataset.span);
    }
  });

  // ---- selection → 添加为事项
  var pending = null;

  function showBar() {
    var bar = document.getElementById("selection-bar");
    var container = sourceText();
    if (!bar || !container) { return; }
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) { bar.hidden = true; pending = null; return; }
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      bar.hidden = true; pending = null; return;
    }
    // Range.toString() is the text nodes' own data, the same characters the server stored.
    var text = range.toString();
    if (!text.trim()) { bar.hidden = true; pending = null; return; }
    pending = { text: text, near: offsetWithin(container, range.startContainer, range.startOffset) };
    bar.querySelector(".selection-text").textContent = text.length > 40 ? text.slice(0, 40) + "…" : text;
    bar.hidden = false;
  }

  var timer = null;
  document.addEventListener("selectionchange", function () {
    clearTimeout(timer);
    timer = setTimeout(showBar, 150);  // wait for the selection to settle (touch handles move it often)
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target.id === "add-selection" && pending) {
      var form = document.getElementById("add-form");
      form.elements.text.value = pending.text;
      form.elements.near.value = String(pending.near);
      document.getElementById("selection-bar").hidden = true;
      window.getSelection().removeAllRanges();
      pending = null;
      form.requestSubmit();
    } else if (target.id === "cancel-selection") {
      window.getSelection().removeAllRanges();
      document.getElementById("selection-bar").hidden = true;
      pending = null;
    }
  });

  // ---- after an HTMX swap: counts, the highlights' decision classes, errors
  function refresh() {
    var counts = { pending: 0, accepted: 0, dropped: 0 };
    document.querySelectorAll("tr[data-ref][data-decision]").forEach(function (row) {
      var decision = row.dataset.decision;
      if (decision in counts) { counts[decision] += 1; }
      document.querySelectorAll('mark[data-span="' + row.dataset.ref + '"]').forEach(function (m) {
        m.classList.remove("pending", "accepted", "dropped");
        m.classList.add(decision);
      });
    });
    document.querySelectorAll("[data-count]").forEach(function (el) {
      if (el.dataset.count in counts) { el.textContent = String(counts[el.dataset.count]); }
    });
  }

  function showError(message) {
    var box = document.getElementById("review-error");
    if (!box) { return; }
    box.textContent = message;  // text, never markup
    box.hidden = !message;
    if (message) { box.scrollIntoView({ block: "nearest" }); }
  }

  document.body.addEventListener("htmx:afterSettle", function () { refresh(); showError(""); });
  document.body.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    showError(xhr && xhr.status === 400 ? xhr.responseText : "操作失败，请刷新页面后重试。");
  });
  document.body.addEventListener("htmx:sendError", function () { showError("网络连接失败，请稍后重试。"); });
  // A successful add clears the paste box for the next one.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.id === "add-form" && event.detail.successful) { form.reset(); }
  });
})();
