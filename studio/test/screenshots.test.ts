import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import sharp from 'sharp'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {saveScreenshot} from './support/studio-page'

/** A page that answers `screenshot()` with a small PNG, standing in for Chromium. */
const page = {screenshot: async () => sharp({create: {width: 8, height: 8, channels: 3, background: '#336699'}}).png().toBuffer()}

let dir: string
const saved = process.env.UPDATE_SCREENSHOTS

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'screenshots-'))
})
afterEach(async () => {
  if (saved === undefined) delete process.env.UPDATE_SCREENSHOTS
  else process.env.UPDATE_SCREENSHOTS = saved
  await rm(dir, {recursive: true, force: true})
})

describe('screenshots for the staff guide', () => {
  it('writes nothing unless UPDATE_SCREENSHOTS=1', async () => {
    delete process.env.UPDATE_SCREENSHOTS
    expect(await saveScreenshot(page, 'desk', dir)).toBeUndefined()
    process.env.UPDATE_SCREENSHOTS = 'true'
    expect(await saveScreenshot(page, 'desk', dir)).toBeUndefined()
    expect(await readdir(dir)).toEqual([])
  })

  it('writes <name>.png as a PNG when UPDATE_SCREENSHOTS=1', async () => {
    process.env.UPDATE_SCREENSHOTS = '1'
    expect(await saveScreenshot(page, 'desk', dir)).toBe(join(dir, 'desk.png'))
    expect(await sharp(join(dir, 'desk.png')).metadata()).toMatchObject({format: 'png', width: 8, height: 8})
    await expect(saveScreenshot(page, '../desk', dir)).rejects.toThrow(/lowercase letters, digits and dashes/)
  })
})
