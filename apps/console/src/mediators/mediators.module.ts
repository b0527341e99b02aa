import { Module } from '@nestjs/common';
import { MediatorsController } from './http/mediators.controller';
import { MediatorRosterReader } from './mediator-roster.reader';
import { ListMediatorsUseCase } from './use-cases/list-mediators.use-case';
import { RegisterMediatorUseCase } from './use-cases/register-mediator.use-case';

@Module({
  controllers: [MediatorsController],
  providers: [MediatorRosterReader, RegisterMediatorUseCase, ListMediatorsUseCase],
})
export class MediatorsModule {}
