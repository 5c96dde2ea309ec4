import {createHash} from 'node:crypto'
import {mkdtemp, readdir, readFile, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {extract} from 'tar'
import {DatasetFileError, parseNdjson, type DatasetDocument} from './ndjson'

async function findFile(folder: string, name: string): Promise<string | undefined> {
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name === name) return join(entry.parentPath, entry.name)
  }
  return undefined
}

/** A dataset file's documents, and the folder its assets are in. */
interface DatasetFile {
  documents: DatasetDocument[]
  /**
   * The folder that holds the NDJSON (for an export archive, the folder it was extracted to):
   * `_sanityAsset` paths are relative to it, and no asset is read from outside it.
   */
  assetFolder: string
  /**
   * The SHA-256 of the file's bytes as they were read: what the content came from. Revisions in a
   * file may never change when its content does, so this is what tells two versions apart.
   */
  sha256: string
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/**
 * Reads a dataset: an NDJSON file, or the `.tar.gz` archive that `sanity dataset export` writes
 * (its `data.ndjson` with `images/` and `files/` beside it). Documents are kept as the file has
 * them; asset paths are resolved, and confined, only when an asset is read.
 */
export async function openDatasetFile(file: string): Promise<DatasetFile> {
  const info = await stat(file).catch((cause: NodeJS.ErrnoException) => {
    throw new DatasetFileError(
      cause.code === 'ENOENT'
        ? `The content file ${file} does not exist. Set CONTENT_FILE to an NDJSON file or a dataset export (.tar.gz), or unset it to use the embedded dataset.`
        : `The content file ${file} cannot be read: ${cause.message}`,
      {cause},
    )
  })
  if (!info.isFile()) throw new DatasetFileError(`The content file ${file} is not a file.`)

  if (/\.(tar\.gz|tgz)$/.test(file)) {
    const folder = await mkdtemp(join(tmpdir(), 'cast-dataset-'))
    // Strict: an entry tar would alter or skip (an absolute path, a link out of the folder) stops
    // the build instead of being dropped with a warning nobody reads.
    await extract({file, cwd: folder, strict: true}).catch((cause: Error) => {
      throw new DatasetFileError(
        `The content file ${file} cannot be extracted safely (${cause.message}): use the .tar.gz archive \`sanity dataset export\` wrote, unchanged.`,
        {cause},
      )
    })
    const data = await findFile(folder, 'data.ndjson')
    if (!data) throw new DatasetFileError(`The archive ${file} has no data.ndjson: is it a \`sanity dataset export\`?`)
    return {documents: parseNdjson(await readFile(data, 'utf8'), `${file}!data.ndjson`), assetFolder: dirname(data), sha256: sha256(await readFile(file))}
  }

  const bytes = await readFile(file)
  return {documents: parseNdjson(bytes.toString('utf8'), file), assetFolder: dirname(resolve(file)), sha256: sha256(bytes)}
}

