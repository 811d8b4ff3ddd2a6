/** A verdict label in its scale colour. */
export function VerdictBadge({ verdict }: { verdict: { name: string; colour: string } | null }) {
  if (!verdict) return null;
  return (
    <span className="verdict-badge" data-testid="verdict-badge" style={{ borderColor: verdict.colour, color: verdict.colour }}>
      {verdict.name}
    </span>
  );
}
