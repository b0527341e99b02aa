export * from './registry';
export * from './event-flow.metrics';
export * from './case-deadline.metrics';
export * from './http-metrics.middleware';
export * from './metrics-server';
export * from './cluster-metrics';
