/*
 * For the page that embeds dashboard panels: sizes each panel's frame to its content. Load it from the
 * dashboard's own server, where it lives beside the page, e.g.
 *   <script src="https://dashboard.example.org/c5/embed.js" async></script>
 * so that a host page under a strict Content-Security-Policy needs no inline script (allow the dashboard's
 * origin in its script-src and frame-src). It trusts messages from that origin only.
 */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== 'c5-dashboard:resize') return;
    if (typeof data.height !== 'number' || !(data.height > 0)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
    }
  });
})();
