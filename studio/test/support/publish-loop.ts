import type {DatasetDocument} from '@cast/schemas/dataset'
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Route} from 'playwright-core'
import {startService, type RunningService} from 'scripts/service/driver'
import {WEBHOOK_SETTINGS} from 'scripts/service/webhook-settings'
import {dataset, projectId} from '../../env'
import {SETTLE_MS, startStudio, type StudioSession} from './studio-page'
import {TEST_SITE} from './test-site'

/**
 * The whole publish loop on one machine: the built Studio in Chromium against the Content Lake
 * stand-in, which sends the webhook Sanity would send with the README's settings to a rebuild
 * service that builds from the stand-in; the Studio's site address answers from that service.
 * The end-to-end test and the publish-loop benchmark share it.
 */
export interface PublishLoop {
  studio: StudioSession
  service: RunningService
  /** The FAQ entry the loop edits and its public page (`/faq/what-is-cast/`). */
  faq: {id: string; path: string}
  close(): Promise<void>
}

export interface PublishLoopOptions {
  /** The FAQ entry to edit: it must have a page in the first build. */
  faqId: string
  /** The dataset the stand-in holds (the embedded dataset by default). */
  datasetFile?: string
  /** Settings for the service beyond what the loop needs (`QUIET_MS`), the service's defaults otherwise. */
  serviceEnv?: Record<string, string>
}

/** The site's address in the Studio's build answers from the rebuild service, as a proxy would pass it on. */
function forwardTo(origin: string) {
  return async (route: Route) => {
    const request = route.request()
    const {pathname, search} = new URL(request.url())
    const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !['host', 'content-length'].includes(name)))
    const body = request.postDataBuffer()
    const response = await fetch(`${origin}${pathname}${search}`, {method: request.method(), headers, ...(body ? {body: new Uint8Array(body)} : {}), redirect: 'manual'})
    // fetch has already decoded the body: the headers must not say it is still compressed.
    const answered = Object.fromEntries([...response.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)))
    await route.fulfill({status: response.status, headers: answered, body: Buffer.from(await response.arrayBuffer())})
  }
}

/** Starts the Studio (from the build in `dist`), the stand-in and the service, and waits for the service's first build. */
export async function startPublishLoop(dist: string, {faqId, datasetFile, serviceEnv = {}}: PublishLoopOptions): Promise<PublishLoop> {
  const studio = await startStudio(dist, datasetFile ? {datasetFile} : {})
  let service: RunningService | undefined
  let dataDir: string | undefined
  const close = async () => {
    await studio.close()
    await service?.stop()
    if (dataDir) await rm(dataDir, {recursive: true, force: true})
  }
  try {
    // This run's own secret and token: the service lives only as long as the loop.
    const secret = randomBytes(24).toString('hex')
    dataDir = await mkdtemp(join(tmpdir(), 'cast-publish-loop-'))
    service = await startService({
      SANITY_WEBHOOK_SECRET: secret,
      REBUILD_TOKEN: randomBytes(24).toString('hex'),
      SANITY_PROJECT_ID: projectId,
      SANITY_DATASET: dataset,
      SANITY_API_HOST: studio.lake.url,
      SANITY_READ_TOKEN: 'studio-test-read-token',
      STUDIO_ORIGIN: studio.origin,
      SITE_URL: TEST_SITE,
      DATA_DIR: dataDir,
      ...serviceEnv,
    })
    studio.lake.sendWebhooks({url: `${service.url}/webhooks/sanity`, secret, ...WEBHOOK_SETTINGS})
    await studio.page.context().route(`${TEST_SITE}/**`, forwardTo(service.url))
    const build = (await (await fetch(`${service.url}/build.json`)).json()) as {documents: Record<string, {path?: string}>}
    const path = build.documents[faqId]?.path ?? ''
    if (!path) throw new Error(`The first build has no page for ${faqId}: the publish loop needs a published FAQ entry with a page.`)
    return {studio, service, faq: {id: faqId, path}, close}
  } catch (error) {
    await close()
    throw error
  }
}

/** The live-state badge with this label. */
export const liveBadge = (studio: StudioSession, label: string) => studio.page.locator('[data-ui="Badge"]').getByText(label, {exact: true})

/** Adds `text` at the end of the open FAQ's answer, as staff type it. */
export async function addToAnswer(studio: StudioSession, text: string) {
  await studio.page.getByTestId('field-answer').locator('[contenteditable="true"]').first().click()
  await studio.page.keyboard.press('Control+End')
  await studio.page.keyboard.type(` ${text}`)
}

/** Whether a version of the FAQ holds `text` in its answer. */
export const answerHas = (text: string) => (doc: DatasetDocument) => JSON.stringify(doc.answer ?? '').includes(text)

/**
 * Shows the Preview view of the open document (its tab beside the form's) and returns its frame;
 * `showForm` goes back to the form, where Publish and the save status are.
 */
export async function openPreview(studio: StudioSession) {
  await studio.page.getByRole('tab', {name: 'Preview'}).click()
  return studio.page.frameLocator('[data-testid="preview-frame"]')
}

export async function showForm(studio: StudioSession) {
  await studio.page.getByRole('tab', {name: 'Editor'}).click()
  await studio.page.getByTestId('preview-frame').waitFor({state: 'detached', timeout: SETTLE_MS})
}
