import {copyFile, mkdir, readdir, readFile, realpath, stat} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import {AssetError, type AssetLocation, type AssetPlace} from './asset-location'

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

/** The folders beside a dataset's NDJSON that hold its assets, as `sanity dataset export` lays them out. */
const DATASET_ASSET_FOLDERS = ['files', 'images'] as const

/** Copies a dataset's asset folders from the folder that holds its NDJSON to another. */
export async function copyDatasetAssets(from: string, to: string): Promise<void> {
  for (const sub of DATASET_ASSET_FOLDERS) {
    await mkdir(join(to, sub), {recursive: true})
    for (const name of await readdir(join(from, sub))) await copyFile(join(from, sub, name), join(to, sub, name))
  }
}
