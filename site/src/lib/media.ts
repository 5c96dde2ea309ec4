import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {basename, extname} from 'node:path'
import sharp from 'sharp'

/**
 * Report PDFs and cover images are served from the site itself (`/media/…`), never from
 * Sanity's CDN, so a visitor's browser talks to no other host. At build time each file is read
 * from the dataset folder or downloaded once from the Content Lake.
 */

/** Cover images are resized to this width (and converted to WebP) for the page. */
export const COVER_WIDTH = 960

interface AssetFields {
  local?: string | null
  url?: string | null
}

export interface MediaFile {
  /** Where the page links to, e.g. `/media/3f9a…-report.pdf`. */
  href: string
  /** Where the build reads it: an absolute file path or an https URL. */
  source: string
  kind: 'file' | 'image'
}

export interface PdfFile extends MediaFile {
  kind: 'file'
  size: number
  filename: string
}

export interface CoverImage extends MediaFile {
  kind: 'image'
  width: number
  height: number
  alt: string
}

/**
 * Where an asset's bytes are: the Content Lake's URL, or the path a dataset file gives
 * (`file@file:///…/files/x.pdf`, made absolute when the file was read).
 */
function sourceOf(asset: AssetFields, id: string): string {
  if (asset.url) return asset.url
  const local = asset.local?.replace(/^(file|image)@/, '')
  if (!local) throw new Error(`Document ${id} has a file or image field with no file in it: upload the file again in the Studio.`)
  return local.replace(/^file:\/\//, '')
}

/**
 * The address of a file: a hash of its bytes (so a changed file gets a new address and old
 * caches never serve it) and its name. Both content sources give the same address for the same
 * file.
 */
function mediaName(bytes: Buffer, filename: string, extension: string): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
  const stem = basename(filename, extname(filename))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `${hash}-${stem || 'file'}${extension}`
}

const downloads = new Map<string, Promise<Buffer>>()

/** The bytes of a media source, a local file or a download from the Content Lake, read once per build. */
export function readSource(source: string): Promise<Buffer> {
  let bytes = downloads.get(source)
  if (!bytes) {
    bytes = /^https?:\/\//.test(source)
      ? fetch(source).then(async (response) => {
          if (!response.ok) throw new Error(`Downloading ${source} failed: ${response.status} ${response.statusText}`)
          return Buffer.from(await response.arrayBuffer())
        })
      : readFile(source)
    downloads.set(source, bytes)
  }
  return bytes
}

export async function pdfFile(asset: AssetFields & {filename?: string | null}, id: string): Promise<PdfFile> {
  const source = sourceOf(asset, id)
  const bytes = await readSource(source)
  const filename = asset.filename ?? basename(source)
  return {kind: 'file', href: `/media/${mediaName(bytes, filename, '.pdf')}`, source, size: bytes.length, filename}
}

export async function coverImage(
  asset: AssetFields & {alt: string; filename?: string | null; width?: number | null; height?: number | null},
  id: string,
): Promise<CoverImage> {
  const source = sourceOf(asset, id)
  const bytes = await readSource(source)
  let {width, height} = asset
  if (!width || !height) ({width, height} = await sharp(bytes).metadata())
  const scaledWidth = Math.min(COVER_WIDTH, width)
  return {
    kind: 'image',
    href: `/media/${mediaName(bytes, asset.filename ?? basename(source), '.webp')}`,
    source,
    width: scaledWidth,
    height: Math.round((height * scaledWidth) / width),
    alt: asset.alt,
  }
}

/** The bytes served at a media file's address: PDFs as they are, images resized to WebP. */
export async function mediaBytes(file: MediaFile & {width?: number}): Promise<Buffer> {
  const bytes = await readSource(file.source)
  if (file.kind === 'file') return bytes
  return sharp(bytes).resize({width: file.width, withoutEnlargement: true}).webp({quality: 78}).toBuffer()
}
