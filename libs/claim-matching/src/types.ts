export interface MatchText {
  id: string;
  text: string;
  title?: string;
}

export interface RankedMatch {
  id: string;
  /** Calibrated 0..1: how likely the candidate states the same claim. */
  score: number;
  /** Same claim, different number ("fifth" vs "sixth", "a million" vs "1.5 million"). */
  valueChange: boolean;
}
