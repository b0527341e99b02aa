import { HR_EVENT_CONTRACTS } from './hr/hr-event-contracts';
import { JSON_SCHEMA_REGENERATE_COMMAND, hrEventJsonSchemas } from './json-schema';

const REGENERATE = `The committed JSON Schemas are out of date: regenerate them with\n  ${JSON_SCHEMA_REGENERATE_COMMAND}\nand commit libs/contracts/json-schema/.`;

/** The committed file, read through the module loader (this pure lib does no file I/O itself). */
function committed(type: string): unknown {
  try {
    return jest.requireActual<object>(`../json-schema/${type}.json`);
  } catch {
    return undefined;
  }
}

type Node = { description?: string; properties?: Record<string, Node>; anyOf?: Node[] };

function undescribed(node: Node, path: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const here = `${path}.${key}`;
    const nested = child.anyOf?.find((n) => n.properties) ?? child;
    return [...(child.description ? [] : [here]), ...undescribed(nested, here)];
  });
}

describe('hrEventJsonSchemas', () => {
  const schemas = hrEventJsonSchemas();

  it('has one draft 2020-12 schema per HR event type', () => {
    expect(Object.keys(schemas).sort()).toEqual(HR_EVENT_CONTRACTS.map((c) => c.type).sort());
    for (const schema of Object.values(schemas)) expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(HR_EVENT_CONTRACTS.map((c) => c.type))('committed json-schema/%s.json equals what the contract generates', (type) => {
    // toEqual's message alone would not say how to fix it.
    const equal = JSON.stringify(committed(type)) === JSON.stringify(schemas[type]);
    if (!equal) throw new Error(`${type}: ${REGENERATE}`);
  });

  it('describes every data field (meaning and unit), and treats defaulted fields as optional', () => {
    for (const [type, schema] of Object.entries(schemas)) {
      const data = (schema.properties?.data ?? {}) as Node & { required?: string[] };
      expect({ type, undescribed: undescribed(data, 'data') }).toEqual({ type, undescribed: [] });
      expect(data.required ?? []).not.toContain('currency');
    }
  });
});
