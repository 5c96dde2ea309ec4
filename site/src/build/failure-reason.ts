/**
 * The one line that says why a build step failed, picked from its output, in words a person can act
 * on. Content and configuration errors already say what and where (document id, field, file and
 * line); disk errors get a plain sentence of their own.
 */
export function failureReason(step: string, lines: readonly string[], how: string): string {
  const text = lines.map(clean).filter(Boolean)
  const disk = text.findLast((line) => /ENOSPC|no space left on device|EDQUOT|EFBIG|file too large/i.test(line))
  if (disk) return `The disk is full or a file grew past its size limit while the site was built (${disk}): free space for the build and publish again.`
  const own = text.findLast((line) => /does not fit the site|is not valid JSON|is not a document|has no _id|has no _type|content file|Content Lake|SANITY_|CONTENT_FILE|STUDIO_ORIGIN|stops the build|both use the web address|web address|^Document \S+, field /i.test(line))
  const any = own ?? text.findLast((line) => /error|failed|cannot|could not|refused|denied|not found|does not exist|missing/i.test(line) && !/^at /.test(line))
  if (any) return `${step} failed: ${any}`
  return text.length ? `${step} failed (${how}); its last words were: ${text.at(-1)}` : `${step} failed (${how}) without saying why; the build log has the details.`
}

/** Drops Astro's time stamp and labels, terminal colours and indentation. */
function clean(line: string): string {
  return line
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/^\d\d:\d\d:\d\d\s+/, '')
    .replace(/^\[[\w@/-]+\]\s+/, '')
    .trim()
    .slice(0, 500)
}
