import { Body, Controller, Get, Post } from '@nestjs/common';
import { Roles } from '@concord/auth';
import type { RosterEntry } from '../mediator-roster.reader';
import { ListMediatorsUseCase } from '../use-cases/list-mediators.use-case';
import { RegisterMediatorUseCase } from '../use-cases/register-mediator.use-case';
import { RegisterMediatorDto } from './register-mediator.dto';

@Roles('admin')
@Controller('v1/mediators')
export class MediatorsController {
  constructor(
    private readonly registerMediator: RegisterMediatorUseCase,
    private readonly listMediators: ListMediatorsUseCase,
  ) {}

  @Post()
  register(@Body() body: RegisterMediatorDto): Promise<RosterEntry> {
    return this.registerMediator.execute(body);
  }

  @Get()
  list(): Promise<RosterEntry[]> {
    return this.listMediators.execute();
  }
}
