import {randomBytes} from 'node:crypto'
import {mkdir, open, readdir, readFile, readlink, rename, rm, symlink, writeFile} from 'node:fs/promises'
import {basename, join, resolve} from 'node:path'

export interface RollbackMarker {
  release: string
  from: string | null
  at: string
}

/**
 * Release folders and the switch between them. `<dataDir>/current` is a symbolic link to the
 * live release; a new link is made beside it and renamed over it, which POSIX makes atomic:
 * a reader sees the old release or the new one, never neither.
 */
export class Releases {
  readonly root: string
  private readonly link: string
  /** The live folder, known after the first look-up: only this process switches it. */
  private live: Promise<string | null> | undefined

  private readonly dataDir: string

  constructor(dataDir: string) {
    // Absolute, so that folder names compare equal to the live folder's (pruning never removes it).
    this.dataDir = resolve(dataDir)
    this.root = join(this.dataDir, 'releases')
    this.link = join(this.dataDir, 'current')
  }

  /**
   * The operator's rollback, kept on disk beside the live link so that it holds across a restart
   * of the service, until the next accepted event clears it.
   */
  async rollbackMarker(): Promise<RollbackMarker | null> {
    const text = await readFile(join(this.dataDir, 'rollback.json'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    return text === null ? null : (JSON.parse(text) as RollbackMarker)
  }

  async setRollbackMarker(marker: RollbackMarker | null): Promise<void> {
    const file = join(this.dataDir, 'rollback.json')
    if (marker) {
      const temporary = `${file}.${randomBytes(4).toString('hex')}`
      await writeFile(temporary, JSON.stringify(marker))
      await rename(temporary, file)
    } else {
      await rm(file, {force: true})
    }
    await syncDir(this.dataDir)
  }

  /** A fresh, empty folder name for the next build (the build creates it). */
  async allocate(): Promise<{id: string; dir: string}> {
    await mkdir(this.root, {recursive: true})
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`
    return {id, dir: join(this.root, id)}
  }

  /** The live release's folder, or null before the first successful build. Asked on every request. */
  current(): Promise<string | null> {
    this.live ??= readlink(this.link).then(
      (target) => resolve(this.dataDir, target),
      (error: NodeJS.ErrnoException) => {
        this.live = undefined
        if (error.code === 'ENOENT') return null
        throw error
      },
    )
    return this.live
  }

  /** The release folders on disk, newest first, and which one is live. */
  async list(): Promise<Array<{id: string; live: boolean}>> {
    const live = await this.current()
    const names = await readdir(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[]
      throw error
    })
    return names
      .sort()
      .reverse()
      .map((id) => ({id, live: join(this.root, id) === live}))
  }

  /** The folder of a kept release, by its id (a name from `list()`, never a path), or null. */
  async find(id: string): Promise<string | null> {
    const kept = await this.list()
    return kept.some((release) => release.id === id) ? join(this.root, id) : null
  }

  async switchTo(dir: string): Promise<void> {
    const temporary = `${this.link}.${randomBytes(4).toString('hex')}`
    await symlink(join('releases', basename(dir)), temporary)
    await rename(temporary, this.link)
    this.live = Promise.resolve(resolve(dir))
    await syncDir(this.dataDir)
  }

  /** Removes the oldest releases beyond `keep`, never the live one. */
  async prune(keep: number): Promise<string[]> {
    const live = await this.current()
    const all = (await readdir(this.root)).sort()
    const removable = all.slice(0, Math.max(0, all.length - keep)).map((name) => join(this.root, name)).filter((dir) => dir !== live)
    await Promise.all(removable.map((dir) => rm(dir, {recursive: true, force: true})))
    return removable
  }

  /** Removes release folders no finished build produced, such as one a crash cut short. */
  async discardUnfinished(finished: ReadonlySet<string>): Promise<string[]> {
    const live = await this.current()
    const names = await readdir(this.root).catch(() => [] as string[])
    const unfinished = names.map((name) => join(this.root, name)).filter((dir) => dir !== live && !finished.has(basename(dir)))
    await Promise.all(unfinished.map((dir) => rm(dir, {recursive: true, force: true})))
    return unfinished
  }

  discard(dir: string): Promise<void> {
    return rm(dir, {recursive: true, force: true})
  }
}

/** Makes a rename or new link in `dir` durable. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
