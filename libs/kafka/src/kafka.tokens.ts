export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');
