import {EMBEDDED_DATASET} from '@cast/schemas/dataset'
import type {Browser, Page} from 'playwright-core'
import {startContentLake, type ContentLake, type LakeUser} from 'scripts/content-lake'
import {launchBrowser} from 'scripts/measure/browser'
import {dataset, projectId} from '../../env'
import {routeToLake} from './lake-route'
import {serveStudio, type ServedStudio} from './serve-studio'

export interface StudioSession {
  page: Page
  lake: ContentLake
  /** Opens a Studio path (`/structure/hotline`, `/intent/edit/id=…;type=…`) and waits for the desk. */
  open(path: string): Promise<void>
  close(): Promise<void>
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
    const base = studio.url
    return {
      page,
      lake,
      open: async (path) => {
        await page.goto(`${base}${path}`)
        await page.getByTestId('pane-header').first().waitFor()
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
