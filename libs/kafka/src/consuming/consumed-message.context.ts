import { BaseRpcContext } from '@nestjs/microservices';

type Args = [topic: string, partition: number, offset: string, attempt: number];

/** What a handler may want to know about the message beyond its payload (`@Ctx()`). */
export class ConsumedMessageContext extends BaseRpcContext<Args> {
  get topic(): string {
    return this.args[0];
  }
  get partition(): number {
    return this.args[1];
  }
  get offset(): string {
    return this.args[2];
  }
  get attempt(): number {
    return this.args[3];
  }
}
