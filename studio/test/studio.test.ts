import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import config from '../sanity.config'

const run = promisify(execFile)
const studioDir = join(import.meta.dirname, '..')

type ActionsResolver = (actions: Array<{action?: string}>, context: {schemaType: string; documentId?: string}) => Array<{action?: string}>
type NewDocumentOptions = (items: Array<{templateId: string}>, context: {creationContext: {type: string}}) => Array<{templateId: string}>

const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges'].map((action) => ({action}))

describe('Studio configuration', () => {
  it('keeps site settings a singleton: no duplicate, delete or unpublish', () => {
    const resolve = config.document?.actions as unknown as ActionsResolver
    expect(resolve(actions, {schemaType: 'siteSettings', documentId: 'siteSettings'}).map((a) => a.action)).toEqual([
      'publish',
      'discardChanges',
    ])
    expect(resolve(actions, {schemaType: 'faq', documentId: 'faq-x'})).toHaveLength(actions.length)
  })

  it('offers no “new site settings” in the global create menu', () => {
    const resolve = config.document?.newDocumentOptions as unknown as NewDocumentOptions
    const items = ['faq', 'siteSettings', 'faq-in-category', 'hotline'].map((templateId) => ({templateId}))
    expect(resolve(items, {creationContext: {type: 'global'}}).map((item) => item.templateId)).toEqual(['faq', 'hotline'])
  })

  it('builds offline with `sanity build`', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'studio-build-'))
    try {
      await run('pnpm', ['exec', 'sanity', 'build', outDir, '--yes'], {
        cwd: studioDir,
        env: {...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1'},
      })
      expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('<div id="sanity"')
    } finally {
      await rm(outDir, {recursive: true, force: true})
    }
  })
})
