/*
 * Runs before the app, as a classic script: in a frame sandboxed without allow-same-origin the page has
 * no origin of its own, so its modules and data files cannot load and it would stay blank. Say why.
 */
(function () {
  'use strict';
  if (self.origin !== 'null') return;
  const root = document.getElementById('root');
  if (!root) return;
  const box = document.createElement('div');
  box.className = 'frame-problem';
  box.setAttribute('role', 'alert');
  // The style sheet cannot load either; set through the CSSOM, which a strict CSP allows.
  box.style.cssText = 'font: 15px/1.5 system-ui, sans-serif; padding: 16px; max-width: 60ch; color: #1b2733';
  const title = document.createElement('h1');
  title.textContent = 'This panel cannot load in this frame';
  const text = document.createElement('p');
  text.textContent =
    'The frame is sandboxed without "allow-same-origin", so the dashboard cannot read its own data files. ' +
    'Add allow-same-origin (with allow-scripts) to the iframe\u2019s sandbox attribute, as the Embed dialog\u2019s code does.';
  box.appendChild(title);
  box.appendChild(text);
  root.replaceChildren(box);
  root.setAttribute('data-render-complete', 'error');
})();
