// Reads Markdown as GitHub does, with a real CommonMark + GFM parser (micromark, through mdast):
// tables and their cells, links and autolink literals, code, raw HTML. Tests assert on what a reader
// of the rendered comment or summary sees, not on the Markdown source. GitHub's own pass over the
// rendered text (@mentions, #123 references) is modelled by `liveMentions`.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { micromark } from 'micromark';
import type { Nodes, Root, Table } from 'mdast';

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** HTML as GitHub renders it (raw HTML kept, as GitHub does before its sanitizer). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], allowDangerousHtml: true });
}

export function walk(node: Nodes, visit: (n: Nodes, inCode: boolean) => void, inCode = false): void {
  visit(node, inCode);
  if ('children' in node) for (const c of node.children as Nodes[]) walk(c, visit, inCode || c.type === 'inlineCode' || c.type === 'code');
}

/** The text a reader sees in a node: text, code and HTML values, breaks as spaces. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'html') return node.value === '<br>' ? ' ' : node.value.replace(/<[^>]*>/g, '');
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Every table: rows of cells' visible text. */
export function tables(markdown: string): string[][][] {
  const out: string[][][] = [];
  walk(parseGfm(markdown), (n) => {
    if (n.type === 'table') out.push((n as Table).children.map((row) => row.children.map((cell) => textOf(cell).trim())));
  });
  return out;
}

/** Links (including autolink literals) with their destinations. */
export function links(markdown: string): Array<{ url: string; text: string }> {
  const out: Array<{ url: string; text: string }> = [];
  walk(parseGfm(markdown), (n) => {
    if (n.type === 'link' || n.type === 'linkReference' || n.type === 'image' || n.type === 'imageReference' || n.type === 'definition')
      out.push({ url: 'url' in n ? String(n.url) : `[ref ${'identifier' in n ? n.identifier : ''}]`, text: textOf(n) });
  });
  return out;
}

/** Raw HTML tags, by name. */
export function htmlTags(markdown: string): string[] {
  const out: string[] = [];
  walk(parseGfm(markdown), (n) => {
    if (n.type === 'html') for (const m of n.value.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) out.push(m[1].toLowerCase());
  });
  return out;
}

/**
 * What GitHub would turn into a mention or a reference once rendered: `@name` or `#123` in text
 * that is not code (GitHub skips code and links), preceded by a non-word character.
 */
export function liveMentions(markdown: string): string[] {
  const out: string[] = [];
  walk(parseGfm(markdown), (n, inCode) => {
    if (inCode || n.type !== 'text') return;
    for (const m of n.value.matchAll(/(?:^|[^\w`])([@#][\w-]+)/g)) out.push(m[1]);
  });
  return out;
}
