import {readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {execa} from 'execa'

/** What a build left for the status page: how it went and the end of its log. */
export interface BuildOutcome {
  ok: boolean
  error?: string
  logTail: string[]
}

const TAIL_LINES = 40

/** After a stop is asked with SIGTERM, the build's processes have this long to end before SIGKILL. */
const STOP_GRACE_MS = 3000

/** Files a release must have before it may go live; `_headers` carries its security headers. */
const REQUIRED = ['index.html', 'faq/index.html', '404.html', 'pagefind/pagefind.js', 'build.json', '_headers']

/**
 * The only variables a build sees: where content comes from and how to reach it, the site's
 * address, the Studio's origin (for `build.json`'s `_headers` rule), and what any process needs to run. The service's own secrets (`SANITY_WEBHOOK_SECRET`,
 * `REBUILD_TOKEN`, `ALERT_URL`…) and anything else in its environment never reach the build, so
 * content cannot make the build publish them.
 */
const BUILD_ENV = [
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'LC_ALL',
  'TZ',
  'SITE_URL',
  'STUDIO_ORIGIN',
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_VERSION',
  'SANITY_API_HOST',
  'SANITY_READ_TOKEN',
  'CONTENT_FILE',
  'ASSET_TIMEOUT_MS',
  'ASSET_MAX_BYTES',
] as const

function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const chosen: NodeJS.ProcessEnv = {ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0'}
  for (const name of BUILD_ENV) if (env[name] !== undefined) chosen[name] = env[name]
  return chosen
}

interface SiteCommand {
  /** The site package's folder. */
  siteDir: string
  /** The service's environment; only `BUILD_ENV` of it is passed on. */
  env?: NodeJS.ProcessEnv
  timeoutMs: number
  /** Where the running command's process group is recorded, for a restarted service to stop it. */
  pidFile: string
  /** Stops the command's whole process group, as a timeout does (a publish pre-empting a preview). */
  signal?: AbortSignal
}

interface Run {
  code: number | null
  timedOut: boolean
  aborted: boolean
  lines: string[]
}

/**
 * Runs one of the site's commands (`src/build/*-cli.ts`) in a process group of its own, so that a
 * timeout, or a restarted service, stops every process it started (Astro, Pagefind, workers), not
 * only the first.
 */
async function runSiteCommand(
  {siteDir, env = process.env, timeoutMs, pidFile, signal}: SiteCommand,
  script: string,
  args: string[],
  onLine: (line: string) => void,
): Promise<Run> {
  const lines: string[] = []
  const child = execa(process.execPath, ['--import', 'tsx', join(siteDir, 'src', 'build', script), ...args], {
    cwd: siteDir,
    env: buildEnv(env),
    extendEnv: false,
    stdin: 'ignore',
    all: true,
    buffer: false,
    reject: false,
    detached: true,
  })
  const group = child.pid
  if (group) await writeFile(pidFile, JSON.stringify({group, script}))
  let timedOut = false
  let grace: NodeJS.Timeout | undefined
  // SIGTERM first, so Astro and Pagefind may end cleanly; SIGKILL for whatever is left.
  const stop = () => {
    if (!group || grace) return
    signalGroup(group, 'SIGTERM')
    grace = setTimeout(() => signalGroup(group, 'SIGKILL'), STOP_GRACE_MS)
  }
  const timer = setTimeout(() => {
    timedOut = true
    stop()
  }, timeoutMs)
  if (signal?.aborted) stop()
  signal?.addEventListener('abort', stop, {once: true})
  // Whatever the command started and left behind goes with it (and so releases its output).
  child.nodeChildProcess.on('exit', () => group && signalGroup(group, 'SIGKILL'))
  try {
    for await (const line of child.iterable({from: 'all'})) {
      lines.push(line)
      if (lines.length > TAIL_LINES) lines.shift()
      onLine(line)
    }
  } catch {
    // The command could not start or its output broke off: the result below says how it ended.
  }
  const result = await child
  clearTimeout(timer)
  clearTimeout(grace)
  signal?.removeEventListener('abort', stop)
  await rm(pidFile, {force: true})
  if (result.failed && result.exitCode === undefined && !result.signal) lines.push(`Could not start ${script}: ${result.shortMessage}`)
  return {code: result.exitCode ?? null, timedOut, aborted: signal?.aborted ?? false, lines}
}

function signalGroup(group: number, signal: NodeJS.Signals) {
  try {
    process.kill(-group, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** Why a build command failed, in one line a person can act on, or undefined when it succeeded. */
function runFailure({code, timedOut, lines}: Run, timeoutMs: number): string | undefined {
  if (timedOut) {
    return `The build took longer than BUILD_TIMEOUT_MS (${timeoutMs} ms) and was stopped: raise BUILD_TIMEOUT_MS if the site has grown, or look at the build log for where it hangs.`
  }
  if (code === 0) return undefined
  const reason = lines.findLast((line) => line.startsWith('Build failed: '))?.slice('Build failed: '.length)
  return reason ?? `The site build stopped (${code === null ? 'it could not start' : `exit ${code}`}) without saying why: see the end of its log.`
}

/** The first of `files` that is missing or empty in `dir`. */
async function missingFile(dir: string, files: string[]): Promise<string | undefined> {
  for (const file of files) {
    const info = await stat(join(dir, file)).catch(() => null)
    if (!info?.isFile() || info.size === 0) return file
  }
  return undefined
}

/**
 * Runs the site's build (`src/build/build-cli.ts`: Astro, then Pagefind, each in its own process
 * and working folder) into `outDir`, passing each line of its output to `onLine`, then checks the
 * result. A failure comes with one line a person can act on.
 */
export async function buildRelease(options: SiteCommand & {outDir: string}, onLine: (line: string) => void): Promise<BuildOutcome> {
  const run = await runSiteCommand(options, 'build-cli.ts', ['--out', options.outDir], onLine)
  const error = runFailure(run, options.timeoutMs)
  if (error) return {ok: false, error, logTail: run.lines}
  const missing = await missingFile(options.outDir, REQUIRED)
  if (missing) return {ok: false, error: `The build finished but ${missing} is missing or empty, so it was not put live.`, logTail: run.lines}
  const home = await readFile(join(options.outDir, 'index.html'), 'utf8')
  if (!home.trimEnd().endsWith('</html>')) return {ok: false, error: 'The build finished but index.html is cut short, so it was not put live.', logTail: run.lines}
  return {ok: true, logTail: run.lines}
}

/** Files a preview must have: its security headers and what it shows. */
const PREVIEW_REQUIRED = ['_headers', 'preview.json']

/**
 * Builds the preview of one document (`build-cli.ts --preview <id>`: its page from the drafts
 * perspective) into `outDir`. `aborted` says a stop was asked through `signal`, whatever the result.
 */
export async function buildPreview(
  options: SiteCommand & {outDir: string; documentId: string},
  onLine: (line: string) => void,
): Promise<BuildOutcome & {aborted: boolean}> {
  const run = await runSiteCommand(options, 'build-cli.ts', ['--out', options.outDir, '--preview', options.documentId], onLine)
  const error = runFailure(run, options.timeoutMs)
  if (error) return {ok: false, error, logTail: run.lines, aborted: run.aborted}
  const missing = await missingFile(options.outDir, PREVIEW_REQUIRED)
  if (missing) return {ok: false, error: `The preview build finished but ${missing} is missing or empty, so the preview was not replaced.`, logTail: run.lines, aborted: run.aborted}
  return {ok: true, logTail: run.lines, aborted: run.aborted}
}

/**
 * The content source's fingerprint now, from the site's own command (the function the build
 * records in `build.json`), run as a child process with the build's environment.
 */
export async function contentFingerprint(options: SiteCommand): Promise<string> {
  const {code, timedOut, lines} = await runSiteCommand(options, 'fingerprint-cli.ts', [], () => {})
  const fingerprint = code === 0 ? (JSON.parse(lines.at(-1) ?? '{}') as {fingerprint?: unknown}).fingerprint : undefined
  if (typeof fingerprint !== 'string') {
    throw new Error(timedOut ? `Reading the content fingerprint took longer than ${options.timeoutMs} ms.` : `Reading the content fingerprint failed: ${lines.at(-1) ?? `exit ${code}`}`)
  }
  return fingerprint
}

/**
 * Stops whatever a previous service process left running (a child outlives a SIGKILL'ed parent):
 * every process of the recorded group. Returns the group it stopped, if any.
 */
export async function stopOrphanedBuild(pidFile: string): Promise<number | null> {
  const recorded = await readFile(pidFile, 'utf8').catch(() => '')
  await rm(pidFile, {force: true})
  let group: number
  try {
    group = Number((JSON.parse(recorded) as {group?: unknown}).group)
  } catch {
    return null
  }
  if (!Number.isInteger(group) || group <= 1) return null
  // Only a group that still runs one of the site's commands: the number may have been reused since.
  const members = await groupMembers(group)
  const commands = await Promise.all(members.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')))
  if (!commands.some((command) => /src\/build\/|astro|pagefind/.test(command))) return null
  signalGroup(group, 'SIGKILL')
  return group
}

/** The processes whose process group is `group` (field 5 of /proc/<pid>/stat). */
async function groupMembers(group: number): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const members = await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
      // The command name (field 2) is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return Number(fields[2]) === group ? Number(pid) : null
    }),
  )
  return members.filter((pid): pid is number => pid !== null)
}
