import {execFile} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const studioDir = join(import.meta.dirname, '..')
const env = {...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0'}

describe('the Studio schema', () => {
  it('passes `sanity schema validate` with no errors or warnings', async () => {
    const {stdout} = await run('pnpm', ['exec', 'sanity', 'schema', 'validate'], {cwd: studioDir, env})
    expect(stdout).toMatch(/Errors:\s+0 errors/)
    expect(stdout).toMatch(/Warnings:\s+0 warnings/)
  })

  it('has up-to-date generated types (run `pnpm --filter studio typegen` after changing schemas or queries)', async () => {
    const typesFile = join(studioDir, '..', 'schemas', 'sanity.types.ts')
    const schemaFile = join(studioDir, 'schema.json')
    const [typesBefore, schemaBefore] = await Promise.all([readFile(typesFile, 'utf8'), readFile(schemaFile, 'utf8')])
    try {
      await run('pnpm', ['run', 'typegen'], {cwd: studioDir, env})
      const [typesAfter, schemaAfter] = await Promise.all([readFile(typesFile, 'utf8'), readFile(schemaFile, 'utf8')])
      expect(schemaAfter, 'studio/schema.json is stale').toBe(schemaBefore)
      expect(typesAfter, 'schemas/sanity.types.ts is stale').toBe(typesBefore)
    } finally {
      await Promise.all([writeFile(typesFile, typesBefore), writeFile(schemaFile, schemaBefore)])
    }
  })
})
