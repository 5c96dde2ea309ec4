import type {Page, Route} from 'playwright-core'
import type {ContentLake} from 'scripts/content-lake'

/** Every host of Sanity's API: the project's own (`<projectId>.api.sanity.io`) and the global one. */
const SANITY_API = /^https:\/\/([\w-]+\.)?api\.sanity\.io\//

/**
 * In the page, `fetch` of a listener of Sanity's API (the Studio's `EventSource` reads its stream
 * with `fetch`) is handed to the test process, which reads the stream from the stand-in and passes
 * it on as it comes: a route can only answer with a whole body, and the Studio needs the
 * `mutation` events of its own saves to know they landed.
 */
function relayListenerFetches(pattern: string) {
  const api = new RegExp(`${pattern}v[^/]+/data/listen/`)
  const streams = new Map<string, ReadableStreamDefaultController<Uint8Array>>()
  const relay = window as unknown as {
    lakeListen(id: string, url: string): Promise<void>
    lakeListenClose(id: string): Promise<void>
    lakeChunk(id: string, text: string | null): void
  }
  const encoder = new TextEncoder()
  const native = window.fetch.bind(window)
  const document = crypto.randomUUID()
  let next = 0
  relay.lakeChunk = (id, text) => {
    const stream = streams.get(id)
    if (!stream) return
    if (text === null) {
      streams.delete(id)
      return stream.close()
    }
    stream.enqueue(encoder.encode(text))
  }
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!api.test(url)) return native(input, init)
    // Ids are unique across documents, so a stream of a document left behind reaches no other.
    const id = `${document}:${next++}`
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void streams.set(id, controller),
      cancel: () => {
        streams.delete(id)
        return relay.lakeListenClose(id)
      },
    })
    init?.signal?.addEventListener('abort', () => {
      streams.get(id)?.error(new DOMException('The listener was closed', 'AbortError'))
      streams.delete(id)
      void relay.lakeListenClose(id)
    })
    return relay.lakeListen(id, url).then(() => new Response(body, {status: 200, headers: {'Content-Type': 'text/event-stream'}}))
  }
}

/** Streams the page's listeners from the stand-in (see `relayListenerFetches`). */
async function relayListeners(page: Page, lake: ContentLake) {
  const open = new Map<string, AbortController>()
  // A chunk the page cannot take means the document that listened is gone (the page navigated
  // or closed): its stream ends there. Failures reading the stand-in are reported.
  const toPage = (id: string, text: string | null) =>
    page
      .evaluate(([id, text]) => (window as unknown as {lakeChunk(id: string, text: string | null): void}).lakeChunk(id, text), [id, text] as const)
      .then(() => true, () => false)
  await page.exposeFunction('lakeListen', async (id: string, address: string) => {
    const from = new URL(address)
    const abort = new AbortController()
    open.set(id, abort)
    const response = await fetch(`${lake.url}${from.pathname}${from.search}`, {headers: {Accept: 'text/event-stream'}, signal: abort.signal})
    if (!response.ok || !response.body) throw new Error(`listen ${address}: the stand-in answered ${response.status} ${await response.text()}`)
    const decoder = new TextDecoder()
    void (async () => {
      for await (const chunk of response.body!) {
        if (!(await toPage(id, decoder.decode(chunk as Uint8Array, {stream: true})))) return abort.abort()
      }
      await toPage(id, null)
    })().catch((error: Error) => {
      if (!abort.signal.aborted) lake.unanswered.push(`listen ${address}: ${error.message}`)
    })
  })
  await page.exposeFunction('lakeListenClose', (id: string) => {
    open.get(id)?.abort()
    open.delete(id)
  })
  page.on('close', () => {
    for (const abort of open.values()) abort.abort()
  })
  // The test runner's transform names functions through `__name`, which the page lacks.
  const script = `globalThis.__name ??= (f) => f;(${relayListenerFetches.toString()})(${JSON.stringify(SANITY_API.source)})`
  await page.addInitScript({content: script})
}

/**
 * Answers the page's calls to Sanity's API from the stand-in, inside the browser, so the built
 * Studio runs offline; listeners are streamed beside the routes (`relayListeners`).
 */
export async function routeToLake(page: Page, lake: ContentLake) {
  await relayListeners(page, lake)
  const answer = async (route: Route) => {
    const request = route.request()
    const from = new URL(request.url())
    const target = `${lake.url}${from.pathname}${from.search}`
    const cors = {
      'Access-Control-Allow-Origin': (await request.headerValue('origin')) ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    }
    // A listener that streams over XHR (the client's EventSource polyfill, used by live queries
    // such as document lists) cannot be relayed, and a route cannot stream: it is welcomed and
    // the stream ends, so it reconnects, and each reconnect makes the live query fetch again.
    if (from.pathname.includes('/data/listen/')) {
      return route.fulfill({status: 200, headers: {...cors, 'Content-Type': 'text/event-stream'}, body: `retry: 500\nevent: welcome\ndata: ${JSON.stringify({listenerName: 'route'})}\n\n`})
    }
    const response = await route.fetch({url: target})
    return route.fulfill({response, headers: {...response.headers(), ...cors}})
  }
  await page.route(SANITY_API, (route) =>
    answer(route).catch(async (error: Error) => {
      // The Studio shows a failed call; the test sees why in its output and in `lake.unanswered`.
      lake.unanswered.push(`${route.request().method()} ${route.request().url()}: ${error.message}`)
      await route.abort('failed')
    }),
  )
}
