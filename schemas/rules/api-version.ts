/**
 * The Content Lake API version the Studio and the site speak. A newer version can change what a
 * query returns, so it moves for both at once, after the site's tests pass with it.
 * Imports nothing, so the site can use it.
 */
export const API_VERSION = '2025-02-19'
