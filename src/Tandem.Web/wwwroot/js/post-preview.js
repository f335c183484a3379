// Live preview for the editor. The Preview button still works without script; this only saves the click.
// The API renders and sanitizes the Markdown; the title is shown as text, never as HTML.
const section = document.querySelector('[data-live-preview]');
const title = document.getElementById('title');
const body = document.getElementById('body');

if (section && title && body) {
  const heading = section.querySelector('[data-preview-title]');
  const output = section.querySelector('[data-preview-body]');
  const status = section.querySelector('[data-preview-status]');
  let timer;
  let pending;

  const render = async () => {
    pending?.abort();
    pending = new AbortController();
    heading.textContent = title.value;
    section.hidden = false;
    if (!body.value.trim()) {
      output.replaceChildren();
      return;
    }

    try {
      const response = await fetch('/api/posts/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Tandem-Request': '1' },
        body: JSON.stringify({ body: body.value }),
        signal: pending.signal,
      });
      if (!response.ok) {
        throw new Error(response.status);
      }

      output.innerHTML = (await response.json()).html;
      status.textContent = '';
    } catch (error) {
      if (error.name !== 'AbortError') {
        status.textContent = 'Live preview is unavailable right now. Your text is safe; the Preview button still works.';
      }
    }
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(render, 400);
  };
  title.addEventListener('input', later);
  body.addEventListener('input', later);
}
