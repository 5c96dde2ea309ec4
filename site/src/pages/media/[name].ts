import type {APIRoute, GetStaticPaths, InferGetStaticPropsType} from 'astro'
import {mediaBytes} from '../../content/media'
import {pagesToBuild} from '../../content/preview'
import {getReports} from '../../content/read'

/** Report PDFs and cover images, copied into the built site so visitors never fetch them elsewhere; a preview's, of its report only. */
export const getStaticPaths = (async () => {
  const files = pagesToBuild(await getReports(), (report) => report._id).flatMap((report) => [report.pdf, report.cover].filter((file) => file !== undefined))
  const unique = new Map(files.map((file) => [file.name, file]))
  return [...unique.values()].map((file) => ({params: {name: file.name}, props: {file}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({props: {file}}) => {
  const bytes = await mediaBytes(file)
  return new Response(new Uint8Array(bytes), {
    headers: {'Content-Type': file.kind === 'file' ? 'application/pdf' : 'image/webp'},
  })
}
