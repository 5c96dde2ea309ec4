import {faq} from './documents/faq'
import {faqCategory} from './documents/faqCategory'
import {hotline} from './documents/hotline'
import {jobOpening} from './documents/jobOpening'
import {page} from './documents/page'
import {rebuildRequest} from './documents/rebuildRequest'
import {report} from './documents/report'
import {siteSettings} from './documents/siteSettings'
import {link} from './objects/link'
import {richText} from './objects/richText'
import {salary} from './objects/salary'
import {socialLink} from './objects/socialLink'

export {SITE_SETTINGS_ID} from './documents/siteSettings'
export {REBUILD_REQUEST_ID} from './documents/rebuildRequest'

/** Every type of the content model, documents first. */
export const schemaTypes = [
  faq,
  faqCategory,
  hotline,
  report,
  jobOpening,
  page,
  siteSettings,
  rebuildRequest,
  richText,
  link,
  salary,
  socialLink,
]
