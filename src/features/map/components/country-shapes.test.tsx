// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Partner } from '../../../data/codes';
import { CountryShapes, type CountryHandlers, type StateStyle } from './country-shapes';

afterEach(cleanup);

const shapes = [
  { key: 'CHN', iso3: 'CHN', path: 'M0 0h1v1z' },
  { key: 'RUS', iso3: 'RUS', path: 'M0 0h2v2z' },
  { key: 'KAZ', iso3: 'KAZ', path: 'M0 0h3v3z' },
  { key: 'KGZ', iso3: 'KGZ', path: 'M0 0h4v4z' },
  { key: 'UZB', iso3: 'UZB', path: 'M0 0h5v5z' },
];
const countries = new Map<Partner, StateStyle>(
  (['KAZ', 'KGZ', 'UZB'] as const).map((iso3) => [iso3, { iso3, fill: '#123456', label: `${iso3}: $1.0 bn` }]),
);

const handlers = (): CountryHandlers => ({ onSelect: vi.fn(), onKeyDown: vi.fn(), onPoint: vi.fn(), onLeave: vi.fn() });

function renderShapes(selected: Partner, tabStop: Partner | null) {
  const on = handlers();
  render(
    <svg>
      <CountryShapes shapes={shapes} countries={countries} selected={selected} tabStop={tabStop} handlers={on} />
    </svg>,
  );
  return on;
}

describe('CountryShapes', () => {
  it('makes the five states buttons named by their figure, and hides the neighbours from assistive technology', () => {
    renderShapes('KAZ', 'KAZ');
    const group = screen.getByRole('group', { name: /^The five states/ });
    expect([...group.querySelectorAll('[role="button"]')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'KAZ: $1.0 bn',
      'KGZ: $1.0 bn',
      'UZB: $1.0 bn',
    ]);
    expect(screen.getAllByRole('button')).toHaveLength(3);
  });

  it('keeps the shapes in their order when another state is chosen, and outlines the selected one on top', () => {
    const { rerender } = render(
      <svg>
        <CountryShapes shapes={shapes} countries={countries} selected="KAZ" tabStop="KAZ" handlers={handlers()} />
      </svg>,
    );
    const kgz = screen.getByRole('button', { name: 'KGZ: $1.0 bn' });
    kgz.focus();
    const outline = () => document.querySelector('.map-selected-outline');
    expect(outline()?.getAttribute('d')).toBe('M0 0h3v3z');
    rerender(
      <svg>
        <CountryShapes shapes={shapes} countries={countries} selected="KGZ" tabStop="KGZ" handlers={handlers()} />
      </svg>,
    );
    // Not moved in the document, so the focus stays where the click put it.
    expect(document.activeElement).toBe(kgz);
    expect(kgz.nextElementSibling?.getAttribute('aria-label')).toBe('UZB: $1.0 bn');
    expect(outline()?.getAttribute('d')).toBe('M0 0h4v4z');
    expect(outline()?.parentElement?.lastElementChild).toBe(outline());
    expect(outline()?.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives the Tab stop to one state only (roving tabindex) and marks the selected one pressed', () => {
    renderShapes('KAZ', 'KGZ');
    const tabIndex = (name: string) => screen.getByRole('button', { name }).getAttribute('tabindex');
    expect([tabIndex('KAZ: $1.0 bn'), tabIndex('KGZ: $1.0 bn'), tabIndex('UZB: $1.0 bn')]).toEqual(['-1', '0', '-1']);
    expect(screen.getByRole('button', { pressed: true }).getAttribute('aria-label')).toBe('KAZ: $1.0 bn');
  });

  it('hands clicks, keys, pointing and leaving to the map with the state they concern', () => {
    const on = renderShapes('KAZ', 'KAZ');
    const uzb = screen.getByRole('button', { name: 'UZB: $1.0 bn' });
    fireEvent.click(uzb);
    fireEvent.keyDown(uzb, { key: 'ArrowLeft' });
    fireEvent.focus(uzb);
    fireEvent.blur(uzb);
    expect(on.onSelect).toHaveBeenCalledWith('UZB');
    expect(on.onKeyDown).toHaveBeenCalledWith('UZB', expect.objectContaining({ key: 'ArrowLeft' }));
    expect(on.onPoint).toHaveBeenCalledWith('UZB', expect.anything());
    expect(on.onLeave).toHaveBeenCalledOnce();
  });
});
