import {createSourceFromConfig, type CurrentUser} from 'sanity'
import {createStructureBuilder, type StructureBuilder} from 'sanity/structure'
import config from '../sanity.config'
import {structure} from '../structure'

/**
 * The Studio's desk as the structure tool sees it, without a browser: Sanity's own structure
 * builder over our config, panes serialized, children resolved the way the structure tool does.
 */

/** A serialized pane: the fields the tests look at. */
export interface Pane {
  id: string
  type: string
  title?: string
  schemaTypeName?: string
  options?: {id?: string; type?: string; filter?: string; params?: Record<string, unknown>}
  items?: Array<{id: string; type: string}>
  initialValueTemplates?: Array<{templateId: string; parameters?: Record<string, unknown>}>
  menuItems?: Array<{intent?: {type: string; params?: unknown}}>
  canHandleIntent?: (intent: string, params: Record<string, unknown>, context: {pane: Pane; index: number}) => boolean
  child?: unknown
}

const administrator: CurrentUser = {id: 'staff', name: 'Staff', email: 'staff@example.org', role: 'administrator', roles: [{name: 'administrator', title: 'Administrator'}]}

// Resolving the structure sends no request; the source only needs a client to read its settings.
const offlineClient = {
  withConfig: () => offlineClient,
  config: () => ({projectId: config.projectId, dataset: config.dataset, apiVersion: '2025-02-19', url: 'http://127.0.0.1:9/v1'}),
}

// The structure resolver's second argument, as the structure tool passes it: the source's schema and client.
const resolverContexts = new WeakMap<StructureBuilder, unknown>()

/** The Studio's workspace as Sanity resolves it from our config and its plugins. */
export function studioSource() {
  return createSourceFromConfig({...config, currentUser: administrator, getClient: () => offlineClient} as never)
}

export async function deskBuilder(): Promise<StructureBuilder> {
  const source = await studioSource()
  const S = createStructureBuilder({source, perspectiveStack: []} as never)
  resolverContexts.set(S, {...source, perspectiveStack: []})
  return S
}

async function rootPane(S: StructureBuilder): Promise<Pane> {
  return serialize(await structure(S, resolverContexts.get(S) as never), [])
}

async function serialize(node: unknown, path: string[]): Promise<Pane> {
  const value = await node
  const serializable = value as {serialize?: (options: {path: string[]}) => Pane}
  return typeof serializable.serialize === 'function' ? serializable.serialize({path}) : (value as Pane)
}

/** The pane that opens when `id` is chosen in `parent`, as the structure tool resolves it. */
export async function openChild(S: StructureBuilder, parent: Pane, id: string, path: string[] = []): Promise<Pane> {
  let child = parent.child
  const context = {id, parent, path, splitIndex: 0, index: path.length + 1, params: {}, structureContext: S}
  while (typeof child === 'function') child = await (child as (id: string, context: unknown) => unknown).call(parent, id, context)
  if (!child) throw new Error(`Pane "${parent.id}" opens nothing for "${id}".`)
  return serialize(child, [...path, id])
}

/** Follows list items by id from the root, for example ['job-openings', 'open-jobs']. */
export async function openPath(S: StructureBuilder, ids: string[]): Promise<Pane> {
  let pane = await rootPane(S)
  for (const [index, id] of ids.entries()) pane = await openChild(S, pane, id, ids.slice(0, index))
  return pane
}

/**
 * The pane an intent link (Create, or "edit this document") opens: like the structure tool,
 * search breadth first for the pane closest to the root that handles the intent, then open the
 * document in it. Null when no pane handles it, in which case the structure tool shows its
 * fallback editor outside the desk.
 */
export async function openIntent(S: StructureBuilder, intent: 'create' | 'edit', params: {id: string; type: string; template?: string}): Promise<Pane | null> {
  let level: Array<{pane: Pane; path: string[]}> = [{pane: await rootPane(S), path: []}]
  while (level.length) {
    const next: typeof level = []
    for (const {pane, path} of level) {
      if (pane.type === 'document' && pane.options?.id === params.id) return pane
      if (pane.canHandleIntent?.(intent, params, {pane, index: path.length})) return openChild(S, pane, params.id, path)
      if (pane.type !== 'list') continue
      for (const item of pane.items ?? []) {
        if (item.type === 'divider') continue
        next.push({pane: await openChild(S, pane, item.id, path), path: [...path, item.id]})
      }
    }
    level = next
  }
  return null
}

/** Every pane reachable from the root through lists, with the path to it. */
export async function listPanes(S: StructureBuilder): Promise<Array<{pane: Pane; path: string[]}>> {
  const found: Array<{pane: Pane; path: string[]}> = []
  const visit = async (pane: Pane, path: string[]) => {
    found.push({pane, path})
    if (pane.type !== 'list') return
    for (const item of pane.items ?? []) {
      if (item.type !== 'divider') await visit(await openChild(S, pane, item.id, path), [...path, item.id])
    }
  }
  await visit(await rootPane(S), [])
  return found
}
