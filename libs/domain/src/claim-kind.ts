export const CLAIM_KINDS = ['quantity', 'count', 'ordinal', 'temporal', 'quote', 'comparison', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const VALUE_BOUNDS = ['exact', 'upper', 'lower', 'approximate'] as const;
export type ValueBound = (typeof VALUE_BOUNDS)[number];
