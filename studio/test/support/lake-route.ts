import type {Page, Route} from 'playwright-core'
import type {ContentLake} from 'scripts/content-lake'

/** Every host of Sanity's API: the project's own (`<projectId>.api.sanity.io`) and the global one. */
const SANITY_API = /^https:\/\/([\w-]+\.)?api\.sanity\.io\//

/** The events a listener is sent up to and including its `welcome`, read from the stand-in's stream. */
async function welcome(url: string, headers: Record<string, string>): Promise<string> {
  const abort = new AbortController()
  const response = await fetch(url, {headers, signal: abort.signal})
  if (!response.ok || !response.body) throw new Error(`listen ${url}: the stand-in answered ${response.status} ${await response.text()}`)
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of response.body) {
    text += decoder.decode(chunk as Uint8Array, {stream: true})
    if (text.includes('event: welcome') && text.endsWith('\n\n')) break
  }
  abort.abort()
  return text
}

/**
 * Answers the page's calls to Sanity's API from the stand-in, inside the browser, so the built
 * Studio runs offline. A route answers with a whole body, so a listener gets its `welcome` and
 * then the stream ends; the Studio reconnects and reads documents again, which keeps it current.
 */
export async function routeToLake(page: Page, lake: ContentLake) {
  const answer = async (route: Route) => {
    const request = route.request()
    const from = new URL(request.url())
    const target = `${lake.url}${from.pathname}${from.search}`
    const cors = {
      'Access-Control-Allow-Origin': (await request.headerValue('origin')) ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    }
    if (/\/data\/listen\//.test(from.pathname)) {
      const body = await welcome(target, {Accept: 'text/event-stream'})
      return route.fulfill({status: 200, headers: {...cors, 'Content-Type': 'text/event-stream'}, body})
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
