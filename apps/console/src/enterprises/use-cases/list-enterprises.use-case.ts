import { Injectable } from '@nestjs/common';
import { type StaffClaims, enterpriseScopeOf } from '@concord/auth';
import { type EnterpriseProfile, EnterpriseDetailsReader } from '../enterprise-details.reader';
import type { ListEnterprisesQueryDto } from '../http/list-enterprises.query.dto';

/** The enterprises the caller may see; a region filter outside their scope simply finds none. */
@Injectable()
export class ListEnterprisesUseCase {
  constructor(private readonly reader: EnterpriseDetailsReader) {}

  execute(query: ListEnterprisesQueryDto, staff: StaffClaims): Promise<EnterpriseProfile[]> {
    return this.reader.profiles(enterpriseScopeOf(staff), query.regionId);
  }
}
