import type { Response } from 'express';
import type { OwnerResponse } from '../owner-api.client';

/** Answers the caller with the owner's status and body, unchanged. */
export function relayOwnerResponse(res: Response, owned: OwnerResponse): void {
  res.status(owned.status);
  if (owned.body === undefined) res.end();
  else res.json(owned.body);
}
