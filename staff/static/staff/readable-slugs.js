// The editor's slug auto-fill (Wagtail's `w-slug` controller) for slug_vi and slug_lo fields:
// the slug comes from the server's rule (staff/slugs.py), so what an editor sees while typing
// the title is what the page is saved with. Wagtail's own result shows for the moment the
// request takes; the answer is cached so the controller's "is the slug still in sync with the
// title" comparison sees the same value.
(() => {
  const script = document.currentScript;
  const slugUrl = script.dataset.slugUrl;
  const cache = new Map();
  const languageOf = (element) => (/_(vi|lo)$/.exec(element.name || "") || [])[1];

  const register = () => {
    const app = window.wagtail && window.wagtail.app;
    const module = app && app.router.modulesByIdentifier.get("w-slug");
    if (!module) return;
    const Base = module.definition.controllerConstructor;

    class ReadableSlugController extends Base {
      slugify(event, options = {}) {
        return this.readable("slugify", event, options);
      }

      urlify(event, options = {}) {
        return this.readable("urlify", event, options);
      }

      readable(action, event, options) {
        const language = languageOf(this.element);
        const source = (event && event.detail && event.detail.value) || this.element.value;
        if (!language || !source) return super[action](event, options);
        const key = `${language}\n${source}`;
        if (cache.has(key)) {
          const slug = cache.get(key);
          if (!options.ignoreUpdate) this.applyUpdate(action, slug, source);
          return slug;
        }
        const interim = super[action](event, { ...options, ignoreUpdate: true });
        if (!options.ignoreUpdate) {
          this.applyUpdate(action, interim, source);
          const query = new URLSearchParams({ language, text: source });
          fetch(`${slugUrl}?${query}`, { credentials: "same-origin" })
            .then((response) => (response.ok ? response.json() : Promise.reject(response)))
            .then(({ slug }) => {
              cache.set(key, slug);
              if (this.element.value === interim) this.applyUpdate(action, slug, source);
            })
            .catch(() => {}); // the save still applies the rule
        }
        return interim;
      }
    }

    app.register("w-slug", ReadableSlugController);
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", register);
  } else {
    register();
  }
})();
