// Live character count and preview for Facebook messages. Without it the form still works:
// the count shown is the server's, and the server validates the length.
(() => {
  const countOf = (text) => [...text].length; // code points, as Facebook counts them
  document.querySelectorAll("[data-social-count]").forEach((textarea) => {
    const max = Number(textarea.dataset.socialCount);
    const counter = document.querySelector(`[data-social-count-for="${textarea.id}"]`);
    const preview = document.querySelector(`[data-social-preview-for="${textarea.id}"]`);
    const number = counter && counter.querySelector("[data-social-count-number]");
    const update = () => {
      const count = countOf(textarea.value);
      if (counter) {
        number.textContent = count;
        counter.classList.toggle("social-count--over", count > max);
      }
      if (preview) preview.textContent = textarea.value;
    };
    textarea.addEventListener("input", update);
    update();
  });
})();
