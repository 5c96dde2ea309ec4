import type {AssetLocation, AssetPlace} from '@cast/schemas/dataset'
import {createHash} from 'node:crypto'
import {basename, extname} from 'node:path'
import sharp from 'sharp'
import {once} from './build-memo'
import {openedContentSource} from './source'

/**
 * Report PDFs and cover images are served from the site itself (`/media/…`), never from
 * Sanity's CDN, so a visitor's browser talks to no other host. At build time the content source
 * reads each file once: from the dataset file's folder, or from the Content Lake's asset CDN.
 */

/** Cover images are resized to this width (and converted to WebP) for the page. */
const COVER_WIDTH = 960

interface MediaFile {
  /** Where the page links to, e.g. `/media/3f9a…-report.pdf`. */
  href: string
  /** What the content says about the file, for the content source to read. */
  asset: AssetLocation
  /** The document and field that name it, for errors. */
  place: AssetPlace
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

/** An asset's bytes, read by the build's content source once per build, however many pages use it. */
function readAsset(asset: AssetLocation, place: AssetPlace): Promise<Buffer> {
  const key = `asset ${JSON.stringify([asset.local ?? null, asset.url ?? null])}`
  return once(key, () => openedContentSource().then((source) => source.readAsset(asset, place)))
}

/** The name the file had, when the content does not give it: the last part of its path or URL. */
function nameOf(asset: AssetLocation): string {
  return basename(asset.local ?? asset.url ?? '')
}

export async function pdfFile(asset: AssetLocation & {filename?: string | null}, place: AssetPlace): Promise<PdfFile> {
  const bytes = await readAsset(asset, place)
  const filename = asset.filename ?? nameOf(asset)
  return {kind: 'file', href: `/media/${mediaName(bytes, filename, '.pdf')}`, asset, place, size: bytes.length, filename}
}

export async function coverImage(
  asset: AssetLocation & {alt: string; filename?: string | null; width?: number | null; height?: number | null},
  place: AssetPlace,
): Promise<CoverImage> {
  const bytes = await readAsset(asset, place)
  let {width, height} = asset
  if (!width || !height) ({width, height} = await sharp(bytes).metadata())
  const scaledWidth = Math.min(COVER_WIDTH, width)
  return {
    kind: 'image',
    href: `/media/${mediaName(bytes, asset.filename ?? nameOf(asset), '.webp')}`,
    asset,
    place,
    width: scaledWidth,
    height: Math.round((height * scaledWidth) / width),
    alt: asset.alt,
  }
}

/** The bytes served at a media file's address: PDFs as they are, images resized to WebP. */
export async function mediaBytes(file: MediaFile & {width?: number}): Promise<Buffer> {
  const bytes = await readAsset(file.asset, file.place)
  if (file.kind === 'file') return bytes
  return sharp(bytes).resize({width: file.width, withoutEnlargement: true}).webp({quality: 78}).toBuffer()
}
