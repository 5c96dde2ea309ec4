/** A build that did not finish; `message` is one line a person can act on. */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError'
}
