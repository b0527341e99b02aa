export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export const API_KEY_RATE_LIMITER = Symbol('API_KEY_RATE_LIMITER');
