export type VerdictLabelSpec = {
  slug: string;
  name: string;
  colour: string;
  description: string;
  /** ClaimReview ratingValue; 1 (worst) … 6 (best); 0 for labels off the truth axis. */
  rating: number;
};

/** Six steps from True to False, plus Misleading and Unverifiable. */
export const DEFAULT_VERDICT_SCALE: { name: string; labels: VerdictLabelSpec[] } = {
  name: 'Default',
  labels: [
    { slug: 'true', name: 'True', colour: '#1a7f37', description: 'Accurate, nothing significant missing.', rating: 6 },
    { slug: 'mostly-true', name: 'Mostly true', colour: '#4d9e3a', description: 'Accurate but needs clarification.', rating: 5 },
    {
      slug: 'half-true',
      name: 'Half true',
      colour: '#b08800',
      description: 'Partly accurate, leaves out important details.',
      rating: 4,
    },
    {
      slug: 'mostly-false',
      name: 'Mostly false',
      colour: '#d4711c',
      description: 'Contains some truth but ignores critical facts.',
      rating: 3,
    },
    { slug: 'false', name: 'False', colour: '#cf222e', description: 'Not accurate.', rating: 2 },
    {
      slug: 'pants-on-fire',
      name: 'Fabricated',
      colour: '#82071e',
      description: 'Not accurate and makes a ridiculous claim.',
      rating: 1,
    },
    {
      slug: 'misleading',
      name: 'Misleading',
      colour: '#8250df',
      description: 'Accurate in parts but creates a false impression.',
      rating: 0,
    },
    {
      slug: 'unverifiable',
      name: 'Unverifiable',
      colour: '#57606a',
      description: 'Cannot be proved or disproved with available evidence.',
      rating: 0,
    },
  ],
};
