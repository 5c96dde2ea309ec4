import {z} from 'astro/zod'
import type {
  FaqCategoriesQueryResult,
  FaqsQueryResult,
  HotlinesQueryResult,
  JobOpeningsQueryResult,
  PagesQueryResult,
  ReportsQueryResult,
  SettingsQueryResult,
  TranslationsQueryResult,
} from '@cast/schemas/sanity.types'

/**
 * What the site needs from each query's result (its zod shape), checked at build time for every
 * document. Each shape is also checked against the result type TypeGen derives from the Studio
 * schema and the query (bottom of this file): a field renamed in `schemas/` fails the type check
 * here instead of rendering an empty page.
 */

const text = z.string().trim().min(1)
const optionalText = z.string().nullish()
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')

/** Portable Text as stored: rendering checks each block further. */
const richText = z.array(z.looseObject({_type: z.string(), _key: z.string()}))

/** `_rev`: the revision read, recorded in `build.json`; a hand-written dataset file may have none. */
const documentBase = {_id: z.string(), _type: z.string(), _rev: z.string().nullish()}
/** The language of a document without one is the default language (documents from before translations). */
const language = {language: optionalText}

/** A document with a web address: unique per type and language (`slugs.ts`). */
const addressed = {slug: text, ...language}

export const hotline = z.object({
  ...documentBase,
  ...language,
  name: text,
  phone: text,
  vanity: optionalText,
  sms: optionalText,
  hours: optionalText,
  available24x7: z.boolean().nullish(),
  languages: z.array(z.string()).nullish(),
  area: optionalText,
  description: optionalText,
  emergency: z.boolean().nullish(),
  orderRank: z.string().nullish(),
})

export const settings = z.object({
  ...documentBase,
  ...language,
  title: text,
  fullName: optionalText,
  description: text,
  emergencyNotice: text,
  address: optionalText,
  phone: optionalText,
  email: optionalText,
  quickExitUrl: z.url({protocol: /^https?$/}),
  donateUrl: z.url({protocol: /^https$/}).nullish(),
  newsletterUrl: z.url({protocol: /^https$/}).nullish(),
  socialLinks: z.array(z.object({label: text, url: z.url({protocol: /^https$/})})).nullish(),
  primaryHotline: hotline.pick({_id: true, name: true, phone: true, vanity: true, sms: true, hours: true, available24x7: true}),
})

export const faqCategory = z.object({
  ...documentBase,
  ...addressed,
  title: text,
  description: optionalText,
  orderRank: z.string().nullish(),
})

export const faq = z.object({
  ...documentBase,
  ...addressed,
  question: text,
  answer: richText.min(1, 'the answer is empty'),
  orderRank: z.string().nullish(),
  _updatedAt: z.string(),
  category: z.object({_id: z.string(), title: text, slug: text}, {error: 'the category is missing or not published'}),
  related: z.array(z.object({_id: z.string(), question: text, slug: text}).nullable()).nullish(),
  /** Words visitors search for that the answer does not use: indexed for search, never shown. */
  searchTerms: z.array(z.string()).nullish(),
})

const fileAsset = z.object({
  local: z.string().nullish(),
  url: z.string().nullish(),
  size: z.number().nullish(),
  filename: z.string().nullish(),
})

const fraction = z.number().min(0).max(1)

const imageAsset = z.object({
  alt: text,
  local: z.string().nullish(),
  url: z.string().nullish(),
  filename: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  /** Sanity's crop: the fraction of the original cut from each side. */
  crop: z.object({top: fraction, bottom: fraction, left: fraction, right: fraction}).nullish(),
  /** Sanity's hotspot: the centre of what must stay in view, as fractions of the original image. */
  hotspot: z.object({x: fraction, y: fraction}).nullish(),
})

export const report = z.object({
  ...documentBase,
  ...addressed,
  title: text,
  publishedAt: date,
  summary: text,
  body: richText.nullish(),
  topics: z.array(z.string()).nullish(),
  _updatedAt: z.string(),
  file: fileAsset.nullish(),
  coverImage: imageAsset.nullish(),
})

export const jobOpening = z.object({
  ...documentBase,
  ...addressed,
  title: text,
  department: optionalText,
  location: text,
  employmentType: z.enum(['full-time', 'part-time', 'contract', 'internship']),
  workplaceType: z.enum(['on-site', 'hybrid', 'remote']),
  salary: z
    .object({
      min: z.number().positive(),
      max: z.number().positive(),
      currency: z.string().nullish().transform((currency) => currency ?? 'USD'),
      unit: z.enum(['year', 'hour']),
    })
    .refine((salary) => salary.max >= salary.min, 'the top of the pay range is below the bottom'),
  description: richText.min(1, 'the description is empty'),
  applyUrl: z.url({protocol: /^https?$/}).nullish(),
  applyEmail: z.email().nullish(),
  postedAt: date,
  closesAt: date.nullish(),
  _updatedAt: z.string(),
}).refine((job) => job.applyUrl || job.applyEmail, {message: 'there is no way to apply (applyUrl or applyEmail)', path: ['applyUrl']})

export const page = z.object({
  ...documentBase,
  ...addressed,
  title: text,
  description: optionalText,
  body: richText.nullish(),
  _updatedAt: z.string(),
})

/** A translation group; a member whose document was deleted has no id (weak references). */
export const translations = z.object({
  ...documentBase,
  members: z.array(z.object({language: text, id: z.string().nullish()})).nullish(),
})

/**
 * The fields a shape reads that its query does not return: missing from the projection, or
 * typed `null` by TypeGen because the Studio schema has no such field (a rename). `never` when
 * every field is there.
 */
type MissingFields<Result, Schema extends z.ZodType> = {
  [K in keyof z.output<Schema>]-?: K extends keyof Result ? ([Result[K]] extends [null] ? K : never) : K
}[keyof z.output<Schema>]

/** Fails the type check, naming the field, when a shape reads a field its query lacks. */
type Complete<Missing extends never> = Missing

type QueryChecks = [
  Complete<MissingFields<SettingsQueryResult[number], typeof settings>>,
  Complete<MissingFields<HotlinesQueryResult[number], typeof hotline>>,
  Complete<MissingFields<FaqCategoriesQueryResult[number], typeof faqCategory>>,
  Complete<MissingFields<FaqsQueryResult[number], typeof faq>>,
  Complete<MissingFields<ReportsQueryResult[number], typeof report>>,
  Complete<MissingFields<JobOpeningsQueryResult[number], typeof jobOpening>>,
  Complete<MissingFields<PagesQueryResult[number], typeof page>>,
  Complete<MissingFields<TranslationsQueryResult[number], typeof translations>>,
]
