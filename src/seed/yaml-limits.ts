/**
 * Two YAML shapes that cost far more than their size: deep nesting (the YAML composer recurses, and
 * runs out of stack) and aliases that expand without bound (a "billion laughs" document). Both are
 * measured before the document is composed or converted, and refused with the line where they happen.
 * Ordinary aliases (one anchor used a hundred times) are fine: what is bounded is the expanded size.
 */
import { CST, isAlias, isMap, isPair, isSeq, LineCounter, Parser, type Document, type Node } from 'yaml';

/** A dataset nests about six deep (dataset, companies, record, sources, citation, value). */
export const MAX_YAML_DEPTH = 64;

/** Values a document may expand to through aliases: this floor, or ten times its own values. */
export const MIN_EXPANSION_LIMIT = 1_000_000;
export const EXPANSION_FACTOR = 10;

export interface YamlRefusal {
  line?: number;
  message: string;
}

/** The first place where collections nest deeper than MAX_YAML_DEPTH, found without recursion. */
export function yamlTooDeep(source: string): YamlRefusal | undefined {
  const lines = new LineCounter();
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser(lines.addNewLine).parse(source)) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (CST.isCollection(token)) {
      if (depth + 1 > MAX_YAML_DEPTH) {
        return {
          line: lines.linePos(token.offset).line,
          message: `the YAML nests more than ${MAX_YAML_DEPTH} collections deep here; a dataset needs about 6`,
        };
      }
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * How many values the document holds once every alias is replaced by what it names, stopping at the
 * first node that by itself goes past the limit. Depth is bounded by yamlTooDeep, so recursion is safe.
 */
export function yamlExpansion(doc: Document, lines: LineCounter): YamlRefusal | undefined {
  const countOwn = (node: unknown): number => {
    if (isPair(node)) return countOwn(node.key) + countOwn(node.value);
    if (isMap(node) || isSeq(node)) return 1 + node.items.reduce<number>((n, item) => n + countOwn(item), 0);
    return node === null || node === undefined ? 0 : 1;
  };
  const limit = Math.max(MIN_EXPANSION_LIMIT, EXPANSION_FACTOR * countOwn(doc.contents));
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let refusal: YamlRefusal | undefined;
  const at = (node: unknown) => {
    const offset = (node as Node | undefined)?.range?.[0];
    return offset === undefined ? {} : { line: lines.linePos(offset).line };
  };
  const size = (node: unknown): number => {
    if (refusal) return 0;
    if (isPair(node)) return size(node.key) + size(node.value);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (open.has(target)) {
        refusal = { ...at(node), message: `the alias *${node.source} refers to a value that holds it` };
        return 0;
      }
      return target ? size(target) : 0;
    }
    if (!isMap(node) && !isSeq(node)) return node === null || node === undefined ? 0 : 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let total = 1;
    for (const item of node.items) {
      total += size(item);
      if (total > limit && !refusal) {
        refusal = {
          ...at(node),
          message: `the YAML aliases here expand to more than ${limit.toLocaleString('en')} values (${EXPANSION_FACTOR} times the document's own, at least ${MIN_EXPANSION_LIMIT.toLocaleString('en')}): an alias bomb`,
        };
      }
      if (refusal) break;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  size(doc.contents);
  return refusal;
}
