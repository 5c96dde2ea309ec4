import type {APIRoute} from 'astro'
import {getCollection, getEntry} from 'astro:content'
import {liveDocuments} from '../content/live-documents'
import {nextChangeAt} from '../lib/dates'

/**
 * When this build was made, from which content (the source's fingerprint), and when the site next
 * changes by itself (a job posting's closing day ends). The rebuild service reads it to schedule
 * that rebuild and to find publishes it missed; monitoring can read it too. `documents` says
 * which revision of each published document is live, and where its page is: the Studio reads it.
 */
export const GET: APIRoute = async () => {
  const jobs = (await getCollection('jobOpenings')).map((entry) => entry.data)
  const info = await getEntry('buildInfo', 'build')
  if (!info) throw new Error('The build has no content fingerprint: the buildInfo collection did not load.')
  const body = {builtAt: new Date().toISOString(), fingerprint: info.data.fingerprint, nextChangeAt: nextChangeAt(jobs), documents: await liveDocuments()}
  return new Response(JSON.stringify(body), {
    headers: {'Content-Type': 'application/json'},
  })
}
