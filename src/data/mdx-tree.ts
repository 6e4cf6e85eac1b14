/**
 * MDX bodies read as a syntax tree, the way the build reads them: Sätteri is
 * the parser @astrojs/mdx compiles with, so a link, a code span or a JSX tag
 * here is exactly what the page will have. JSX attribute expressions
 * (`ids={["a", "b"]}`) are read with acorn, never matched as text.
 */
import { parseExpressionAt, type Expression } from 'acorn';
import {
  mdxToMdast,
  type MdastNode,
  type MdxJsxAttributeNode as MdxJsxAttribute,
  type MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';

/** A node of a parsed MDX body. */
export type MdxNode = MdastNode;

/** A parsed MDX body. */
export type Root = Extract<MdastNode, { type: 'root' }>;

/** A named attribute of a JSX element: `id="a"`, `ids={["a"]}`. */
export type JsxAttribute = MdxJsxAttribute;

/** A JSX element written in MDX, in a block (`<Callout>`) or inline (`<Cite />`). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Parses an MDX body (no frontmatter); throws with `line:column` when it is not valid MDX. */
export function parseMdx(body: string): Root {
  return mdxToMdast(body) as Root;
}

/** The body parsed, or undefined when it is not valid MDX (checkMdxSafety reports that, once per file). */
export function tryParseMdx(body: string): Root | undefined {
  try {
    return parseMdx(body);
  } catch {
    return undefined;
  }
}

/** Calls `visit` on every node of the tree, depth first, in document order. */
export function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Every JSX element of the tree, in document order. */
export function jsxElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
  });
  return found;
}

/** The named attributes of an element (`{...spread}` ones left out). */
export function namedAttributes(element: JsxElement): MdxJsxAttribute[] {
  return element.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
}

/** The `{...spread}` attributes of an element, as the JavaScript written inside the braces. */
export function spreadAttributes(element: JsxElement): MdxJsxExpressionAttribute[] {
  return element.attributes.filter((a): a is MdxJsxExpressionAttribute => a.type === 'mdxJsxExpressionAttribute');
}

/** The attribute called `name` (exactly), if the element has one. */
export function attribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return namedAttributes(element).find((a) => a.name === name);
}

/** Parses the JavaScript of an attribute expression; undefined when it is not one expression. */
export function parseExpression(code: string): Expression | undefined {
  try {
    const expression = parseExpressionAt(code, 0, { ecmaVersion: 'latest', sourceType: 'module' });
    // Anything but whitespace after it means the braces held more than one expression.
    return code.slice(expression.end).trim() === '' ? expression : undefined;
  } catch {
    return undefined;
  }
}

/** The text of a string literal or of a template literal without `${…}`; undefined for anything else. */
export function staticString(expression: Expression | undefined): string | undefined {
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) return expression.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The value an attribute is known to have before the page runs: the text of
 * `id="a"`, `id={"a"}` or ``id={`a`}``, or for an array of such strings
 * (`ids={["a", "b"]}`) each of them. Undefined for a bare attribute or
 * anything computed.
 */
export function staticValue(attr: MdxJsxAttribute | undefined): string | string[] | undefined {
  const value = attr?.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const expression = parseExpression(value.value);
  if (expression?.type !== 'ArrayExpression') return staticString(expression);
  const items = expression.elements.map((e) => (e && e.type !== 'SpreadElement' ? staticString(e) : undefined));
  return items.every((i): i is string => i !== undefined) ? items : undefined;
}

/** Offset in the body where a node starts (0 when the parser gave no position). */
export const startOf = (node: { position?: { start: { offset?: number | undefined } } | undefined }): number =>
  node.position?.start.offset ?? 0;

/**
 * Offset in the body just past an element's opening tag: where its first
 * child starts, or its end when it has none. The parser gives attributes no
 * positions, so this is how far a tag's own text reaches.
 */
export function openingTagEnd(element: JsxElement): number {
  const first = element.children[0];
  return first ? startOf(first) : (element.position?.end.offset ?? startOf(element));
}
