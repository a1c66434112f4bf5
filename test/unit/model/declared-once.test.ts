/**
 * Each relation type and each typed chip field is named in the registry and nowhere else in src/ but, at
 * most, one test-facing export (the synthetic dataset generator): the layers reach them through the model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OWNED_LINKS, RELATION_TYPE_NAMES, SPEC_NAMES } from '../../../src/model';

const SRC = path.resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: fs.readFileSync(file, 'utf8'),
}));
const filesNaming = (name: string) =>
  files.filter(({ text }) => new RegExp(`\\b${name}\\b`).test(text)).map(({ file }) => file);

describe('names declared once', () => {
  const relationTypes = [...new Set([...RELATION_TYPE_NAMES, ...OWNED_LINKS.map((l) => l.link.type)])];
  // AT, OF and ABOUT are also ordinary words in the code's prose and Cypher keywords; they are checked
  // through the registry's own tests instead.
  const distinctive = relationTypes.filter((t) => t.length > 5);

  it.each(distinctive)('names the relationship type %s in at most two files under src/', (type) => {
    const found = filesNaming(type);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found.some((f) => f.startsWith('model/'))).toBe(true);
  });

  it.each([...SPEC_NAMES])('names the spec %s in at most two files under src/, both in the model', (spec) => {
    const found = filesNaming(spec);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found.every((f) => f.startsWith('model'))).toBe(true);
  });

  it.each(['processNode', 'foundry'])('names the chip field %s in at most two files under src/', (field) => {
    const found = filesNaming(field);
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found).toContain(path.join('model', 'chip.ts'));
  });
});
