// Runs what Wagtail's admin templates would run in inline <script> tags, which the portal's
// Content-Security-Policy blocks. Each marker (portal/templates/wagtailadmin/) names one of
// Wagtail's global initialisers and carries its options; markers added later (a new inline
// form, a modal) are picked up as they enter the page.
(function () {
  "use strict";

  var initialisers = {
    InlinePanel: function (options) { new window.InlinePanel(options); },
    MultipleChooserPanel: function (options) { new window.MultipleChooserPanel(options); },
    initDateChooser: function (options, id) { window.initDateChooser(id, options); },
    initTimeChooser: function (options, id) { window.initTimeChooser(id, options); },
    initDateTimeChooser: function (options, id) { window.initDateTimeChooser(id, options); },
    createTaskChooser: function (options, id) { window.createTaskChooser(id); },
    chooser: function (options, id, marker) {
      // Only Wagtail's chooser classes (PageChooser, ImageChooser, SnippetChooser, ...).
      var name = marker.dataset.portalConstructor;
      if (/^[A-Za-z]+Chooser$/.test(name) && typeof window[name] === "function") {
        new window[name](id, options);
      }
    },
  };

  function start(marker) {
    if (marker.dataset.portalStarted) return;
    marker.dataset.portalStarted = "true";
    var options = JSON.parse(marker.dataset.portalConfig);
    initialisers[marker.dataset.portalInit](options, marker.dataset.portalId, marker);
  }

  function startWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches("[data-portal-init]")) start(node);
    node.querySelectorAll("[data-portal-init]").forEach(start);
  }

  document.addEventListener("DOMContentLoaded", function () {
    startWithin(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (record) { record.addedNodes.forEach(startWithin); });
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
