/*
 * The page's first script: a classic one in <head>, so that it runs before the first paint and loads
 * even where modules cannot. It sets on <html> what the style sheet needs to draw the startup screen
 * of index.html as the view will look (src/app/root-attributes.ts sets the same from the parsed URL
 * once the app's entry runs): an embed or a slide shows no page header, the dark scheme is dark from
 * the first frame, and the startup screen speaks the view's language (<html lang>). In a frame sandboxed without allow-same-origin the page has no origin of its own, so
 * its modules and data files cannot load and it would stay blank: it says why instead.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var embed = ['map', 'trade', 'timeline'].indexOf(query.get('embed') || '') >= 0;
  root.setAttribute('data-mode', embed ? 'embed' : query.get('mode') === 'briefing' ? 'briefing' : 'page');
  var theme = query.get('theme');
  var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-scheme', dark ? 'dark' : 'light');
  if (embed && query.get('transparent') === '1') root.classList.add('transparent');
  // The language as src/i18n/languages.ts decides it: the link's, else the first preferred one we have.
  var locales = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };
  var preferences = [query.get('lang') || ''].concat(navigator.languages || [navigator.language]);
  for (var preference of preferences) {
    var base = String(preference).toLowerCase().split('-')[0];
    if (locales[base]) {
      root.lang = locales[base];
      break;
    }
  }
  // The Chinese font's style sheet (scripts/cjk-font.ts), only for a page in Chinese; src/i18n/cjk-font.ts
  // links it on a switch to Chinese.
  if (root.lang === 'zh-CN') {
    var font = document.createElement('link');
    font.rel = 'stylesheet';
    font.href = 'fonts/noto-sans-sc.css';
    font.setAttribute('data-font', 'cjk');
    document.head.appendChild(font);
  }

  if (self.origin !== 'null') return;
  document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('root');
    if (!page) return;
    var box = document.createElement('div');
    box.className = 'frame-problem';
    box.setAttribute('role', 'alert');
    // The style sheet cannot load either; set through the CSSOM, which a strict CSP allows.
    box.style.cssText = 'font: 15px/1.5 system-ui, sans-serif; padding: 16px; max-width: 60ch; color: #1b2733';
    var title = document.createElement('h1');
    title.textContent = 'This panel cannot load in this frame';
    var text = document.createElement('p');
    text.textContent =
      'The frame is sandboxed without "allow-same-origin", so the dashboard cannot read its own data files. ' +
      'Add allow-same-origin (with allow-scripts) to the iframe\u2019s sandbox attribute, as the Embed dialog\u2019s code does.';
    box.appendChild(title);
    box.appendChild(text);
    page.replaceChildren(box);
    page.setAttribute('data-render-complete', 'error');
  });
})();
