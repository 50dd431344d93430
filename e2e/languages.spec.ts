import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readCatalogue } from '../scripts/message-catalogues';
import { test } from './fixtures';
import { untranslatedWords } from './helpers/untranslated';
import { expect } from './matchers/axe';

// The dashboard in Russian and Chinese, as their readers would use it: every view without a word of
// the interface left in English, numbers and dates as each language writes them, the exports in the
// language, and the switch.

const catalogues = {
  en: await readCatalogue('en'),
  ru: await readCatalogue('ru'),
  zh: await readCatalogue('zh'),
};
type Lang = 'ru' | 'zh';
const word = (lang: Lang | 'en', id: string) => {
  const message = catalogues[lang][id];
  if (message === undefined) throw new Error(`no message ${id} in ${lang}`);
  return message;
};

async function drawn(page: Page) {
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
}

const VIEWS = [
  '',
  '&embed=map',
  '&embed=trade',
  '&embed=timeline',
  '&mode=briefing',
  '&chart=compare&values=index',
  '&chart=partners&table=trade',
  '&map=share&growth=1&reporter=both',
  '&event=cc5-fm-05&table=map',
];

for (const lang of ['ru', 'zh'] as const) {
  test.describe(`in ${lang === 'ru' ? 'Russian' : 'Chinese'}`, () => {
    test('the page, each embed and the slide leave no interface word in English', async ({ page }) => {
      test.slow();
      for (const view of VIEWS) {
        await page.goto(`/?lang=${lang}${view}`);
        await drawn(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'ru' ? 'ru-RU' : 'zh-CN');
        expect(await untranslatedWords(page), `?lang=${lang}${view}`).toEqual([]);
      }
    });

    test('the dialogs leave no interface word in English', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await drawn(page);
      for (const id of ['app.embed.button', 'data.method.button']) {
        await page.getByRole('button', { name: word(lang, id), exact: true }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await untranslatedWords(page), id).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      }
    });

    test('axe finds nothing serious on the page, each embed or the slide', async ({ page }) => {
      test.slow();
      for (const view of ['', '&embed=map', '&embed=trade', '&embed=timeline', '&mode=briefing']) {
        await page.goto(`/?lang=${lang}${view}`);
        await drawn(page);
        await expect(page).toHaveNoSeriousA11yViolations();
      }
    });

    test('the panels are named, and sums and dates written, in the language', async ({ page }) => {
      await page.goto(`/?lang=${lang}&country=KGZ&from=2015&to=2024&event=cc5-fm-05`);
      await drawn(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(word(lang, 'app.title'));
      await expect(page.getByRole('region', { name: word(lang, 'map.title') })).toBeVisible();
      // Retried until drawn: the open meeting's details may come a render after the rest.
      const main = page.locator('main');
      if (lang === 'ru') {
        await expect(main).toContainText(/\d+,\d\u00a0млрд\u00a0\$/);
        await expect(main).toContainText('1 дек. 2024 г.');
      } else {
        await expect(main).toContainText(/\d+(\.\d)?亿美元/);
        await expect(main).toContainText('2024年12月1日');
      }
    });

    test('the events speak the language: title, city and ordinal', async ({ page }) => {
      const events = JSON.parse(await readFile(`e2e/fixture-dataset/events.${lang}.json`, 'utf8')) as {
        events: { id: string; title: string; city?: string }[];
      };
      const fifth = events.events.find((e) => e.id === 'cc5-fm-05');
      if (!fifth?.city) throw new Error('the fixture has no words for cc5-fm-05');
      await page.goto(`/?lang=${lang}&event=cc5-fm-05`);
      await drawn(page);
      const detail = page.getByRole('article');
      await expect(detail.getByRole('heading', { name: fifth.title })).toBeVisible();
      await expect(detail).toContainText(fifth.city);
    });
  });
}

async function download(page: Page, panel: Locator, lang: Lang, item: string) {
  await panel.getByRole('button', { name: word(lang, 'exports.download'), exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('menuitem', { name: word(lang, item), exact: true }).click(),
  ]);
  return readFile(await file.path());
}

test('the exports in Chinese carry Chinese text, and the font to draw it', async ({ page }) => {
  await page.goto('/?lang=zh&country=KGZ&from=2015&to=2024');
  await drawn(page);
  const trade = page.locator('section#trade');
  const svg = (await download(page, trade, 'zh', 'exports.menu.svg')).toString('utf8');
  expect(svg).toContain('吉尔吉斯斯坦');
  expect(svg).toContain('中国海关');
  expect(svg).toMatch(
    /@font-face\{font-family:'Noto Sans SC'[^}]*unicode-range:[^}]*src:url\(data:font\/woff2;base64,/,
  );
  // Only the slices its characters need, not the hundred of the font.
  expect((svg.match(/font-family:'Noto Sans SC'/g) ?? []).length).toBeLessThan(40);
  const csv = (await download(page, trade, 'zh', 'exports.menu.csv')).toString('utf8');
  expect(csv).toMatch(/[\u4e00-\u9fff]/);
  const png = await download(page, trade, 'zh', 'exports.menu.png');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  // The title is drawn in the image's top tenth: ink there means its fonts were in when it was drawn.
  const blank = await page.context().newPage();
  const ink = await blank.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = Math.round(image.height / 10);
    const context = canvas.getContext('2d');
    if (!context) return -1;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100 && (data[i + 3] ?? 0) > 200) dark++;
    return dark;
  }, png.toString('base64'));
  await blank.close();
  expect(ink).toBeGreaterThan(1000);
});

test('the exports in Russian carry Russian text and Inter’s Cyrillic face', async ({ page }) => {
  await page.goto('/?lang=ru&country=KGZ&from=2015&to=2024');
  await drawn(page);
  const svg = (await download(page, page.locator('section#trade'), 'ru', 'exports.menu.svg')).toString('utf8');
  expect(svg).toContain('Кыргызстан');
  expect(svg).toContain('Таможня Китая');
  expect(svg).toMatch(/font-family:'Inter'[^}]*unicode-range:[^}]*U\+4[0-9a-f]{2}/i);
  expect(svg).not.toContain("font-family:'Noto Sans SC'");
});

test('a page in English or Russian never fetches the Chinese font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('noto-sans-sc')) fonts.push(request.url());
  });
  for (const view of ['/', '/?lang=ru']) {
    await page.goto(view);
    await drawn(page);
  }
  expect(fonts).toEqual([]);
  await page.goto('/?lang=zh');
  await drawn(page);
  expect(fonts.some((url) => url.endsWith('.woff2'))).toBe(true);
});

test('<html lang> and the startup screen are in the language before the app runs', async ({ page, watch }) => {
  // The app's script never arrives: what is painted is index.html, its style sheet and startup.js.
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=zh&embed=timeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('status')).toHaveText(word('zh', 'app.loading'));
  await expect(page.getByText(word('en', 'app.loading'))).toBeHidden();
  await page.goto('/?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('ru', 'app.title'));
  watch.errors.length = 0;
});

test.describe('a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('is shown the page in Russian, unless the link names a language', async ({ page }) => {
    await page.goto('/');
    await drawn(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('ru', 'app.title'));
    await page.goto('/?lang=en');
    await drawn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('en', 'app.title'));
  });
});

test('the switch changes the language by keyboard, keeps the view and the focus, and Back returns', async ({
  page,
}) => {
  await page.goto('/?country=KGZ&year=2020');
  await drawn(page);
  const select = page.getByLabel(word('en', 'app.language'), { exact: true });
  await select.focus();
  // On a closed select, the arrow keys pick the next option: English → Русский.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('ru', 'app.title'));
  const url = new URL(page.url());
  expect(url.searchParams.get('lang')).toBe('ru');
  expect(url.searchParams.get('country')).toBe('KGZ');
  expect(url.searchParams.get('year')).toBe('2020');
  const switchInRussian = page.getByLabel(word('ru', 'app.language'), { exact: true });
  await expect(switchInRussian).toBeFocused();
  await expect(switchInRussian).toHaveValue('ru');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('zh', 'app.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('ru', 'app.title'));
});

test('a language whose messages cannot load says so, and the page stays as it was', async ({ page, watch }) => {
  await page.goto('/');
  await drawn(page);
  await page.route(/messages-zh-[\w-]+\.json$/, (route) => route.fulfill({ status: 503, body: '' }));
  await page.getByLabel(word('en', 'app.language'), { exact: true }).selectOption('zh');
  await expect(page.getByRole('alert')).toContainText('中文');
  await expect(page.getByRole('alert')).toContainText('503');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word('en', 'app.title'));
  watch.errors.length = 0;
});
