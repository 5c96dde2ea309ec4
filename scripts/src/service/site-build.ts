import {spawn} from 'node:child_process'
import {readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {createInterface} from 'node:readline'

/** What a build left for the status page: how it went and the end of its log. */
export interface BuildOutcome {
  ok: boolean
  error?: string
  logTail: string[]
}

const TAIL_LINES = 40

/** Files a release must have before it may go live. */
const REQUIRED = ['index.html', 'faq/index.html', '404.html', 'pagefind/pagefind.js']

/**
 * Runs the site's own build (`astro build`) in a child process into `outDir`, passing each line
 * of its output to `onLine`, then checks the result.
 */
export async function buildRelease(
  {siteDir, outDir, timeoutMs, pidFile, env = process.env}: {siteDir: string; outDir: string; timeoutMs: number; pidFile: string; env?: NodeJS.ProcessEnv},
  onLine: (line: string) => void,
): Promise<BuildOutcome> {
  const tail: string[] = []
  const keep = (line: string) => {
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
    onLine(line)
  }
  const child = spawn(join(siteDir, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: siteDir,
    env: {...env, ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0'},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Recorded so that a service restarted after a crash can stop a build its predecessor left running.
  if (child.pid) await writeFile(pidFile, String(child.pid))
  createInterface({input: child.stdout}).on('line', keep)
  createInterface({input: child.stderr}).on('line', keep)
  const timer = setTimeout(() => {
    keep(`Build stopped after ${timeoutMs} ms.`)
    child.kill('SIGKILL')
  }, timeoutMs)
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      keep(`Could not start the build: ${error.message}`)
      resolve(null)
    })
    child.on('close', resolve)
  })
  clearTimeout(timer)
  await rm(pidFile, {force: true})
  if (code !== 0) {
    const reason = [...tail].reverse().find((line) => /error|not fit|does not exist|failed|refused|denied|could not/i.test(line))
    return {ok: false, error: `The site build failed (exit ${code ?? 'signal'})${reason ? `: ${reason.trim()}` : '.'}`, logTail: tail}
  }
  for (const file of REQUIRED) {
    const info = await stat(join(outDir, file)).catch(() => null)
    if (!info?.isFile() || info.size === 0) return {ok: false, error: `The build finished but ${file} is missing or empty.`, logTail: tail}
  }
  const home = await readFile(join(outDir, 'index.html'), 'utf8')
  if (!home.trimEnd().endsWith('</html>')) return {ok: false, error: 'The build finished but index.html is cut short.', logTail: tail}
  return {ok: true, logTail: tail}
}

/**
 * Stops a build left running by a previous service process that was killed (a child outlives a
 * SIGKILL'ed parent). Returns the pid it stopped, if any.
 */
export async function stopOrphanedBuild(pidFile: string): Promise<number | null> {
  const pid = Number(await readFile(pidFile, 'utf8').catch(() => ''))
  await rm(pidFile, {force: true})
  if (!pid) return null
  // Only a process that is still an Astro build: the pid may have been reused since.
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!command.includes('astro')) return null
  try {
    process.kill(pid, 'SIGKILL')
    return pid
  } catch {
    return null
  }
}
