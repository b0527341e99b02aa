import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { INDICATOR_CATALOG, type RiskForecast, forecastRisk, isoDayOf, legalProfileFor } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { PublishedRuleSet } from '../../rules/published-rule-set';
import { readEnterpriseHistory } from '../readers/enterprise-history.reader';
import { readEnterpriseProfile } from '../readers/enterprise-profile.reader';

export interface ForecastView {
  enterpriseId: string;
  /** The day the projection starts from: today, or the latest business day if that is later. */
  from: string;
  forecasts: RiskForecast[];
}

/** The 30- and 60-day projection of an enterprise's level if nothing new is reported. */
@Injectable()
export class GetForecastUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSet: PublishedRuleSet,
  ) {}

  async execute(enterpriseId: string, today = isoDayOf(new Date())): Promise<ForecastView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const history = await readEnterpriseHistory(manager, enterpriseId);
      const lastDay = history.lastDay();
      if (!lastDay) throw new DomainError('not_found', `Enterprise ${enterpriseId} has no recorded events`);
      const from = lastDay > today ? lastDay : today;
      const { profile, siblingLevels } = await readEnterpriseProfile(manager, enterpriseId);
      const ruleSet = await this.ruleSet.current(manager);
      const forecasts = forecastRisk({ history, profile, asOf: from, ruleSet, catalog: INDICATOR_CATALOG, legal: legalProfileFor(profile.jurisdiction), siblingLevels });
      return { enterpriseId, from, forecasts };
    });
  }
}
