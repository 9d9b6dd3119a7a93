// Instant filtering of the quotes page by speaker and channel (see quote-filter.tsx). Plain script:
// the list is server-rendered; this only hides what does not match and keeps the choice in the URL.
(() => {
  const form = document.getElementById('quote-filter');
  const groups = document.querySelectorAll('#quote-groups > section');
  if (!form || groups.length === 0) return;
  const output = form.querySelector('output');
  const total = output.dataset.total;

  const apply = () => {
    const speaker = form.elements.speaker.value;
    const channel = form.elements.channel.value;
    let shown = 0;
    for (const group of groups) {
      let visible = 0;
      for (const item of group.querySelectorAll('li[data-speaker]')) {
        const match =
          (!speaker || item.dataset.speaker === speaker) && (!channel || item.dataset.channel === channel);
        item.hidden = !match;
        if (match) visible++;
      }
      group.hidden = visible === 0;
      shown += visible;
    }
    output.textContent = `${shown} of ${total} quotes`;
    const params = new URLSearchParams();
    if (speaker) params.set('speaker', speaker);
    if (channel) params.set('channel', channel);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const params = new URLSearchParams(location.search);
  for (const name of ['speaker', 'channel']) {
    const value = params.get(name);
    const select = form.elements[name];
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
})();
