// Escape hides the hover/focus notes of quotes and dates until the pointer or focus moves on, as WCAG
// 1.4.13 asks of content that appears on hover. The notes themselves are pure CSS (reader.css); this is
// the only script of the reader page, kept tiny and outside the framework on purpose.
(() => {
  const root = document.documentElement;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') root.dataset.notesHidden = 'true';
  });
  const reset = () => {
    if (root.dataset.notesHidden) delete root.dataset.notesHidden;
  };
  document.addEventListener('focusin', reset);
  document.addEventListener('pointerover', reset);
})();
