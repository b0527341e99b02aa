import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type DeadlineRiskCounts, countDeadlinesAtRisk } from '@concord/case-workflow';
import { reportCaseDeadlinesAtRisk } from '@concord/platform';
import { DataSource } from 'typeorm';
import { caseStateFromJson } from '../cases/case-state.codec';
import { CASE_CLOCK, CASE_DEADLINE_SETTINGS, type CaseClock, type CaseDeadlineSettings } from '../deadlines/case-deadline.config';

/** Stages with no deadline left (dueTimers lists none): not worth reading. */
const DEADLINELESS = ['closed', 'arbitration'];

/**
 * A read serves every scrape within this long of it. Scrapers poll every 15–60 s, and two
 * Prometheus replicas (or a dashboard's own queries) scraping at once share one read.
 */
const READ_REUSE_MS = 10_000;

/**
 * Feeds concord_case_deadlines_at_risk when it is scraped: the states of the open cases from
 * Postgres, judged by @concord/case-workflow's deadlinesAtRisk against the service's clock. Read at
 * scrape time rather than on a timer, so nothing runs where nobody scrapes, and the gauge is
 * always as current as the last scrape. A read is one statement over the open cases only (closed
 * cases and those in arbitration, the bulk of a year's cases, are not read), at most once per
 * READ_REUSE_MS however often it is scraped.
 */
@Injectable()
export class CaseDeadlinesAtRiskReporter implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(CaseDeadlinesAtRiskReporter.name);
  private stopReporting?: () => void;
  private lastRead?: { startedAt: number; counts: Promise<DeadlineRiskCounts> };

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CASE_DEADLINE_SETTINGS) private readonly settings: CaseDeadlineSettings,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  onApplicationBootstrap(): void {
    this.stopReporting = reportCaseDeadlinesAtRisk(() => this.counts());
  }

  /** Before the database closes, so a scrape during shutdown does not query a closed pool. */
  beforeApplicationShutdown(): void {
    this.stopReporting?.();
  }

  counts(): Promise<DeadlineRiskCounts> {
    const now = Date.now();
    if (this.lastRead && now - this.lastRead.startedAt < READ_REUSE_MS) return this.lastRead.counts;
    const counts = this.read().catch((error: unknown) => {
      this.log.warn({ err: error }, 'could not read the case deadlines at risk');
      this.lastRead = undefined;
      throw error;
    });
    this.lastRead = { startedAt: now, counts };
    return counts;
  }

  private async read(): Promise<DeadlineRiskCounts> {
    const rows = await this.dataSource.query<{ state: unknown }[]>(`SELECT state FROM cases WHERE status <> ALL ($1::text[])`, [DEADLINELESS]);
    return countDeadlinesAtRisk(
      rows.map((row) => caseStateFromJson(row.state)),
      this.clock.now(),
      this.settings.options,
    );
  }
}
