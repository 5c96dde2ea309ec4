import {siteSettings} from '../reports'

/** The organisation's pages in Spanish, keyed by the English document's id, with Spanish addresses. */
export const pagesEs: Record<string, {slug: string; title: string; description: string; body: string}> = {
  'page-about': {
    slug: 'sobre-cast',
    title: 'Sobre Cast',
    description: 'Cast es una organización sin fines de lucro de Los Ángeles que apoya a sobrevivientes de la trata de personas desde 1998.',
    body: `Cast es una organización sin fines de lucro con estatus 501(c)(3). Nacimos en Los Ángeles en 1998, después de que el caso El Monte salió a la luz en 1995. Los Ángeles sigue siendo nuestra casa.

Atendemos a sobrevivientes que viven en el condado de Los Ángeles o que fueron víctimas de trata allí. Nuestro trabajo en leyes, investigación, capacitación y liderazgo de sobrevivientes llega a todo el país.

## Sin partido y sin religión

Cast no es partidista. Trabajamos con funcionarios electos de todos los partidos y de todos los niveles de gobierno. Les ayudamos a entender la trata y apoyamos medidas que la previenen y que sirven mejor a las personas sobrevivientes.

Cast no es religiosa. Algunas instituciones de fe son nuestras aliadas para identificar y apoyar a las víctimas.

## Nuestros valores

- Los derechos humanos primero
- Autonomía y dignidad
- Aprender y compartir
- Acceso justo para todas las personas
- Accesibilidad
- Inclusión
- Lucha contra la opresión`,
  },
  'page-what-we-do': {
    slug: 'lo-que-hacemos',
    title: 'Lo que hacemos',
    description:
      'Desde una línea de ayuda abierta las 24 horas hasta servicios a largo plazo y liderazgo de sobrevivientes, en el condado de Los Ángeles y en todo el país.',
    body: `En el condado de Los Ángeles, Cast acompaña a las personas sobrevivientes de la trata en cada paso: una línea de ayuda abierta las 24 horas y respuesta en crisis, servicios a largo plazo y liderazgo de sobrevivientes.

Nuestros servicios son para sobrevivientes de cualquier tipo de trata, laboral o sexual, de cualquier edad, origen, género y nacionalidad. Todas las personas sobrevivientes pueden recibirlos, sin importar cuándo fueron víctimas de trata.

## En todo el país

- Defendemos leyes que cambian lo que las personas sobrevivientes pueden esperar.
- Investigamos la trata de personas con lo que muestran los datos de nuestros clientes.
- Capacitamos a profesionales para reconocer la trata y responder a ella.
- Apoyamos a las personas sobrevivientes para que sean líderes del movimiento contra la trata.

Si necesita ayuda, llame al [888-KEY-2-FREE (888-539-2373)](tel:+18885392373), a cualquier hora.`,
  },
  'page-policy': {
    slug: 'leyes-y-defensa',
    title: 'Leyes y defensa de derechos',
    description:
      'Defensa de leyes y políticas públicas, centrada en las personas sobrevivientes y basada en datos, para ampliar sus derechos y recursos.',
    body: `Nuestro trabajo parte de la experiencia vivida y el conocimiento de las personas sobrevivientes, y de los datos. Lo que ellas saben da forma a los cambios en las leyes y las políticas que buscamos.

Vemos la trata desde los derechos humanos y la salud pública. Eso quiere decir atacar sus causas, como la pobreza, la discriminación y la desigualdad, y pedir soluciones que tengan en cuenta el trauma y que nazcan de las comunidades.

Junto con legisladores, organizaciones comunitarias y líderes sobrevivientes, trabajamos para acabar con las políticas que oprimen y para ampliar los derechos y recursos de las personas sobrevivientes.

## Nuestras prioridades

Cada año actualizamos nuestras prioridades, según lo que aprendemos y lo que nos dicen las personas sobrevivientes.

## Participe

Únase a nuestras campañas, reciba noticias y llamados a la acción, y pida a sus representantes que apoyen políticas a favor de las personas sobrevivientes.`,
  },
  'page-ways-to-give': {
    slug: 'formas-de-donar',
    title: 'Formas de donar',
    description: 'Haga una donación, apóyenos de otras maneras, comparta la línea de ayuda o trabaje con nosotros.',
    body: `Cada donación apoya todo nuestro trabajo, para que cada sobreviviente pueda llegar a la justicia y al cuidado que necesita.

[Done a Cast](${siteSettings.donateUrl}) en nuestra página segura de donaciones.

## Otras maneras de dar

También puede apoyar a Cast organizando un evento para recaudar fondos o donando acciones. [Comuníquese con nosotros](/es/contacto/) para hablarlo.

## Corra la voz

Comparta la línea de ayuda de Cast contra la trata de personas, abierta las 24 horas: **888-KEY-2-FREE (888-539-2373)**. Lea nuestros [informes](/es/reports/) más recientes y comparta lo que aprenda.

## Trabaje con nosotros

Siempre buscamos personas comprometidas y con talento. Vea nuestras [ofertas de empleo](/es/careers/).

## Manténgase informado

[Suscríbase a nuestro boletín](${siteSettings.newsletterUrl}) para recibir noticias de Cast y formas de participar.`,
  },
  'page-contact': {
    slug: 'contacto',
    title: 'Contacto',
    description: 'Cómo comunicarse con Cast por correo postal, teléfono o correo electrónico.',
    body: `Si necesita ayuda, llame a nuestra línea, abierta las 24 horas, al [888-KEY-2-FREE (888-539-2373)](tel:+18885392373). Si su vida corre peligro, llame al [911](tel:911).

## Oficina

- Dirección postal: 3580 Wilshire Blvd, #900-37, Los Angeles CA 90010
- Teléfono: [213-365-1906](tel:+12133651906)
- Correo electrónico: [info@castla.org](mailto:info@castla.org)
- Prensa y medios: [mediarequests@castla.org](mailto:mediarequests@castla.org)

## Capacitación

Cuando tenemos capacidad, capacitamos a proveedores de servicios y a organizaciones que atienden a víctimas de trata. Para pedir capacitación o asistencia técnica, escriba a [info@castla.org](mailto:info@castla.org).`,
  },
}
