import type { TClaim } from '@claimledger/contracts';

type ClaimRow = Pick<
  TClaim,
  'start' | 'end' | 'kind' | 'value' | 'low' | 'high' | 'bound' | 'speaker' | 'timeStart' | 'timeEnd' | 'checkworthiness' | 'text'
>;

const cell = (value: unknown, width: number) => {
  const text = value === null || value === undefined ? '' : String(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
};

/** The value, or a range's bounds ("0.3..0.4") where the claim states no single value. */
const valueOf = (c: ClaimRow) => c.value ?? (c.low !== null || c.high !== null ? `${c.low ?? ''}..${c.high ?? ''}` : null);

/** A plain-text table of claims for terminals. */
export function formatClaimTable(claims: ClaimRow[]): string {
  const header = `${cell('span', 12)} ${cell('kind', 10)} ${cell('value', 12)} ${cell('bound', 11)} ${cell('speaker', 20)} ${cell('time', 23)} ${cell('score', 5)} text`;
  const rows = claims.map((c) =>
    [
      cell(`${c.start}-${c.end}`, 12),
      cell(c.kind, 10),
      cell(valueOf(c), 12),
      cell(c.bound, 11),
      cell(c.speaker, 20),
      cell(c.timeStart ? `${c.timeStart}..${c.timeEnd ?? ''}` : '', 23),
      cell(c.checkworthiness.toFixed(2), 5),
      c.text.length > 80 ? `${c.text.slice(0, 79)}…` : c.text,
    ].join(' '),
  );
  return [header, ...rows].join('\n');
}
