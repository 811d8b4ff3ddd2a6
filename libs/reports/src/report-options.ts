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

/**
 * Base URL for public links: CLAIMLEDGER_PUBLIC_URL when set, else the address a request came
 * to (`requestOrigin`), else this machine on PORT.
 */
export function resolvePublicUrl(env: TPublishingEnv, requestOrigin?: string | null): string {
  return env.CLAIMLEDGER_PUBLIC_URL ?? requestOrigin ?? `http://localhost:${env.PORT}`;
}

/** One line for the server log: which base URL public links use. */
export function describePublicUrl(env: TPublishingEnv): string {
  return env.CLAIMLEDGER_PUBLIC_URL
    ? `public links use CLAIMLEDGER_PUBLIC_URL=${env.CLAIMLEDGER_PUBLIC_URL}`
    : `public links use the address each request came to (CLAIMLEDGER_PUBLIC_URL is unset; http://localhost:${env.PORT} outside requests)`;
}

export function reportOptions(
  env: TPublishingEnv,
  title: string,
  generatedAt = new Date(),
  requestOrigin?: string | null,
): ReportOptions {
  const publicUrl = resolvePublicUrl(env, requestOrigin);
  return {
    organisation: { name: env.CLAIMLEDGER_ORG_NAME, url: env.CLAIMLEDGER_ORG_URL ?? publicUrl },
    publicUrl,
    title,
    generatedAt,
  };
}
