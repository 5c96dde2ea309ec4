import type {AssetLocation, AssetPlace} from '@cast/schemas/dataset'
import {createHash} from 'node:crypto'
import {basename, extname} from 'node:path'
import sharp from 'sharp'
import {once} from './build-memo'
import {assetBase} from './preview'
import {openedContentSource} from './source'

/**
 * Report PDFs and cover images are served from the site itself (`/media/…`), never from
 * Sanity's CDN, so a visitor's browser talks to no other host. At build time the content source
 * reads each file once: from the dataset file's folder, or from the Content Lake's asset CDN.
 */

/** Cover images are resized to this width (and converted to WebP) for the page. */
const COVER_WIDTH = 960

interface MediaFile {
  /** The file's name in the built site's `media/` folder, e.g. `3f9a…-report.pdf`. */
  name: string
  /** Where the page links to, e.g. `/media/3f9a…-report.pdf`; in a preview, below the preview's folder. */
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
  /** The size of the served image, after crop and resize. */
  width: number
  height: number
  alt: string
  /** The part of the original that is shown, in pixels: the crop set in the Studio. */
  region?: Region
  /** The hotspot in the shown image, in percent rounded to tens (`focus-x-*` and `focus-y-*` classes). */
  focus?: {x: number; y: number}
}

interface Region {
  left: number
  top: number
  width: number
  height: number
}

/** Sanity's crop and hotspot: fractions of the original image, before the crop. */
interface Crop {
  top: number
  bottom: number
  left: number
  right: number
}
interface Hotspot {
  x: number
  y: number
}

/**
 * The address of a file: a hash of its bytes (so a changed file gets a new address and old
 * caches never serve it) and its name. Both content sources give the same address for the same
 * file.
 */
function mediaName(bytes: Buffer, filename: string, extension: string, region?: Region): string {
  const digest = createHash('sha256').update(bytes)
  // Each crop of the same image is a different file.
  if (region) digest.update(JSON.stringify(region))
  const hash = digest.digest('hex').slice(0, 16)
  const stem = basename(filename, extname(filename))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `${hash}-${stem || 'file'}${extension}`
}

/** A media file's name and address. */
function located(name: string): Pick<MediaFile, 'name' | 'href'> {
  return {name, href: `${assetBase()}/media/${name}`}
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
  return {kind: 'file', ...located(mediaName(bytes, filename, '.pdf')), asset, place, size: bytes.length, filename}
}

/** The pixels a crop keeps of a `width` × `height` image; undefined when it keeps them all. */
function cropRegion(width: number, height: number, crop: Crop | null | undefined): Region | undefined {
  if (!crop) return undefined
  // Kept inside the image even if the sides' fractions add up to more than the whole.
  const left = Math.min(width - 1, Math.round(crop.left * width))
  const top = Math.min(height - 1, Math.round(crop.top * height))
  const region = {
    left,
    top,
    width: Math.max(1, width - Math.round(crop.right * width) - left),
    height: Math.max(1, height - Math.round(crop.bottom * height) - top),
  }
  return region.width === width && region.height === height ? undefined : region
}

/** Where the hotspot falls in the shown part of the image, in percent rounded to tens. */
function focusOf(hotspot: Hotspot | null | undefined, region: Region, width: number, height: number): CoverImage['focus'] {
  if (!hotspot) return undefined
  const percent = (at: number, start: number, length: number) => Math.min(100, Math.max(0, Math.round((at - start) / length * 10) * 10))
  return {x: percent(hotspot.x * width, region.left, region.width), y: percent(hotspot.y * height, region.top, region.height)}
}

export async function coverImage(
  asset: AssetLocation & {
    alt: string
    filename?: string | null
    width?: number | null
    height?: number | null
    crop?: Crop | null
    hotspot?: Hotspot | null
  },
  place: AssetPlace,
): Promise<CoverImage> {
  const bytes = await readAsset(asset, place)
  let {width, height} = asset
  if (!width || !height) ({width, height} = await sharp(bytes).metadata())
  const region = cropRegion(width, height, asset.crop)
  const shown = region ?? {left: 0, top: 0, width, height}
  const scaledWidth = Math.min(COVER_WIDTH, shown.width)
  return {
    kind: 'image',
    ...located(mediaName(bytes, asset.filename ?? nameOf(asset), '.webp', region)),
    asset,
    place,
    width: scaledWidth,
    height: Math.round((shown.height * scaledWidth) / shown.width),
    alt: asset.alt,
    region,
    focus: focusOf(asset.hotspot, shown, width, height),
  }
}

/** The bytes served at a media file's address: PDFs as they are, images cut to their crop and resized to WebP. */
export async function mediaBytes(file: PdfFile | CoverImage): Promise<Buffer> {
  const bytes = await readAsset(file.asset, file.place)
  if (file.kind === 'file') return bytes
  const image = sharp(bytes)
  if (file.region) image.extract(file.region)
  return image.resize({width: file.width, withoutEnlargement: true}).webp({quality: 78}).toBuffer()
}
