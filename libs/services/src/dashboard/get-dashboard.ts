import { ZDashboardInput, parseInput, type TDashboard, type TDashboardInput } from '@claimledger/contracts';
import {
  claimsByStateSince,
  repeatedClaimsSince,
  reviewWorkSince,
  timeToVerdictSince,
  verdictsByOutletSince,
  verdictsBySpeakerSince,
  type DbClient,
} from '@claimledger/db';
import type { Actor } from '@claimledger/domain';
import { requireUser } from '../access';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The editors' dashboard: claims by state, work per reviewer, time from ingest to published
 * verdict (median, p90), verdicts by outlet and by speaker per month, and repeats of checked
 * claims, all over the last `days` days (at most a year).
 */
export async function getDashboard(db: DbClient, actor: Actor, raw: TDashboardInput, now = new Date()): Promise<TDashboard> {
  requireUser(actor, 'claim:approve');
  const { days } = parseInput(ZDashboardInput, raw);
  const since = new Date(now.getTime() - days * DAY_MS);
  const [claimsByState, reviewers, timing, verdictsByOutlet, verdictsBySpeaker, repeats] = await Promise.all([
    claimsByStateSince(db, since),
    reviewWorkSince(db, since),
    timeToVerdictSince(db, since),
    verdictsByOutletSince(db, since),
    verdictsBySpeakerSince(db, since),
    repeatedClaimsSince(db, since),
  ]);
  const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10);
  return {
    since,
    days,
    claimsByState,
    reviewers,
    timeToVerdict: { published: timing.published, medianHours: round(timing.medianHours), p90Hours: round(timing.p90Hours) },
    verdictsByOutlet,
    verdictsBySpeaker,
    repeats,
  };
}
