import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_ROUTE = 'concord:public-route';

/** Marks a route as deliberately reachable without credentials; every other route is guarded. */
export const Public = () => SetMetadata(IS_PUBLIC_ROUTE, true);
