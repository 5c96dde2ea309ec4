import {defineQuery} from 'groq'

/**
 * Every GROQ query the site runs. Both content sources evaluate these same strings; TypeGen
 * reads them (`pnpm --filter studio typegen`) and writes their result types to
 * `schemas/sanity.types.ts`, which `shapes.ts` checks its zod shapes against.
 *
 * Assets are projected twice: `asset->` for the Content Lake, `_sanityAsset` for a dataset file.
 * A cover image without a file (the Studio keeps its description when the image is removed) is no
 * cover at all. Each document's `_rev` is what `build.json` records as live.
 */

/** One settings document per language, at the fixed ids `siteSettingsId` gives. */
export const settingsQuery = defineQuery(`*[_type == "siteSettings"] | order(_id asc){
  _id, _type, _rev, language, title, fullName, description, emergencyNotice, address, phone, email, quickExitUrl, donateUrl,
  newsletterUrl, socialLinks[]{label, url},
  "primaryHotline": primaryHotline->{_id, name, phone, vanity, sms, hours, available24x7}
}`)

export const hotlinesQuery = defineQuery(`*[_type == "hotline"] | order(emergency == true desc, orderRank asc, name asc){
  _id, _type, _rev, language, name, phone, vanity, sms, hours, available24x7, languages, area, description, emergency, orderRank
}`)

/** Which documents translate which: one group per `translation.metadata` document. */
export const translationsQuery = defineQuery(`*[_type == "translation.metadata"] | order(_id asc){
  _id, _type, _rev, "members": translations[]{language, "id": value._ref}
}`)

export const faqCategoriesQuery = defineQuery(`*[_type == "faqCategory"] | order(orderRank asc, title asc){
  _id, _type, _rev, title, "slug": slug.current, language, description, orderRank
}`)

export const faqsQuery = defineQuery(`*[_type == "faq"] | order(orderRank asc, question asc){
  _id, _type, _rev, question, "slug": slug.current, language, answer, orderRank, _updatedAt, searchTerms,
  "category": category->{_id, title, "slug": slug.current},
  "related": related[]->{_id, question, "slug": slug.current}
}`)

export const reportsQuery = defineQuery(`*[_type == "report"] | order(publishedAt desc){
  _id, _type, _rev, title, "slug": slug.current, language, publishedAt, summary, body, topics, _updatedAt,
  "file": file{
    "local": _sanityAsset,
    "url": asset->url,
    "size": asset->size,
    "filename": asset->originalFilename
  },
  "coverImage": select(defined(coverImage.asset) || defined(coverImage._sanityAsset) => coverImage{
    alt,
    "local": _sanityAsset,
    "url": asset->url,
    "filename": asset->originalFilename,
    "width": asset->metadata.dimensions.width,
    "height": asset->metadata.dimensions.height,
    crop{top, bottom, left, right},
    hotspot{x, y}
  })
}`)

export const jobOpeningsQuery = defineQuery(`*[_type == "jobOpening"] | order(postedAt desc){
  _id, _type, _rev, title, "slug": slug.current, language, department, location, employmentType, workplaceType,
  salary{min, max, currency, unit},
  description, applyUrl, applyEmail, postedAt, closesAt, _updatedAt
}`)

export const pagesQuery = defineQuery(`*[_type == "page"]{
  _id, _type, _rev, title, "slug": slug.current, language, description, body, _updatedAt
}`)

/** Every document with a web address, with the addresses it had before (`integrations/redirects.ts`). */
export const addressesQuery = defineQuery(`*[_type in $types && defined(slug.current)] | order(_id asc){
  _id, _type, "slug": slug.current, language, previousSlugs
}`)
