// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapTooltip } from './map-tooltip';

const bounds = { width: 600, height: 400 };
afterEach(cleanup);

function renderTooltip(interactive: boolean, anchor = { x: 100, y: 100 }) {
  const onClose = vi.fn<(refocus: boolean) => void>();
  render(
    <>
      <button type="button">outside</button>
      <MapTooltip anchor={anchor} bounds={bounds} interactive={interactive} id="tip" label="Astana" onClose={onClose}>
        <button type="button">first</button>
        <button type="button">second</button>
      </MapTooltip>
    </>,
  );
  return onClose;
}

describe('MapTooltip', () => {
  it('is a tooltip while it only shows, placed once measured', () => {
    renderTooltip(false);
    const tip = screen.getByRole('tooltip');
    expect(tip.id).toBe('tip');
    expect(tip.style.visibility).toBe('');
  });

  it('is a dialog named for its place when pinned, closed by Escape with the focus given back', () => {
    const onClose = renderTooltip(true);
    const dialog = screen.getByRole('dialog', { name: 'Astana' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'first' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledWith(true);
    expect(dialog.classList.contains('is-pinned')).toBe(true);
  });

  it('stays open while the focus moves inside it, and closes without refocus when the focus leaves', () => {
    const onClose = renderTooltip(true);
    const first = screen.getByRole('button', { name: 'first' });
    fireEvent.focusOut(first, { relatedTarget: screen.getByRole('button', { name: 'second' }) });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.focusOut(first, { relatedTarget: screen.getByRole('button', { name: 'outside' }) });
    expect(onClose).toHaveBeenCalledWith(false);
  });

  it('ignores Escape when it is not pinned', () => {
    const onClose = renderTooltip(false);
    fireEvent.keyDown(screen.getByRole('button', { name: 'first' }), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });
});
