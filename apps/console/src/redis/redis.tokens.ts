export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
/** `<REDIS_KEY_PREFIX>:console`, under which every console key lives. */
export const REDIS_KEY_PREFIX = Symbol('REDIS_KEY_PREFIX');
