import type {IncomingMessage, ServerResponse} from 'node:http'
import {randomUUID} from 'node:crypto'
import type {DatasetDocument} from '@cast/schemas/dataset'
import {evaluate, parse} from 'groq-js'
import type {LakeStore, MutationEvent} from './store'

function event(res: ServerResponse, name: string, data: unknown) {
  res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)
}

async function matches(filter: ReturnType<typeof parse>, document: DatasetDocument | undefined, params: Record<string, unknown>) {
  if (!document) return false
  const result = (await (await evaluate(filter, {dataset: [document], params})).get()) as unknown[]
  return result.length === 1
}

/** A document without the revision, as Sanity's effects describe it. */
function content(document: DatasetDocument | undefined) {
  if (!document) return null
  const {_rev: _, ...rest} = document
  return rest
}

/**
 * The change as mendoza patches (`effectFormat=mendoza`), which the Studio applies to its copy:
 * `[0, value]` replaces the whole document with `value`, which is enough to carry any change.
 */
function wholeDocumentEffects(previous: DatasetDocument | undefined, result: DatasetDocument | undefined) {
  return {apply: [0, content(result)], revert: [0, content(previous)]}
}

/**
 * `/data/listen`: a `welcome` event, then a `mutation` event for each change to a document the
 * query's filter matches (before or after the change), as Sanity's listener sends them, with
 * mendoza effects when asked.
 */
export function listen(req: IncomingMessage, res: ServerResponse, url: URL, store: LakeStore) {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  const filter = parse(url.searchParams.get('query') ?? '*', {params})
  const includeResult = url.searchParams.get('includeResult') !== 'false'
  const includePrevious = url.searchParams.get('includePreviousRevision') === 'true'
  const mendoza = url.searchParams.get('effectFormat') === 'mendoza'
  res.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache'})
  event(res, 'welcome', {listenerName: randomUUID()})
  const send = async ({result, previous, ...change}: MutationEvent) => {
    if (!(await matches(filter, result, params)) && !(await matches(filter, previous, params))) return
    event(res, 'mutation', {
      ...change,
      ...(includeResult && result ? {result} : {}),
      ...(includePrevious && previous ? {previous} : {}),
      ...(mendoza ? {effects: wholeDocumentEffects(previous, result)} : {}),
    })
  }
  // A listener that cannot be served is told so, as Sanity's listener does, and stops.
  // One after another, so a listener hears a document's changes in the order they were made.
  let sent = Promise.resolve()
  const onMutation = (change: MutationEvent) => {
    sent = sent.then(() => send(change)).catch((error: Error) => {
      event(res, 'channelError', {message: `listen ${url.search}: ${error.message}`})
      res.end()
    })
  }
  store.events.on('mutation', onMutation)
  req.on('close', () => store.events.off('mutation', onMutation))
}
