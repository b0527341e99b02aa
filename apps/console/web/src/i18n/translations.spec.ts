import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every translation file pair (en.json / zh-CN.json, <page>.en.json / <page>.zh-CN.json) must hold the same keys. */
const folder = __dirname;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function load(file: string): unknown {
  return JSON.parse(readFileSync(join(folder, file), 'utf8'));
}

const pages = readdirSync(folder)
  .map((file) => /^(?:([\w-]+)\.)?(?:en|zh-CN)\.json$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => match[1] ?? '');

describe('console translations', () => {
  it.each([...new Set(pages)])('%s has the same keys in English and Chinese', (page) => {
    const prefix = page ? `${page}.` : '';
    const english = keysOf(load(`${prefix}en.json`)).sort();
    const chinese = keysOf(load(`${prefix}zh-CN.json`)).sort();
    expect(chinese.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !chinese.includes(key))).toEqual([]);
  });

  it.each([...new Set(pages)])('%s has no empty strings', (page) => {
    const prefix = page ? `${page}.` : '';
    for (const file of [`${prefix}en.json`, `${prefix}zh-CN.json`]) {
      const empty = keysOf(load(file)).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], load(file)) === '');
      expect({ file, empty }).toEqual({ file, empty: [] });
    }
  });
});
