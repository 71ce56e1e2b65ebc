// newsgraph web: click a highlighted span to see the normalized facts behind it (written for this project).
(function () {
  var dataEl = document.getElementById("facts-data");
  if (!dataEl) return;
  var facts = JSON.parse(dataEl.textContent);
  var detail = document.getElementById("fact-detail");
  function show(keys) {
    detail.textContent = "";
    keys.forEach(function (k) {
      var f = facts[k];
      if (!f) return;
      var h = document.createElement("h3");
      h.textContent = k + " · " + f.kind;
      var p = document.createElement("p");
      p.textContent = f.label;
      var pre = document.createElement("pre");
      pre.textContent = JSON.stringify(f, null, 1);
      detail.appendChild(h); detail.appendChild(p); detail.appendChild(pre);
    });
  }
  document.querySelectorAll("[data-facts]").forEach(function (el) {
    el.addEventListener("click", function () {
      document.querySelectorAll(".selected").forEach(function (s) { s.classList.remove("selected"); });
      el.classList.add("selected");
      show(el.getAttribute("data-facts").split(" "));
    });
  });
  document.querySelectorAll("[data-show]").forEach(function (el) {
    el.addEventListener("click", function (ev) {
      ev.preventDefault();
      var key = el.getAttribute("data-show");
      var first = document.querySelector('[data-facts~="' + key + '"]');
      if (first) { first.scrollIntoView({block: "center"}); first.click(); } else { show([key]); }
    });
  });
})();
