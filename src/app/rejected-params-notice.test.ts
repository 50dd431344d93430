import { afterAll, describe, expect, it } from 'vitest';
import { compileCatalogue, readCatalogue } from '../../scripts/message-catalogues';
import { activateMessages } from '../i18n/i18n';
import { rejectionText } from './rejected-params-notice';
import { rejectedParams } from './url-state';

const english = compileCatalogue(await readCatalogue('en'));
afterAll(() => activateMessages('en', english));

describe('rejectionText', () => {
  const [country, from] = rejectedParams('?country=RUS&from=2020&to=2010');

  it('says what was refused, why, and what is shown, in English', () => {
    activateMessages('en', english);
    expect(country && rejectionText(country)).toBe(
      'country=RUS was not used (expected one of KAZ, KGZ, TJK, TKM, UZB): showing country=KAZ.',
    );
    expect(from && rejectionText(from)).toContain('`from` is after `to`');
  });

  it('and in Russian and Chinese, the codes left as they are', async () => {
    activateMessages('ru', compileCatalogue(await readCatalogue('ru')));
    expect(country && rejectionText(country)).toContain('ожидалось одно из значений: KAZ, KGZ, TJK, TKM, UZB');
    activateMessages('zh', compileCatalogue(await readCatalogue('zh')));
    expect(country && rejectionText(country)).toContain('应为以下之一：KAZ, KGZ, TJK, TKM, UZB');
  });
});
