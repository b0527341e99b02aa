import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { EnterpriseRisk } from '../enterprise-risk.entity';
import { type EnterpriseRiskView, toRiskView } from '../risk-view.mapper';

@Injectable()
export class GetEnterpriseRiskUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(enterpriseId: string): Promise<EnterpriseRiskView> {
    const risk = await this.dataSource.getRepository(EnterpriseRisk).findOneBy({ enterpriseId });
    if (!risk) throw new DomainError('not_found', `Enterprise ${enterpriseId} has not been scored yet`);
    return toRiskView(risk);
  }
}
