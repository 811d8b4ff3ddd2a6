import { can } from '@claimledger/domain';
import { DataTable, MonthlySmallMultiples, StackedBarChart } from '@claimledger/ui';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '../../server/session';
import { getQueryClient, trpc } from '../../trpc/server';
import { windowMonths, reviewerChart, stateChart, timeToVerdictChart, verdictTimeline } from './dashboard-parts/chart-data';

export const dynamic = 'force-dynamic';

const WINDOWS = [30, 90, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The over-time charts span the whole grid: their months need the width. */
const WIDE = { gridColumn: '1 / -1' } as const;
const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${h} h` : `${Math.round((h / 24) * 10) / 10} days`);

/** Home: the editors' dashboard; everyone else starts at their inbox. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ days?: string }> }) {
  const actor = await getActor();
  if (!actor || !can(actor.role, 'claim:approve')) redirect('/inbox');
  const requested = Number((await searchParams).days);
  const days = WINDOWS.find((d) => d === requested) ?? 90;
  const data = await getQueryClient().fetchQuery(trpc.dashboard.get.queryOptions({ days }));
  const states = stateChart(data.claimsByState);
  const reviewers = reviewerChart(data.reviewers);
  const timing = timeToVerdictChart(data.timeToVerdict, hours);
  const months = windowMonths(data.days, new Date(data.since.getTime() + data.days * DAY_MS));
  const outlets = verdictTimeline(data.verdictsByOutlet, months, 'Outlet');
  const speakers = verdictTimeline(data.verdictsBySpeaker, months, 'Speaker');
  return (
    <div className="dashboard">
      <h1>Dashboard</h1>
      <p className="meta">
        The last {days} days (since {data.since.toISOString().slice(0, 10)}). Show{' '}
        {WINDOWS.map((d, i) => (
          <span key={d}>
            {i > 0 ? ' · ' : ''}
            {d === days ? <strong>{d} days</strong> : <Link href={`/?days=${d}`}>{d} days</Link>}
          </span>
        ))}
      </p>
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="time-heading">
          <h2 id="time-heading">Time from ingest to published verdict</h2>
          <div data-testid="time-to-verdict">
            <dl className="figures">
              <div>
                <dt>Published</dt>
                <dd>{data.timeToVerdict.published}</dd>
              </div>
              <div>
                <dt>Median</dt>
                <dd>{hours(data.timeToVerdict.medianHours)}</dd>
              </div>
              <div>
                <dt>90th percentile</dt>
                <dd>{hours(data.timeToVerdict.p90Hours)}</dd>
              </div>
            </dl>
            <StackedBarChart
              title="Hours to verdict"
              rows={timing.rows}
              table={timing.table}
              testId="chart-time-to-verdict"
              formatValue={hours}
            />
          </div>
        </section>
        <section className="card">
          <StackedBarChart title="Claims ingested, by state" rows={states.rows} table={states.table} testId="chart-states" />
        </section>
        <section className="card">
          <StackedBarChart title="Reviews per reviewer" rows={reviewers.rows} table={reviewers.table} testId="chart-reviewers" />
        </section>
        <section className="card" style={WIDE}>
          <MonthlySmallMultiples
            title="Published verdicts by outlet, per month"
            months={outlets.months}
            panels={outlets.panels}
            table={outlets.table}
            testId="chart-outlets"
          />
        </section>
        <section className="card" style={WIDE}>
          <MonthlySmallMultiples
            title="Published verdicts by speaker, per month"
            months={speakers.months}
            panels={speakers.panels}
            table={speakers.table}
            testId="chart-speakers"
          />
        </section>
        <section className="card" aria-labelledby="repeats-heading">
          <h2 id="repeats-heading">Checked claims said again</h2>
          {data.repeats.length === 0 ? (
            <p className="empty-state">
              No repeats in this period. When claim tracking matches a new claim to one already published, it is listed here.
            </p>
          ) : (
            <DataTable
              caption="Checked claims said again"
              table={{
                columns: ['Claim', 'Times said', 'Last seen'],
                rows: data.repeats.map((r) => [r.text, r.claims, r.lastSeen.toISOString().slice(0, 10)]),
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
