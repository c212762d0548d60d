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
})();
