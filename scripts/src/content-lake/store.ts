import {EventEmitter} from 'node:events'
import {randomUUID} from 'node:crypto'
import type {DatasetDocument} from '@cast/schemas/dataset'
import {Mutation} from '@sanity/mutator'

/** One mutation as `/data/mutate` takes it: `{create: doc}`, `{patch: {id, set, ...}}`, `{delete: {id}}` … */
export type LakeMutation = Record<string, {_id?: string; id?: string} & Record<string, unknown>>

/** What a listener hears: one document changed by one transaction, in the shape of Sanity's `mutation` event. */
export interface MutationEvent {
  eventId: string
  documentId: string
  transactionId: string
  transition: 'appear' | 'update' | 'disappear'
  identity: string
  mutations: LakeMutation[]
  previousRev?: string
  resultRev?: string
  timestamp: string
  visibility: 'query'
  result?: DatasetDocument
  previous?: DatasetDocument
}

function targetId(mutation: LakeMutation): string {
  const [operation, body] = Object.entries(mutation)[0] ?? []
  const id = body?.id ?? body?._id
  if (typeof id !== 'string') throw new Error(`Mutation ${JSON.stringify(mutation)}: "${operation}" names no document id (_id or id)`)
  return id
}

/**
 * The documents of a dataset in memory, changed by transactions of mutations as the Content Lake
 * changes them (all or nothing, a new `_rev` per changed document), with an event per changed
 * document for listeners.
 */
export class LakeStore {
  readonly events = new EventEmitter<{mutation: [MutationEvent]}>()
  private byId = new Map<string, DatasetDocument>()
  private list: DatasetDocument[] = []

  constructor(documents: DatasetDocument[], private identity: string) {
    // One listener per open `/data/listen` stream, removed when it closes; the Studio opens dozens.
    this.events.setMaxListeners(0)
    for (const document of documents) this.byId.set(document._id, document)
    this.list = [...this.byId.values()]
  }

  get documents(): DatasetDocument[] {
    return this.list
  }

  get(id: string): DatasetDocument | undefined {
    return this.byId.get(id)
  }

  /** Applies the mutations in order as one transaction; throws (changing nothing) if one fails. */
  commit(mutations: LakeMutation[], transactionId: string = randomUUID()) {
    const timestamp = new Date().toISOString()
    const changed = new Map<string, {before?: DatasetDocument; after: DatasetDocument | null; mutations: LakeMutation[]}>()
    for (const mutation of mutations) {
      const id = targetId(mutation)
      const entry = changed.get(id) ?? {before: this.byId.get(id), after: this.byId.get(id) ?? null, mutations: []}
      const [operation, body] = Object.entries(mutation)[0] ?? ['', {}]
      if (operation === 'create' && entry.after) throw new Error(`Mutation create: document "${id}" already exists`)
      if (operation === 'patch' && !entry.after) throw new Error(`Mutation patch: document "${id}" does not exist`)
      if (operation === 'patch' && body.ifRevisionID && body.ifRevisionID !== entry.after?._rev) {
        throw new Error(`Mutation patch: document "${id}" has revision "${entry.after?._rev}", not "${body.ifRevisionID}"`)
      }
      const next = new Mutation({mutations: [mutation], resultRev: transactionId, timestamp}).apply(entry.after) as DatasetDocument | null
      entry.after = next && {...next, _id: id, _rev: transactionId, _updatedAt: timestamp, _createdAt: entry.before?._createdAt ?? (next._createdAt as string | undefined) ?? timestamp}
      entry.mutations.push(mutation)
      changed.set(id, entry)
    }
    const results: Array<{id: string; operation: 'create' | 'update' | 'delete'}> = []
    for (const [id, {before, after}] of changed) {
      if (after) this.byId.set(id, after)
      else this.byId.delete(id)
      results.push({id, operation: !after ? 'delete' : before ? 'update' : 'create'})
    }
    this.list = [...this.byId.values()]
    for (const [id, {before, after, mutations: own}] of changed) {
      this.events.emit('mutation', {
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: !after ? 'disappear' : before ? 'update' : 'appear',
        identity: this.identity,
        mutations: own,
        previousRev: before?._rev as string | undefined,
        resultRev: after ? transactionId : undefined,
        timestamp,
        visibility: 'query',
        ...(after ? {result: after} : {}),
        ...(before ? {previous: before} : {}),
      })
    }
    return {transactionId, results}
  }
}
