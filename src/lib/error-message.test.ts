import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it('gives an Error’s message without its name, and anything else thrown as text', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(404)).toBe('404');
  });
});
