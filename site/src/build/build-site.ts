import {randomBytes} from 'node:crypto'
import {cp, mkdir, readdir, rename, rm} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {execa} from 'execa'
import {failureReason} from './failure-reason'
import {finishPreview, previewEnv, previewTarget} from './preview-build'
import {SiteBuildError} from './site-build-error'

interface BuildSiteOptions {
  /** The site package's folder. */
  siteDir: string
  /** Where the finished site goes; replaced if it exists. May be on another filesystem. */
  outDir: string
  /** The build's environment: the content source's variables and little else. */
  env: NodeJS.ProcessEnv
  /** Each line the build's processes print. */
  onLine: (line: string) => void
  /** Build only this document's page, from its draft, for `/preview/<id>/` (see `preview-build.ts`). */
  preview?: string
}

/** Working folders live in the site package, where Astro's intermediate modules find its dependencies. */
const WORK_ROOT = '.builds'

/**
 * The site's build, the one that `pnpm build`, the tests and the rebuild service all run:
 *
 * 1. Astro writes the pages in a process of its own, in a working folder of its own
 *    (`.builds/<pid>-<random>/`: Astro's cache, its intermediate files and the output), so two
 *    builds running side by side, the service's and one started by hand, never share state.
 * 2. Pagefind indexes them in a second process, started once Astro's has exited, so the two never
 *    hold their memory at the same time.
 * 3. The finished folder is moved to `outDir`, or copied there when `outDir` is on another
 *    filesystem.
 *
 * A preview reads the document first (an unknown id or a type without a page fails at once), has
 * Astro render in the drafts perspective, keeps only that page and its files, and is not indexed.
 */
export async function buildSite({siteDir, outDir, env, onLine, preview}: BuildSiteOptions): Promise<void> {
  const target = preview === undefined ? undefined : await previewTarget(preview, env, siteDir)
  const root = join(siteDir, WORK_ROOT)
  await removeAbandoned(root)
  const work = join(root, `${process.pid}-${randomBytes(4).toString('hex')}`)
  const dist = join(work, 'dist')
  await mkdir(work, {recursive: true})
  try {
    const astro = join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const astroEnv = previewEnv(env, target?.documentId)
    // Astro keeps its intermediate files beside the output only when the output is inside its
    // working directory; otherwise it writes them to `<cwd>/.astro/`, which builds would share.
    await step('Astro', [astro, 'build', '--root', siteDir, '--outDir', dist], {cwd: work, env: {...astroEnv, ASTRO_CACHE_DIR: join(work, 'cache')}}, onLine)
    if (target) await finishPreview(dist, target)
    else await step('Pagefind', ['--import', 'tsx', join(siteDir, 'src', 'build', 'index-cli.ts'), dist], {cwd: siteDir, env}, onLine)
    await moveFolder(dist, resolve(outDir))
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

/** Runs one step of the build in a child process of this one (same process group), line by line. */
async function step(name: string, args: string[], {cwd, env}: {cwd: string; env: NodeJS.ProcessEnv}, onLine: (line: string) => void): Promise<void> {
  const lines: string[] = []
  const child = execa(process.execPath, args, {
    cwd,
    env: {...env, NO_COLOR: '1', FORCE_COLOR: '0'},
    extendEnv: false,
    stdin: 'ignore',
    all: true,
    buffer: false,
    reject: false,
  })
  for await (const line of child.iterable({from: 'all'})) {
    lines.push(line)
    if (lines.length > 200) lines.shift()
    onLine(line)
  }
  const {exitCode, signal} = await child
  if (exitCode !== 0) throw new SiteBuildError(failureReason(name, lines, signal ?? `exit ${exitCode}`))
}

/** Moves a finished build into place: a rename, or a copy when the target is on another filesystem. */
async function moveFolder(from: string, to: string): Promise<void> {
  await rm(to, {recursive: true, force: true})
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, {recursive: true, verbatimSymlinks: true, errorOnExist: true})
  }
}

/** Removes working folders of builds whose process no longer runs (killed, or the machine restarted). */
async function removeAbandoned(root: string): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((name) => !isRunning(Number(name.split('-')[0])))
      .map((name) => rm(join(root, name), {recursive: true, force: true})),
  )
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
