import { Inject, Injectable, Logger } from '@nestjs/common';
import { CORRELATION_HEADER, DomainError } from '@concord/platform';
import type { Request } from 'express';

/** Base URLs of the services that own the data staff read through the console. */
export interface OwnerUrls {
  riskEngine: string;
  caseService: string;
  notifier: string;
}
export type Owner = keyof OwnerUrls;
export const OWNER_URLS = Symbol('OWNER_URLS');

export interface OwnerResponse {
  status: number;
  /** The owner's JSON body; undefined when it sent none. */
  body: unknown;
}

/** The owners verify the caller's staff token themselves and log under the same correlation id. */
const FORWARDED_HEADERS = ['authorization', CORRELATION_HEADER] as const;
const TIMEOUT_MS = 5_000;
const RETRY_AFTER_SECONDS = 5;

/**
 * Reads from the service that owns the data (risk-engine, case-service, notifier) on behalf of the
 * caller, passing the owner's status and JSON body through unchanged. The console keeps no copy:
 * the owner's answer, including a refusal, is the answer.
 */
@Injectable()
export class OwnerApiClient {
  private readonly log = new Logger(OwnerApiClient.name);

  constructor(@Inject(OWNER_URLS) private readonly urls: OwnerUrls) {}

  /** `path` must be built from validated parts; the caller's query string is forwarded as is. */
  async get(owner: Owner, path: string, caller: Request): Promise<OwnerResponse> {
    const url = new URL(`${this.urls[owner].replace(/\/+$/, '')}${path}`);
    url.search = new URL(caller.originalUrl, 'http://caller').search;
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const name of FORWARDED_HEADERS) {
      const value = caller.header(name);
      if (value) headers[name] = value;
    }
    let status: number;
    let text: string;
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      this.log.warn({ owner, path, err: error }, 'owner unreachable');
      throw new DomainError('unavailable', `The ${owner} service is unreachable; try again shortly`, undefined, RETRY_AFTER_SECONDS);
    }
    if (text === '') return { status, body: undefined };
    try {
      return { status, body: JSON.parse(text) as unknown };
    } catch {
      this.log.warn({ owner, path, status }, 'owner answered with something other than JSON');
      throw new DomainError('unavailable', `The ${owner} service gave an unreadable answer; try again shortly`, undefined, RETRY_AFTER_SECONDS);
    }
  }
}
