import {spawn, type ChildProcessByStdio} from 'node:child_process'
import {once} from 'node:events'
import {createServer} from 'node:net'
import {delimiter, dirname, join} from 'node:path'
import type {Readable} from 'node:stream'
import {describe, expect, inject, it} from 'vitest'

const SITE_ROOT = join(import.meta.dirname, '..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

interface Preview {
  child: ChildProcessByStdio<null, Readable, Readable>
  output: () => string
  exited: Promise<{code: number | null; killedBy: NodeJS.Signals | null}>
}

/** Ends a preview a failed test left running, with every process of its group. */
function stopLeftover({child}: Preview) {
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
}

/** Starts `command` in a process group of its own, as a terminal does, and waits until it serves the fixture site on `port`. */
async function startPreview(command: string, args: string[], port: number): Promise<Preview> {
  const child = spawn(command, args, {
    cwd: SITE_ROOT,
    // pnpm runs on a real Node, as from a terminal, not behind the `node` shim of node_modules/.bin.
    env: {...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`, PORT: String(port), NO_COLOR: '1'},
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = once(child, 'close').then(([code, killedBy]) => ({code: code as number | null, killedBy: killedBy as NodeJS.Signals | null}))
  const preview = {child, output: () => output, exited}
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`Could not start ${command}: ${error.message}`)))
      child.once('close', () => reject(new Error(`The preview stopped before it listened:\n${output}`)))
      const listening = () => {
        if (!output.includes(`127.0.0.1:${port}`)) return
        child.stdout.off('data', listening)
        resolve()
      }
      child.stdout.on('data', listening)
    })
  } catch (error) {
    stopLeftover(preview)
    throw error
  }
  return preview
}

async function expectServed(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/`)
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('<html')
}

describe('the preview server', () => {
  // `pnpm start` ends in `pnpm --filter site preview`. A terminal's Ctrl-C reaches every process of the
  // foreground group (pnpm, the shells it starts, the server), so the signal goes to the whole group here too.
  it('behind pnpm, stops on Ctrl-C with exit code 0 and no pnpm error', async () => {
    const port = await freePort()
    const preview = await startPreview('pnpm', ['run', 'preview', '--out', inject('fixtureSite')], port)
    try {
      await expectServed(port)
      process.kill(-preview.child.pid!, 'SIGINT')
      expect(await preview.exited, preview.output()).toEqual({code: 0, killedBy: null})
      expect(preview.output()).not.toMatch(/ELIFECYCLE|ERR_PNPM|Command failed/)
    } finally {
      stopLeftover(preview)
    }
  })

  it('refuses a PORT that is not a port number, and says which variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/build/preview-cli.ts', '--out', inject('fixtureSite')], {
      cwd: SITE_ROOT,
      env: {...process.env, PORT: 'eighty'},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stderr.on('data', (chunk) => (output += chunk))
    const [code] = await once(child, 'close')
    expect(code).toBe(2)
    expect(output).toContain('PORT is "eighty"')
  })
})
