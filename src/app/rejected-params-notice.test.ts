import { afterAll, describe, expect, it } from 'vitest';
import { rejectionText } from './rejected-params-notice';
import { speak } from '../testing/speak';
import { rejectedParams } from './url-state';

afterAll(() => speak('en'));

describe('rejectionText', () => {
  const [country, from] = rejectedParams('?country=RUS&from=2020&to=2010');

  it('says what was refused, why, and what is shown, in English', async () => {
    await speak('en');
    expect(country && rejectionText(country)).toBe(
      'country=RUS was not used (expected one of KAZ, KGZ, TJK, TKM, UZB): showing country=KAZ.',
    );
    expect(from && rejectionText(from)).toContain('`from` is after `to`');
  });

  it('and in Russian and Chinese, the codes left as they are', async () => {
    await speak('ru');
    expect(country && rejectionText(country)).toContain('ожидалось одно из значений: KAZ, KGZ, TJK, TKM, UZB');
    await speak('zh');
    expect(country && rejectionText(country)).toContain('应为以下之一：KAZ, KGZ, TJK, TKM, UZB');
  });
});
