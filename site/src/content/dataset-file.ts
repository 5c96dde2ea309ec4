import {mkdtemp, readdir, readFile, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {extract} from 'tar'

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

/**
 * Asset references in a dataset file (`"_sanityAsset": "image@file://./images/x.png"`) are
 * relative to the file's folder; they are made absolute on reading, so a document carries
 * everything needed to find its files.
 */
function absolutizeAssets(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => absolutizeAssets(item, base))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        key === '_sanityAsset' && typeof item === 'string'
          ? item.replace(/^(\w+@file:\/\/)\.\//, (_, prefix: string) => `${prefix}${base}/`)
          : absolutizeAssets(item, base)
    }
    return out
  }
  return value
}

function withAbsoluteAssets(documents: RawDocument[], base: string): RawDocument[] {
  return documents.map((doc) => absolutizeAssets(doc, base) as RawDocument)
}

async function findFile(folder: string, name: string): Promise<string | undefined> {
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name === name) return join(entry.parentPath, entry.name)
  }
  return undefined
}

/**
 * Reads a dataset: an NDJSON file, or the `.tar.gz` archive that `sanity dataset export` writes
 * (its `data.ndjson` with `images/` and `files/` beside it).
 */
export async function readDatasetFile(file: string): Promise<RawDocument[]> {
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
    await extract({file, cwd: folder}).catch((cause: Error) => {
      throw new ContentFileError(`The content file ${file} is not a readable .tar.gz archive: ${cause.message}`, {cause})
    })
    const data = await findFile(folder, 'data.ndjson')
    if (!data) throw new ContentFileError(`The archive ${file} has no data.ndjson: is it a \`sanity dataset export\`?`)
    return withAbsoluteAssets(parseNdjson(await readFile(data, 'utf8'), `${file}!data.ndjson`), dirname(data))
  }

  return withAbsoluteAssets(parseNdjson(await readFile(file, 'utf8'), file), dirname(file))
}
