import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ERROR_STATUS, type ErrorCode } from '@concord/platform';
import { errorBodySchema } from './error-body.schema';
import { componentRef } from './openapi-components';

type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

/** Exhaustive over ERROR_STATUS: a status that a new error code introduces must be described here. */
const MEANING: Record<ErrorStatus, string> = {
  400: 'The request does not match its contract; `problems` names every field at fault',
  401: 'No API key, or an unknown or revoked one',
  403: 'The API key may not act for this enterprise',
  404: 'Nothing is known under this name or code',
  409: 'The event id was already used with another body; send a correction under a new id',
  413: 'The body exceeds the size limit',
  415: 'The body is not of the expected content type or encoding',
  429: 'Rate limit reached; retry after `Retry-After` seconds',
  500: 'Unexpected failure; quote `errorId` when reporting it',
  503: 'A dependency cannot take the request now; retry the same request after `Retry-After` seconds',
};

/** The statuses whose answers carry `Retry-After` (DomainError's retryAfterSeconds). */
const RETRY_AFTER_STATUSES: readonly ErrorStatus[] = [429, 503];

const RETRY_AFTER_HEADER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } } };

/** Documents error answers of a route or controller, all with the shared error body. */
export function ApiErrorResponses(...statuses: ErrorStatus[]): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: `${codesOf(status)}: ${MEANING[status]}`,
        schema: componentRef(errorBodySchema),
        ...(RETRY_AFTER_STATUSES.includes(status) ? { headers: RETRY_AFTER_HEADER } : {}),
      }),
    ),
  );
}

function codesOf(status: ErrorStatus): string {
  return (Object.keys(ERROR_STATUS) as ErrorCode[])
    .filter((code) => ERROR_STATUS[code] === status)
    .map((code) => `\`${code}\``)
    .join(' or ');
}
