import type {Route} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import type {ServiceStatus, SiteBuild} from '../../live/live-state'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'
import {TEST_SITE} from '../support/test-site'

let studio: StudioSession

const FAQ_ID = 'faq-what-is-human-trafficking'
const FAQ_PATH = '/faq/what-is-human-trafficking/'
const REASON = 'The FAQ entry "faq-broken" has no answer: add one or unpublish it.'

/** What the test site answers now: its build.json and the rebuild service's public status. */
const site: {build: SiteBuild; status: ServiceStatus | null} = {
  build: {builtAt: new Date().toISOString(), documents: {}},
  status: null,
}
const idle = (): ServiceStatus => ({building: null, queue: {pendingEvents: 0, nextBuildAt: null}, waiting: [], lastBuild: {result: 'ok', finishedAt: new Date().toISOString()}})

function answerSite(route: Route) {
  const {pathname} = new URL(route.request().url())
  const cors = {'Access-Control-Allow-Origin': '*'}
  const json = (body: unknown) => route.fulfill({status: 200, headers: {...cors, 'Content-Type': 'application/json'}, body: JSON.stringify(body)})
  if (pathname === '/build.json') return json(site.build)
  if (pathname === '/status') return site.status ? json(site.status) : route.fulfill({status: 404, headers: cors, body: 'Not found'})
  // A static host answers a POST with an error of its own that no other origin may read: to the
  // Studio's page that is a request that failed, as an aborted one is.
  if (pathname.startsWith('/preview')) return route.abort('failed')
  if (pathname === FAQ_PATH) return route.fulfill({status: 200, headers: {'Content-Type': 'text/html'}, body: '<title>What is human trafficking?</title><h1>What is human trafficking?</h1>'})
  return route.fulfill({status: 404, headers: cors, body: 'Not found'})
}

/** The published FAQ as the stand-in holds it (its `_rev` is what build.json must name to be live). */
function published() {
  const doc = studio.lake.documents().find((document) => document._id === FAQ_ID)
  if (!doc) throw new Error(`The embedded dataset has no published "${FAQ_ID}": the test needs a published FAQ entry.`)
  return doc
}

/** The live-state badge (Sanity's own status line may say "Not published" too). */
const badge = (label: string) => studio.page.locator('[data-ui="Badge"]').getByText(label, {exact: true})

/** Hovers the badge until its tooltip shows `text`. */
async function tooltipShows(label: string, text: string) {
  await badge(label).hover()
  await studio.page.getByText(text).waitFor({timeout: 10_000})
}

beforeAll(async () => {
  studio = await startStudio(inject('studioDist'))
  // A context route answers the tab "Open on the site" opens too; it wins over the session's 404s.
  await studio.page.context().route(`${TEST_SITE}/**`, answerSite)
})
afterAll(() => studio?.close())

describe('each document says whether it is live on the site', () => {
  it('shows Live, with when, for an FAQ whose published revision the site was built with', async () => {
    site.build = {builtAt: new Date().toISOString(), documents: {[FAQ_ID]: {rev: String(published()._rev), path: FAQ_PATH}}}
    site.status = idle()
    await studio.open(`/intent/edit/id=${FAQ_ID};type=faq`)
    await badge('Live').waitFor({timeout: SETTLE_MS})
    await tooltipShows('Live', 'On the site since')
    expect(studio.lake.unanswered).toEqual([])
  })

  it('opens the page on the site in a new tab', async () => {
    await studio.page.mouse.move(0, 0)
    await studio.page.getByTestId('action-menu-button').click()
    const popup = studio.page.waitForEvent('popup')
    await studio.page.getByRole('menuitem', {name: 'Open on the site'}).click()
    const tab = await popup
    await tab.waitForLoadState()
    expect(tab.url()).toBe(`${TEST_SITE}${FAQ_PATH}`)
    expect(await tab.locator('h1').innerText()).toBe('What is human trafficking?')
    await tab.close()
  })

  it('turns to Publishing… when the site has an older revision and a build is waiting', async () => {
    site.build = {...site.build, documents: {[FAQ_ID]: {rev: 'an-older-revision', path: FAQ_PATH}}}
    site.status = {...idle(), waiting: [{id: FAQ_ID}], queue: {pendingEvents: 1, nextBuildAt: new Date().toISOString()}}
    await badge('Publishing…').waitFor({timeout: SETTLE_MS})
    expect(await badge('Live').count()).toBe(0)
  })

  it('says the last build failed, with its reason in plain words', async () => {
    site.status = {...idle(), waiting: [{id: FAQ_ID}], lastBuild: {result: 'failed', finishedAt: new Date().toISOString(), reason: REASON}}
    await badge('Not live: the last build failed').waitFor({timeout: SETTLE_MS})
    await tooltipShows('Not live: the last build failed', `failed: ${REASON} The earlier version stays on the site.`)
    expect(studio.lake.unanswered).toEqual([])
  })

  it('shows Not published for a draft, with nothing to open on the site', async () => {
    await studio.open('/intent/create/template=faq;type=faq')
    await studio.page.getByTestId('field-question').locator('input, textarea').first().fill('Is this only a draft?')
    await expect
      .poll(() => studio.lake.documents().filter((doc) => doc.question === 'Is this only a draft?').map((doc) => doc._id.startsWith('drafts.')), {timeout: SETTLE_MS})
      .toEqual([true])
    await badge('Not published').waitFor({timeout: SETTLE_MS})
    await studio.page.mouse.move(0, 0)
    await studio.page.getByTestId('action-menu-button').click()
    await expect.poll(() => studio.page.getByRole('menuitem', {name: 'Open on the site'}).isDisabled(), {timeout: 10_000}).toBe(true)
    await studio.page.keyboard.press('Escape')
    expect(studio.lake.unanswered).toEqual([])
  })

  it('explains in the Preview view that previews need the rebuild service, on a host without it', async () => {
    site.build = {builtAt: new Date().toISOString(), documents: {[FAQ_ID]: {rev: String(published()._rev), path: FAQ_PATH}}}
    site.status = null
    await studio.open(`/intent/edit/id=${FAQ_ID};type=faq`)
    await badge('Live').waitFor({timeout: SETTLE_MS})
    await studio.page.getByRole('tab', {name: 'Preview'}).click()
    await studio.page.getByText('Previews are built by the site’s rebuild service', {exact: false}).waitFor({timeout: SETTLE_MS})
    expect(await studio.page.getByTestId('preview-frame').count()).toBe(0)
    expect(studio.lake.unanswered).toEqual([])
  })
})
