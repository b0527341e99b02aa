import type { TopicName } from '@concord/contracts';

/**
 * Maps contract topic names to physical ones. The prefix isolates test runs (and tenants) that
 * share a broker; production runs with an empty prefix.
 */
export class TopicNamer {
  constructor(private readonly prefix: string) {}

  physical(topic: string): string {
    return `${this.prefix}${topic}`;
  }

  logical(physicalTopic: string): TopicName {
    return physicalTopic.slice(this.prefix.length) as TopicName;
  }
}
