// The staff pages' small behaviours, as one static file: the Content-Security-Policy allows no inline script.
// Every handler is delegated from the document, so it holds for parts htmx swaps in later.
(() => {
  "use strict";

  // A 牵头单位 suggestion picks its unit in the 牵头单位 box of the form it sits in.
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-lead-unit]");
    const select = button && button.closest("form") && button.closest("form").querySelector("select[name=lead_unit]");
    if (!select) return;
    const option = [...select.options].find((o) => o.text === button.dataset.leadUnit);
    if (option) { select.value = option.value; select.dispatchEvent(new Event("change", {bubbles: true})); }
  });

  // The filters change the address through htmx (hx-push-url): an export link exports what the address shows now.
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-export]");
    if (!link) return;
    const query = new URLSearchParams(location.search);
    query.delete("page");
    link.search = query.toString();
  });

  // A print button prints the page; a back button goes back (a javascript: link would be blocked by the policy).
  document.addEventListener("click", (event) => {
    if (event.target.closest("button[data-print]")) window.print();
    if (event.target.closest("button[data-back]")) history.back();
  });

  // 批量交办: "全选" ticks every row on the page; the count follows the ticks (the list's table is swapped by htmx).
  const count = () => {
    const shown = document.getElementById("bulk-count");
    if (shown) shown.textContent = document.querySelectorAll("input[name=items][form=bulk-assign]:checked").length;
  };
  document.addEventListener("change", (event) => {
    if (event.target.matches("input.select-all")) {
      document.querySelectorAll("input[name=items][form=bulk-assign]").forEach((box) => {
        box.checked = event.target.checked;
      });
    }
    if (event.target.matches("input.select-all, input[name=items][form=bulk-assign]")) count();
  });
  document.addEventListener("htmx:afterSwap", count);

  // The item page's action cards are folded (<details>). The ones opened are kept in the page's history entry, so
  // going back to the page (re-fetched: private pages are never stored) shows them open with the typed text the
  // browser puts back; an address naming a card (#card-report, #action-report) opens it.
  const OPENED = "luoshiOpened";
  document.addEventListener("toggle", (event) => {
    const card = event.target;
    if (!(card instanceof HTMLDetailsElement) || !card.matches("details.action[id]")) return;
    const state = history.state && typeof history.state === "object" ? history.state : {};
    const opened = new Set(state[OPENED] || []);
    if (card.open) opened.add(card.id); else opened.delete(card.id);
    history.replaceState({...state, [OPENED]: [...opened]}, "");
  }, true);
  const reopen = () => {
    const state = history.state && typeof history.state === "object" ? history.state : {};
    const named = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const cards = (state[OPENED] || []).map((id) => document.getElementById(id));
    if (named) cards.push(named.closest("details.action"));
    cards.forEach((card) => { if (card instanceof HTMLDetailsElement) card.open = true; });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reopen); else reopen();

  // A form's one-time key (luoshi.ledger.submissions). Going back re-fetches the page (private pages are never
  // stored) and the browser puts the typed text back, but the page brings a fresh key: so the key a form was sent
  // with is kept in its history entry, and the same form sent again from there with the same content goes with
  // the same key. The server then stores nothing twice; content changed after going back is a new submission.
  const SENT = "luoshiSubmissions";
  const fingerprint = (form) => {
    let text = "";
    for (const [name, value] of new FormData(form)) {
      if (name === "submission_key" || name === "csrfmiddlewaretoken") continue;
      text += `${name}=${typeof value === "string" ? value : `${value.name}:${value.size}`}\n`;
    }
    let hash = 2166136261;  // FNV-1a: a short fingerprint keeps the history entry small
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
    return hash.toString(36);
  };
  document.addEventListener("submit", (event) => {
    const form = event.target;
    const key = form.querySelector("input[name=submission_key]");
    if (!key) return;
    const state = history.state && typeof history.state === "object" ? history.state : {};
    const sent = state[SENT] || {};
    const name = form.id || form.getAttribute("action") || "";
    const print = fingerprint(form);
    if (sent[name] && sent[name].print === print) key.value = sent[name].key;
    history.replaceState({...state, [SENT]: {...sent, [name]: {key: key.value, print}}}, "");
  }, true);
})();
