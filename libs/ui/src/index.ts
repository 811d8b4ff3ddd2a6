export { HighlightedText } from './highlighted-text';
export { ClaimDetails } from './claim-details';
export { StateBadge } from './state-badge';
export { segmentText } from './segments';
export type { Segment, SpanLike } from './segments';
export { formatTimeScope, summariseClaim } from './claim-summary';
export { VerdictBadge } from './verdict-badge';
export { CheckboxGroup } from './checkbox-group';
