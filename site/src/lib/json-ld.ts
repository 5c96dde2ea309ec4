import {endOfDayInLosAngeles} from '@cast/schemas/rules/los-angeles'
import {webAddress} from '@cast/schemas/routing/web-address'
import type {Faq, JobOpening, Settings} from '../content/read'
import {telHref} from './phone'
import {plainText} from './rich-text'

/**
 * Structured data (schema.org) for search engines. Serialised with `<` escaped, so content can
 * never close the script element it sits in.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** The organisation; `languages` are those its hotline is answered in on this site (the languages' names in English). */
export function organization(settings: Settings, siteUrl: string, languages: string[]) {
  const hotline = settings.primaryHotline
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: settings.title,
    ...(settings.fullName ? {legalName: settings.fullName} : {}),
    url: siteUrl,
    description: settings.description,
    ...(settings.email ? {email: settings.email} : {}),
    ...(settings.phone ? {telephone: telHref(settings.phone).slice(4)} : {}),
    ...(settings.address
      ? {address: {'@type': 'PostalAddress', streetAddress: settings.address.split('\n')[0], addressLocality: 'Los Angeles', addressRegion: 'CA', addressCountry: 'US'}}
      : {}),
    contactPoint: [
      {
        '@type': 'ContactPoint',
        contactType: 'emergency',
        name: hotline.name,
        telephone: telHref(hotline.phone).slice(4),
        ...(hotline.available24x7 ? {hoursAvailable: {'@type': 'OpeningHoursSpecification', opens: '00:00', closes: '23:59', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']}} : {}),
        areaServed: 'Los Angeles County',
        availableLanguage: languages,
      },
    ],
    ...(settings.socialLinks?.length ? {sameAs: settings.socialLinks.map((link) => link.url)} : {}),
  }
}

export function faqPage(faqs: Faq[], siteUrl: string, language: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: language,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      url: new URL(webAddress('faq', faq.slug, faq.language ?? undefined), siteUrl).href,
      acceptedAnswer: {'@type': 'Answer', text: plainText(faq.answer)},
    })),
  }
}

const EMPLOYMENT_TYPE: Record<JobOpening['employmentType'], string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  internship: 'INTERN',
}

export function jobPosting(job: JobOpening, settings: Settings, siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: plainText(job.description),
    datePosted: job.postedAt,
    ...(job.closesAt ? {validThrough: endOfDayInLosAngeles(job.closesAt)} : {}),
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    hiringOrganization: {'@type': 'Organization', name: settings.title, sameAs: siteUrl},
    ...(job.workplaceType === 'remote'
      ? {jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: {'@type': 'Country', name: 'United States'}}
      : {jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: job.location, addressRegion: 'CA', addressCountry: 'US'}}}),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: job.salary.currency,
      value: {'@type': 'QuantitativeValue', minValue: job.salary.min, maxValue: job.salary.max, unitText: job.salary.unit === 'hour' ? 'HOUR' : 'YEAR'},
    },
    url: new URL(webAddress('jobOpening', job.slug, job.language ?? undefined), siteUrl).href,
  }
}
