import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { PeopleController } from './http/people.controller';
import { CreatePersonUseCase } from './use-cases/create-person.use-case';
import { ListPeopleUseCase } from './use-cases/list-people.use-case';

@Module({
  controllers: [PeopleController],
  providers: [CreatePersonUseCase, ListPeopleUseCase, PasswordHasher],
})
export class PeopleModule {}
