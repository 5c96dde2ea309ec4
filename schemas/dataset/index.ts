/**
 * The dataset file format, shared by the Studio, the site and the scripts: NDJSON in Sanity's
 * export format and export archives, which documents are public, the embedded dataset, and
 * reading a dataset's assets from its own folder only. Imports no `sanity`, so the site may use it.
 */
export {AssetError, type AssetLocation, type AssetPlace} from './asset-location'
export {copyDatasetAssets, readDatasetAsset} from './assets'
export {openDatasetFile} from './dataset-file'
export {EMBEDDED_DATASET, EMBEDDED_DATASET_FOLDER} from './embedded'
export {DatasetFileError, formatNdjson, parseNdjson, readNdjson, type DatasetDocument} from './ndjson'
export {inPerspective} from './perspective'
export {isPublishedId} from './published'
