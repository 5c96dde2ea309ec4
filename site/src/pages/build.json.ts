import type {APIRoute} from 'astro'
import {getCollection} from 'astro:content'
import {nextChangeAt} from '../lib/dates'

/**
 * When this build was made, and when the site next changes by itself (a job posting's closing
 * day ends). The rebuild service reads it to schedule that rebuild; monitoring can read it too.
 */
export const GET: APIRoute = async () => {
  const jobs = (await getCollection('jobOpenings')).map((entry) => entry.data)
  return new Response(JSON.stringify({builtAt: new Date().toISOString(), nextChangeAt: nextChangeAt(jobs)}), {
    headers: {'Content-Type': 'application/json'},
  })
}
