// wagtail-modeltranslation's settings, read from a JSON data block instead of its inline
// <script> (blocked by the Content-Security-Policy); its own scripts read this global.
window.wagtailModelTranslations = JSON.parse(
  document.getElementById("wagtail-modeltranslation-config").textContent
);
