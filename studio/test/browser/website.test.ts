import {REBUILD_REQUEST_ID} from '@cast/schemas'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import type {ServiceStatus, SiteBuild} from '../../live/live-state'
import {SETTLE_MS, startStudio, type StudioSession} from '../support/studio-page'
import {routeTestSite} from '../support/test-site'

const REASON = 'Document faq-can-i-donate (faq) does not fit the site: answer: the answer is empty'
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

/** What the test site answers: a build.json and a status with two recent builds, the newer one failed. */
const site: {build: SiteBuild; status: ServiceStatus | null} = {
  build: {builtAt: minutesAgo(30), documents: {}},
  status: {
    building: null,
    queue: {pendingEvents: 1, nextBuildAt: null},
    waiting: [{id: 'faq-can-i-donate'}],
    lastBuild: {result: 'failed', finishedAt: minutesAgo(5), reason: REASON},
    builds: [
      {startedAt: minutesAgo(6), finishedAt: minutesAgo(5), result: 'failed', trigger: 'webhook', documents: ['faq-can-i-donate'], reason: REASON},
      {startedAt: minutesAgo(31), finishedAt: minutesAgo(30), result: 'ok', trigger: 'webhook', documents: ['faq-what-is-cast', 'hotline-cast']},
    ],
  },
}

let administrator: StudioSession
let editor: StudioSession

/** Opens the Website tool the way staff do: from the Studio's navigation. */
async function openWebsite(studio: StudioSession) {
  await studio.open('/structure')
  await studio.page.getByRole('link', {name: 'Website'}).first().click()
  await studio.page.getByRole('heading', {name: 'Website'}).waitFor({timeout: SETTLE_MS})
}

const rows = (studio: StudioSession) => studio.page.getByTestId('website-build')

beforeAll(async () => {
  administrator = await startStudio(inject('studioDist'))
  editor = await startStudio(inject('studioDist'), {user: {id: 'p-editor', name: 'Editor', email: 'editor@example.org', roles: ['editor']}})
  for (const studio of [administrator, editor]) await routeTestSite(studio.page, site)
})
afterAll(async () => {
  await administrator?.close()
  await editor?.close()
})

describe('the Website tool', () => {
  it('lists the recent builds for an administrator, a failed one with its reason', async () => {
    await openWebsite(administrator)
    expect(administrator.page.url()).toMatch(/\/website$/)
    await rows(administrator).first().waitFor({timeout: SETTLE_MS})
    expect(await rows(administrator).count()).toBe(2)
    const failed = rows(administrator).nth(0)
    expect(await failed.innerText()).toContain('Failed')
    expect(await failed.innerText()).toContain(REASON)
    expect(await failed.innerText()).toContain('5 minutes ago')
    expect(await rows(administrator).nth(1).innerText()).toContain('2: faq-what-is-cast, hotline-cast')
    await administrator.page.getByText('Live on https://site.test: built 30 minutes ago.').waitFor()
    await administrator.page.getByText('1 change waits for the next build.').waitFor()
    await administrator.screenshot('website')
  })

  it('asks for a rebuild through Sanity when an administrator presses Rebuild now', async () => {
    await administrator.page.getByRole('button', {name: 'Rebuild now'}).click()
    await administrator.page.getByText(/^Rebuild requested at .+; the build starts when the site hears of it\.$/).waitFor({timeout: SETTLE_MS})
    const request = administrator.lake.documents().find((document) => document._id === REBUILD_REQUEST_ID)
    expect(request).toMatchObject({_type: 'rebuildRequest', requestedBy: 'Staff Member', requestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)})
    expect(administrator.lake.documents().some((document) => document._id === `drafts.${REBUILD_REQUEST_ID}`)).toBe(false)
  })

  it('shows an editor the builds but no Rebuild now', async () => {
    await openWebsite(editor)
    await rows(editor).first().waitFor({timeout: SETTLE_MS})
    expect(await rows(editor).count()).toBe(2)
    expect(await editor.page.getByRole('button', {name: 'Rebuild now'}).count()).toBe(0)
  })

  it('lets an editor who opens the rebuild request only read it', async () => {
    await editor.open(`/intent/edit/id=${REBUILD_REQUEST_ID};type=rebuildRequest`)
    const requestedBy = editor.page.getByTestId('field-requestedBy').locator('input')
    await requestedBy.waitFor({timeout: SETTLE_MS})
    expect(await requestedBy.getAttribute('readonly')).not.toBeNull()
  })

  it('says so on a host without the rebuild service, and shows only when the live site was built', async () => {
    const status = site.status
    site.status = null
    try {
      await openWebsite(editor)
      await editor.page.getByText('This host has no rebuild service (no /status)', {exact: false}).waitFor({timeout: SETTLE_MS})
      await editor.page.getByText('Live on https://site.test: built 30 minutes ago.').waitFor()
      expect(await rows(editor).count()).toBe(0)
    } finally {
      site.status = status
    }
  })
})
