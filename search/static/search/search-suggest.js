// Title suggestions for the search box: a progressive enhancement over a plain GET form.
// Suggestions go into a <datalist>, which browsers present accessibly as the input's list.
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[type=search]");
  var list = document.createElement("datalist");
  list.id = "search-suggestions";
  form.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var latest = 0;

  function show(suggestions) {
    list.replaceChildren.apply(list, suggestions.map(function (item) {
      var option = document.createElement("option");
      option.value = item.title;
      option.lang = item.language;
      return option;
    }));
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query.length < 2) { show([]); return; }
    timer = setTimeout(function () {
      var request = ++latest;
      fetch(form.dataset.suggestUrl + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (request === latest) show(data.suggestions); })
        .catch(function () { /* suggestions are optional */ });
    }, 250);
  });
})();
