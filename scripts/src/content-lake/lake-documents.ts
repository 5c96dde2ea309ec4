import {createHash} from 'node:crypto'
import {basename, extname} from 'node:path'
import {readDatasetAsset, type AssetPlace, type DatasetDocument} from '@cast/schemas/dataset'
import sharp from 'sharp'

/** An asset file the stand-in serves, by URL path. */
export interface LakeAsset {
  bytes: Buffer
  type: string
}

/** Where a value sits in a document: the field path, `field.sub[2].leaf`, as asset errors name it. */
function within(place: AssetPlace, key: string | number): AssetPlace {
  const field = typeof key === 'number' ? `${place.field}[${key}]` : place.field ? `${place.field}.${key}` : key
  return {...place, field}
}

/**
 * Turns `_sanityAsset` references into asset documents and references, with URLs on `origin`
 * under `/images/<tail>/` and `/files/<tail>/` (`tail` is `<projectId>/<dataset>`). Asset files are
 * read as a build from the dataset file reads them: from its folder only. Returns the documents
 * and the asset files by URL path.
 */
export async function toLakeDocuments(documents: DatasetDocument[], datasetFolder: string, origin: string, tail: string) {
  const assets = new Map<string, LakeAsset>()
  const assetDocuments = new Map<string, DatasetDocument>()
  const convert = async (value: unknown, place: AssetPlace): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map((item, index) => convert(item, within(place, index))))
    if (!value || typeof value !== 'object') return value
    const object = value as Record<string, unknown>
    if (typeof object._sanityAsset === 'string') {
      const reference = object._sanityAsset
      const kind = reference.split('@')[0]
      const bytes = await readDatasetAsset({local: reference}, datasetFolder, place)
      const sha1 = createHash('sha1').update(bytes).digest('hex')
      const extension = extname(reference).slice(1)
      let id: string
      let urlPath: string
      let metadata: Record<string, unknown> = {}
      if (kind === 'image') {
        const {width = 0, height = 0} = await sharp(bytes).metadata()
        id = `image-${sha1}-${width}x${height}-${extension}`
        urlPath = `/images/${tail}/${sha1}-${width}x${height}.${extension}`
        metadata = {dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height}}
      } else {
        id = `file-${sha1}-${extension}`
        urlPath = `/files/${tail}/${sha1}.${extension}`
      }
      assets.set(urlPath, {bytes, type: kind === 'image' ? `image/${extension}` : 'application/pdf'})
      assetDocuments.set(id, {
        _id: id,
        _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
        url: `${origin}${urlPath}`,
        size: bytes.length,
        originalFilename: basename(reference),
        extension,
        metadata,
      })
      const {_sanityAsset: _, ...rest} = object
      return {...(await convert(rest, place) as object), asset: {_type: 'reference', _ref: id}}
    }
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(object)) out[key] = await convert(item, within(place, key))
    return out
  }
  const converted = (await Promise.all(documents.map((document) => convert(document, {documentId: document._id, field: ''})))) as DatasetDocument[]
  return {documents: [...converted, ...assetDocuments.values()], assets}
}
