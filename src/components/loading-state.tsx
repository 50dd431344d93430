/**
 * A placeholder of the panel's final size, so nothing shifts when the data arrives. app/startup-markup.ts
 * draws the same markup before React runs.
 */
export function LoadingState({ label, height }: { label: string; height: number }) {
  return (
    <div className="loading-state" role="status" style={{ minHeight: height }}>
      <span className="loading-pulse" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
