import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { PeopleController } from './http/people.controller';
import { CreatePersonUseCase } from './use-cases/create-person.use-case';
import { ListPeopleUseCase } from './use-cases/list-people.use-case';
import { SetAccountStatusUseCase } from './use-cases/set-account-status.use-case';

@Module({
  controllers: [PeopleController],
  providers: [CreatePersonUseCase, ListPeopleUseCase, SetAccountStatusUseCase, PasswordHasher],
})
export class PeopleModule {}
