import { Injectable } from '@nestjs/common';
import { type EnterpriseProfile, EnterpriseDetailsReader } from '../enterprise-details.reader';
import type { ListEnterprisesQueryDto } from '../http/list-enterprises.query.dto';

@Injectable()
export class ListEnterprisesUseCase {
  constructor(private readonly reader: EnterpriseDetailsReader) {}

  execute(query: ListEnterprisesQueryDto): Promise<EnterpriseProfile[]> {
    return this.reader.profiles(query.regionId);
  }
}
