import { Injectable } from '@nestjs/common';
import { type RosterEntry, MediatorRosterReader } from '../mediator-roster.reader';

@Injectable()
export class ListMediatorsUseCase {
  constructor(private readonly roster: MediatorRosterReader) {}

  execute(): Promise<RosterEntry[]> {
    return this.roster.all();
  }
}
