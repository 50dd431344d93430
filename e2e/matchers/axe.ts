import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect as baseExpect } from '../fixtures';

const BLOCKING: readonly (string | null | undefined)[] = ['serious', 'critical'];

/** One line per violation: rule, impact, what it means, and the first elements at fault. */
function describeViolation(v: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }) {
  const targets = v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target));
  const more = v.nodes.length > 5 ? ` … and ${v.nodes.length - 5} more` : '';
  return `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    at ${targets.join(', ')}${more}`;
}

/**
 * `await expect(page).toHaveNoSeriousA11yViolations()`: axe-core on the whole page (WCAG 2.x A and AA
 * and best practices); fails on any violation of serious or critical impact and names each one.
 */
export const expect = baseExpect.extend({
  async toHaveNoSeriousA11yViolations(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => BLOCKING.includes(v.impact));
    const pass = blocking.length === 0;
    return {
      pass,
      name: 'toHaveNoSeriousA11yViolations',
      message: () =>
        pass
          ? `expected serious or critical axe violations on ${page.url()}, found none`
          : `${blocking.length} serious or critical axe violation(s) on ${page.url()}:\n${blocking.map(describeViolation).join('\n')}`,
    };
  },
});
