export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');
