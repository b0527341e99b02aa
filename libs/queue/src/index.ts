export * from './queue.module';
export * from './job-queue';
export * from './job-handler.decorator';
export * from './redis-broadcast';
