import {readdir} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {parse, type DefaultTreeAdapterMap} from 'parse5'

/** Reading built pages as a browser's parser sees them. */
export type HtmlNode = DefaultTreeAdapterMap['node']
export type HtmlElement = DefaultTreeAdapterMap['element']

/** Visits every element, template contents included; `visit` returning false skips the element's children. */
export function walk(node: HtmlNode, visit: (element: HtmlElement) => boolean | void): void {
  if ('tagName' in node && visit(node) === false) return
  if ('childNodes' in node) node.childNodes.forEach((child) => walk(child, visit))
  if ('content' in node) walk(node.content as HtmlNode, visit)
}

export const attr = (element: HtmlElement, name: string) => element.attrs.find((a) => a.name === name)?.value

/** The attributes of every element with this tag name. */
export function elements(page: string, tagName: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = []
  walk(parse(page), (element) => {
    if (element.tagName === tagName) found.push(Object.fromEntries(element.attrs.map((a) => [a.name, a.value])))
  })
  return found
}

/** Every file under `dir`, as paths relative to it. */
export async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)))
}
