/**
 * The hotlines in Spanish, keyed by the English document's id. Only what a visitor reads is here:
 * the numbers, and whether a line is open day and night or for emergencies, come from the English.
 */
const ALWAYS_OPEN = '24 horas al día, los 7 días de la semana'
const UNITED_STATES = 'Estados Unidos'

export const hotlinesEs: Record<string, {name: string; hours?: string; languages?: string[]; area: string; description: string}> = {
  'hotline-911': {
    name: 'Servicios de emergencia',
    hours: ALWAYS_OPEN,
    languages: ['Hay intérpretes'],
    area: UNITED_STATES,
    description: 'Si su vida o la de otra persona corre peligro ahora mismo, llame al 911.',
  },
  'hotline-cast': {
    name: 'Línea de Cast contra la Trata de Personas',
    hours: ALWAYS_OPEN,
    languages: ['Más de 240 idiomas con interpretación en vivo'],
    area: 'Condado de Los Ángeles',
    description:
      'Gratis y anónima. La atiende el personal de Cast, no la policía ni ninguna agencia del gobierno. Llame si a usted, o a alguien que conoce, lo obligan a trabajar o a vender sexo y no puede irse.',
  },
  'hotline-nhth': {
    name: 'Línea Nacional contra la Trata de Personas',
    hours: ALWAYS_OPEN,
    area: UNITED_STATES,
    description: 'Para pedir ayuda fuera del condado de Los Ángeles.',
  },
  'hotline-domestic-violence': {
    name: 'Línea Nacional contra la Violencia Doméstica',
    area: UNITED_STATES,
    description: 'Para personas a quienes su pareja o un familiar lastima o controla.',
  },
  'hotline-sexual-assault': {
    name: 'Línea Nacional contra la Agresión Sexual',
    area: UNITED_STATES,
    description: 'Para sobrevivientes de violencia sexual y las personas que les dan apoyo.',
  },
  'hotline-teen-dating': {
    name: 'Línea Nacional sobre el Noviazgo Adolescente',
    area: UNITED_STATES,
    description: 'Para jóvenes con preguntas o preocupaciones sobre una relación de pareja.',
  },
  'hotline-runaway': {
    name: 'Línea Nacional para Jóvenes que se Fueron de Casa',
    area: UNITED_STATES,
    description: 'Para jóvenes que se fueron de su casa o que piensan irse, y para sus familias.',
  },
}
