import { Module } from '@nestjs/common';
import { EnterpriseDetailsReader } from './enterprise-details.reader';
import { EnterprisesController } from './http/enterprises.controller';
import { CreateEnterpriseUseCase } from './use-cases/create-enterprise.use-case';
import { GetEnterpriseUseCase } from './use-cases/get-enterprise.use-case';
import { ListEnterprisesUseCase } from './use-cases/list-enterprises.use-case';

@Module({
  controllers: [EnterprisesController],
  providers: [EnterpriseDetailsReader, CreateEnterpriseUseCase, ListEnterprisesUseCase, GetEnterpriseUseCase],
})
export class EnterprisesModule {}
