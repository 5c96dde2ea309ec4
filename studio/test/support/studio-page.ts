import {EMBEDDED_DATASET} from '@cast/schemas/dataset'
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {Browser, Locator, Page} from 'playwright-core'
import sharp from 'sharp'
import {startContentLake, type ContentLake, type LakeUser} from 'scripts/content-lake'
import {launchBrowser} from 'scripts/measure/browser'
import {dataset, projectId} from '../../env'
import {routeToLake} from './lake-route'
import {serveStudio, type ServedStudio} from './serve-studio'
import {routeNoSite} from './test-site'

/**
 * How long a browser test waits for the Studio to show or store something. Generous: on a loaded
 * two-core machine a save and its confirmation can take many seconds, and only a failure waits it out.
 */
export const SETTLE_MS = 45_000

export interface StudioSession {
  page: Page
  lake: ContentLake
  /** Where the Studio is served (`http://127.0.0.1:<port>`), the origin the site must allow. */
  origin: string
  /** Opens a Studio path (`/structure/hotline`, `/intent/edit/id=…;type=…`) and waits for the desk. */
  open(path: string): Promise<void>
  /**
   * Saves the page as `docs/images/studio/<name>.png` for the staff guide, only when
   * UPDATE_SCREENSHOTS=1, once `ready` (what the picture is of) is drawn.
   */
  screenshot(name: string, ready?: Locator): Promise<void>
  close(): Promise<void>
}

/** Where the staff guide (`docs/studio.md`) finds its pictures of the Studio. */
const SCREENSHOTS_DIR = join(import.meta.dirname, '..', '..', '..', 'docs', 'images', 'studio')

/**
 * Writes a picture of `page` to `<dir>/<name>.png` when UPDATE_SCREENSHOTS=1, so the guide's
 * pictures are renewed on purpose, not by every test run. Returns the file written, if any.
 */
export async function saveScreenshot(page: Pick<Page, 'screenshot'>, name: string, dir = SCREENSHOTS_DIR): Promise<string | undefined> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return undefined
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Screenshot name “${name}” must use only lowercase letters, digits and dashes: it becomes ${dir}/<name>.png.`)
  // A palette PNG keeps the pictures small enough to live in the repository.
  const png = await sharp(await page.screenshot({type: 'png'})).png({palette: true, quality: 80}).toBuffer()
  await mkdir(dir, {recursive: true})
  const path = join(dir, `${name}.png`)
  await writeFile(path, png)
  return path
}

/**
 * The built Studio in Chromium, signed in as `user`, its API calls answered by a stand-in holding
 * an in-memory copy of `datasetFile` (the embedded dataset by default). One page per test file.
 */
export async function startStudio(dist: string, {datasetFile = EMBEDDED_DATASET, user}: {datasetFile?: string; user?: LakeUser} = {}): Promise<StudioSession> {
  const lake = await startContentLake(datasetFile, {projectId, dataset, user})
  let studio: ServedStudio | undefined
  let browser: Browser | undefined
  try {
    studio = await serveStudio(dist)
    browser = await launchBrowser()
    const page = await browser.newPage({viewport: {width: 1400, height: 900}})
    await routeToLake(page, lake)
    await routeNoSite(page)
    const base = studio.url
    return {
      page,
      lake,
      origin: new URL(base).origin,
      open: async (path) => {
        await page.goto(`${base}${path}`)
        await page.getByTestId('pane-header').first().waitFor()
      },
      screenshot: async (name, ready) => {
        if (process.env.UPDATE_SCREENSHOTS === '1') await ready?.waitFor({timeout: SETTLE_MS})
        await saveScreenshot(page, name)
      },
      close: async () => {
        await browser?.close()
        await studio?.close()
        await lake.close()
      },
    }
  } catch (error) {
    await browser?.close()
    await studio?.close()
    await lake.close()
    throw error
  }
}
