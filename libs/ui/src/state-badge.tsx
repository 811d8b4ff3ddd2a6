export function StateBadge({ state, label }: { state: string; label: string }) {
  return (
    <span className={`state-badge state-${state}`} data-testid="state-badge">
      {label}
    </span>
  );
}
