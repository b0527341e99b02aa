import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { caseServiceEnv } from '../../apps/case-service/src/case-service.config';
import { consoleEnv } from '../../apps/console/src/console.config';
import { ingestApiEnv } from '../../apps/ingest-api/src/ingest-api.config';
import { notifierEnv } from '../../apps/notifier/src/notifier.config';
import { riskEngineEnv } from '../../apps/risk-engine/src/risk-engine.config';
import { TOPICS } from '@concord/contracts';
import { metricsRegistry } from '@concord/platform';

/**
 * The production descriptions (docker-compose.yml, deploy/k8s, deploy/topics.yaml) cannot be run
 * here (no Docker engine, no cluster), so they are checked against the code they deploy: every
 * service gets every variable its own env schema requires, a health check and resource limits,
 * and the topics created are exactly the contracts' topics and their dead-letter topics.
 */
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Compose files share settings through YAML merge keys (`<<: *anchor`), which `yaml` resolves with `merge`. */
const parseYaml = (path: string): unknown => parse(read(path), { merge: true });

const APPS = {
  'ingest-api': ingestApiEnv,
  'risk-engine': riskEngineEnv,
  notifier: notifierEnv,
  'case-service': caseServiceEnv,
  console: consoleEnv,
} satisfies Record<string, z.ZodObject>;
type App = keyof typeof APPS;
const APP_NAMES = Object.keys(APPS) as App[];

/** Variables the schema rejects when absent: no default, not optional. */
function requiredVariables(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name)
    .sort();
}

interface ComposeService {
  image?: string;
  environment?: Record<string, unknown>;
  healthcheck?: { test?: unknown };
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parseYaml('docker-compose.yml') as { services: Record<string, ComposeService> };

  it('runs Apache Kafka in KRaft mode (no ZooKeeper), PostgreSQL, Redis and every service', () => {
    const kafka = compose.services.kafka;
    expect(kafka.image).toMatch(/^apache\/kafka:/);
    expect(kafka.environment?.KAFKA_PROCESS_ROLES).toEqual(expect.stringContaining('controller'));
    expect(Object.keys(compose.services).some((name) => name.includes('zookeeper'))).toBe(false);
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(compose.services.redis.image).toMatch(/^redis:/);
    for (const app of APP_NAMES) expect([app, compose.services[app] !== undefined]).toEqual([app, true]);
  });

  it.each(APP_NAMES)('gives %s every variable its env schema requires', (app) => {
    const given = Object.keys(compose.services[app].environment ?? {});
    expect(requiredVariables(APPS[app]).filter((name) => !given.includes(name))).toEqual([]);
  });

  it.each([...APP_NAMES, 'kafka', 'postgres', 'redis'])('gives %s a health check and, for services, CPU and memory limits', (name) => {
    const service = compose.services[name];
    expect(service.healthcheck?.test).toBeDefined();
    if ((APP_NAMES as string[]).includes(name)) {
      expect(service.deploy?.resources?.limits?.cpus).toBeDefined();
      expect(service.deploy?.resources?.limits?.memory).toBeDefined();
    }
  });

  it.each(APP_NAMES)('starts %s only after its infrastructure is healthy and the migrations completed', (app) => {
    const dependsOn = compose.services[app].depends_on ?? {};
    expect(dependsOn.postgres?.condition).toBe('service_healthy');
    expect(dependsOn.migrate?.condition).toBe('service_completed_successfully');
  });
});

interface Container {
  name: string;
  env?: { name: string }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: { template?: { spec?: { containers?: Container[] } } };
}

describe('deploy/k8s', () => {
  const manifests = (file: string) => parseAllDocuments(read(`deploy/k8s/${file}`)).map((document) => document.toJS() as Manifest);
  const configMap = manifests('configmap.yaml').find((manifest) => manifest.kind === 'ConfigMap');
  const secret = manifests('secret.template.yaml').find((manifest) => manifest.kind === 'Secret');

  it.each(APP_NAMES)('deploys %s with probes, resource requests and limits, and every required variable', (app) => {
    const deployment = manifests(`${app}.yaml`).find((manifest) => manifest.kind === 'Deployment');
    const container = deployment?.spec?.template?.spec?.containers?.find((candidate) => candidate.name === app);
    expect(container).toBeDefined();
    expect(container?.readinessProbe).toBeDefined();
    expect(container?.livenessProbe).toBeDefined();
    expect(Object.keys(container?.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(container?.resources?.limits?.memory).toBeDefined();
    const fromRefs = (container?.envFrom ?? []).flatMap((source) => [
      ...(source.configMapRef ? Object.keys(configMap?.data ?? {}) : []),
      ...(source.secretRef ? Object.keys(secret?.stringData ?? secret?.data ?? {}) : []),
    ]);
    const given = new Set([...(container?.env ?? []).map((variable) => variable.name), ...fromRefs]);
    expect(requiredVariables(APPS[app]).filter((name) => !given.has(name))).toEqual([]);
  });
});

describe('deploy/topics.yaml', () => {
  it('creates exactly the contracts’ topics and their dead-letter topics', () => {
    const topics = (parseYaml('deploy/topics.yaml') as { topics: { name: string; partitions: number }[] }).topics;
    const expected = Object.values(TOPICS).flatMap((topic) => [topic, `${topic}.dlq`]);
    expect(topics.map((topic) => topic.name).sort()).toEqual(expected.sort());
    for (const topic of topics) expect([topic.name, topic.partitions > 0]).toEqual([topic.name, true]);
  });
});

describe('deploy/grafana/concord-dashboard.json', () => {
  it('charts only metrics the services export', async () => {
    const dashboard = JSON.parse(read('deploy/grafana/concord-dashboard.json')) as { panels: { title: string; targets: { expr: string }[] }[] };
    const exported = new Set((await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name));
    const histogramSeries = /_(bucket|count|sum)$/;
    const unknown = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) => [...target.expr.matchAll(/\bconcord_[a-z0-9_]+/g)].map(([name]) => name).filter((name) => !exported.has(name.replace(histogramSeries, '')))),
    );
    expect(dashboard.panels.length).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });
});
