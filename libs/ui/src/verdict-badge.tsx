/**
 * A verdict label: its name in text (the colour is never the only signal), with a swatch and
 * border in the scale colour; `rating` adds "n of best" for readers who skim.
 */
export function VerdictBadge({
  verdict,
  size = 'small',
}: {
  verdict: { name: string; colour: string; rating?: number; bestRating?: number } | null;
  size?: 'small' | 'large';
}) {
  if (!verdict) return null;
  return (
    <span className={`verdict-badge verdict-${size}`} data-testid="verdict-badge" style={{ borderColor: verdict.colour }}>
      <span className="verdict-swatch" aria-hidden="true" style={{ background: verdict.colour }} />
      {verdict.name}
      {verdict.rating !== undefined && verdict.bestRating !== undefined ? (
        <span className="verdict-rating">
          {' '}
          · {verdict.rating} of {verdict.bestRating}
        </span>
      ) : null}
    </span>
  );
}
