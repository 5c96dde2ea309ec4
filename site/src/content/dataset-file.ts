import {mkdtemp, readdir, readFile, realpath, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join, resolve, sep} from 'node:path'
import {extract} from 'tar'
import {AssetError, type AssetLocation, type AssetPlace} from './assets'

/** A document as the dataset file stores it. */
export interface RawDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** A dataset file that cannot be used; the message names the file and, where it can, the line. */
export class ContentFileError extends Error {
  override name = 'ContentFileError'
}

/** Drafts and release versions are never public. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

export function parseNdjson(text: string, file: string): RawDocument[] {
  const documents: RawDocument[] = []
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const where = `${file}, line ${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new ContentFileError(`${where} is not valid JSON (${(cause as Error).message}).`, {cause})
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ContentFileError(`${where} is not a document: every line must be a JSON object.`)
    }
    const {_id, _type} = value as Record<string, unknown>
    if (typeof _id !== 'string' || !_id) throw new ContentFileError(`${where} has no _id.`)
    if (typeof _type !== 'string' || !_type) throw new ContentFileError(`${where} (${_id}) has no _type.`)
    documents.push(value as RawDocument)
  }
  return documents
}

async function findFile(folder: string, name: string): Promise<string | undefined> {
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name === name) return join(entry.parentPath, entry.name)
  }
  return undefined
}

/** A dataset file's documents, and the folder its assets are in. */
export interface DatasetFile {
  documents: RawDocument[]
  /**
   * The folder that holds the NDJSON (for an export archive, the folder it was extracted to):
   * `_sanityAsset` paths are relative to it, and no asset is read from outside it.
   */
  assetFolder: string
}

/**
 * Reads a dataset: an NDJSON file, or the `.tar.gz` archive that `sanity dataset export` writes
 * (its `data.ndjson` with `images/` and `files/` beside it). Documents are kept as the file has
 * them; asset paths are resolved, and confined, only when an asset is read.
 */
export async function openDatasetFile(file: string): Promise<DatasetFile> {
  const info = await stat(file).catch((cause: NodeJS.ErrnoException) => {
    throw new ContentFileError(
      cause.code === 'ENOENT'
        ? `The content file ${file} does not exist. Set CONTENT_FILE to an NDJSON file or a dataset export (.tar.gz), or unset it to use the embedded dataset.`
        : `The content file ${file} cannot be read: ${cause.message}`,
      {cause},
    )
  })
  if (!info.isFile()) throw new ContentFileError(`The content file ${file} is not a file.`)

  if (/\.(tar\.gz|tgz)$/.test(file)) {
    const folder = await mkdtemp(join(tmpdir(), 'cast-dataset-'))
    // Strict: an entry tar would alter or skip (an absolute path, a link out of the folder) stops
    // the build instead of being dropped with a warning nobody reads.
    await extract({file, cwd: folder, strict: true}).catch((cause: Error) => {
      throw new ContentFileError(
        `The content file ${file} cannot be extracted safely (${cause.message}): use the .tar.gz archive \`sanity dataset export\` wrote, unchanged.`,
        {cause},
      )
    })
    const data = await findFile(folder, 'data.ndjson')
    if (!data) throw new ContentFileError(`The archive ${file} has no data.ndjson: is it a \`sanity dataset export\`?`)
    return {documents: parseNdjson(await readFile(data, 'utf8'), `${file}!data.ndjson`), assetFolder: dirname(data)}
  }

  return {documents: parseNdjson(await readFile(file, 'utf8'), file), assetFolder: dirname(resolve(file))}
}

/** How a dataset file names an asset: `file@file://<path>` or `image@file://<path>`, the path relative to its folder. */
const ASSET_REFERENCE = /^(?:file|image)@file:\/\/(.+)$/

const EXAMPLE = 'file@file://./files/report.pdf'

/** True when `path` is `folder` or inside it (both absolute and normalised). */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}

/**
 * The bytes of a dataset file's asset, read only from inside `assetFolder`: the path is resolved
 * (`..` included) and then its symlinks are, and each must stay inside the folder, whose own path
 * is resolved the same way. Anything else stops the build naming the document, the field and
 * the path.
 */
export async function readDatasetAsset(asset: AssetLocation, assetFolder: string, place: AssetPlace): Promise<Buffer> {
  const folder = resolve(assetFolder)
  if (!asset.local) {
    if (asset.url) {
      throw new AssetError(
        place,
        `the asset is a URL (${asset.url}), and a build from a dataset file fetches nothing: its assets are files in the folder that holds it (${folder}${sep}), named like ${EXAMPLE}. Export the dataset again with its assets.`,
      )
    }
    throw new AssetError(place, 'no file is attached: upload the file again in the Studio.')
  }
  const reference = asset.local
  const named = ASSET_REFERENCE.exec(reference)?.[1]
  if (!named) {
    throw new AssetError(place, `the asset ${reference} is not a file path: a dataset file's assets are files in the folder that holds it (${folder}${sep}), named like ${EXAMPLE}.`)
  }
  const outside = (path: string) =>
    new AssetError(
      place,
      `the asset ${reference} is ${path}, outside the dataset folder ${folder}${sep}: a dataset file's assets are read only from the folder that holds it. Put the file in that folder and name it like ${EXAMPLE}.`,
    )
  const path = resolve(folder, named)
  if (!isInside(path, folder)) throw outside(path)

  const real = await realpath(path).catch((cause: NodeJS.ErrnoException) => {
    throw new AssetError(
      place,
      cause.code === 'ENOENT'
        ? `the asset ${reference} (${path}) does not exist: add the file to the dataset folder, or export the dataset again with its assets.`
        : `the asset ${reference} (${path}) cannot be read: ${cause.message}`,
      {cause},
    )
  })
  if (!isInside(real, await realpath(folder))) throw outside(real)
  // A device or a pipe inside the folder would never end; only plain files are assets.
  if (!(await stat(real)).isFile()) throw new AssetError(place, `the asset ${reference} (${real}) is not a file.`)
  return readFile(real)
}
