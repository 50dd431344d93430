import { Component, type ReactNode } from 'react';
import { ErrorState } from './error-state';
import { t } from '../i18n/i18n';

interface RenderBoundaryProps {
  /** What could not be shown, for the message: "the chart", "this panel". */
  what: string;
  children: ReactNode;
  /** Told of the failure (the page's own boundary: the first view's snapshot must give way to the notice). */
  onError?: () => void;
}

interface RenderBoundaryState {
  failed: boolean;
  error: unknown;
}

/**
 * Keeps a failure while drawing (the chart's code that could not be loaded, or a bug) to the part of the
 * page where it happened: that part says what went wrong, the rest of the page keeps working. Without
 * it React would remove the whole page.
 */
export class RenderBoundary extends Component<RenderBoundaryProps, RenderBoundaryState> {
  override state: RenderBoundaryState = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): RenderBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch() {
    this.props.onError?.();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorState error={this.state.error} what={this.props.what} hint={t('common.reloadHint')} />;
  }
}
