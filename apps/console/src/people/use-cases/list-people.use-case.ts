import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Person } from '../person.entity';
import { type PersonView, toPersonView } from '../person.view';
import { StaffAccount } from '../staff-account.entity';

@Injectable()
export class ListPeopleUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<PersonView[]> {
    const people = await this.dataSource.getRepository(Person).find({ order: { name: 'ASC' } });
    const accounts = await this.dataSource.getRepository(StaffAccount).findBy({ personId: In(people.map((p) => p.id)) });
    const accountOf = new Map(accounts.map((account) => [account.personId, account]));
    return people.map((person) => toPersonView(person, accountOf.get(person.id) ?? null));
  }
}
