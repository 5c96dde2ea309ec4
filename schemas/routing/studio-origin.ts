/**
 * `STUDIO_ORIGIN`, the one origin (scheme, host and port) the Studio is served from, which may
 * read `build.json` and the rebuild service's public status from the browser. The site's
 * `_headers` and the rebuild service's CORS both check it with this rule. Imports nothing.
 */

/**
 * What is wrong with `value` as `STUDIO_ORIGIN`, to follow the variable's name (`is "…", which
 * is not a URL: give …`), ending with what to do; undefined when it is an origin.
 */
export function studioOriginProblem(value: string): string | undefined {
  const fix = 'give the origin the Studio is served from, like https://cast.sanity.studio (a scheme and a host, a port if any, nothing after)'
  if (!URL.canParse(value)) return `is "${value}", which is not a URL: ${fix}`
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `is "${value}", which is not http(s): ${fix}`
  if (url.origin !== value) return `is "${value}", which is more than an origin (a path, a trailing slash, a query or a user): ${fix}`
  return undefined
}
