import type { TPublishingEnv } from '@claimledger/contracts';

/** Who publishes the report and where its reviews live on the web. */
export type ReportOptions = {
  organisation: { name: string; url: string };
  /** Base URL of this ClaimLedger, for links to each published review. */
  publicUrl: string;
  title: string;
  generatedAt: Date;
};

/** The public page of a claim's published review. */
export function reviewUrl(options: Pick<ReportOptions, 'publicUrl'>, claimId: string): string {
  return new URL(`/published/${claimId}`, options.publicUrl).href;
}

export const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export function reportOptions(env: TPublishingEnv, title: string, generatedAt = new Date()): ReportOptions {
  return {
    organisation: { name: env.CLAIMLEDGER_ORG_NAME, url: env.CLAIMLEDGER_ORG_URL },
    publicUrl: env.CLAIMLEDGER_PUBLIC_URL,
    title,
    generatedAt,
  };
}
