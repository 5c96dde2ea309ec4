/**
 * FAQ categories and questions in Spanish, keyed by the English document's id. Written for people
 * in crisis: plain words, "usted", short sentences, the same facts and numbers as the English.
 */
export const faqCategoriesEs: Record<string, {title: string; slug: string; description: string}> = {
  'faqCategory-trafficking': {
    title: 'Sobre la trata de personas',
    slug: 'sobre-la-trata-de-personas',
    description: 'Qué es la trata, a quién le pasa y por qué.',
  },
  'faqCategory-help': {
    title: 'Cómo pedir ayuda',
    slug: 'como-pedir-ayuda',
    description: 'Cómo comunicarse con nosotros, qué pasa cuando llama y a quién atendemos.',
  },
  'faqCategory-cast': {
    title: 'Sobre Cast',
    slug: 'sobre-cast',
    description: 'Quiénes somos y cómo trabajamos.',
  },
  'faqCategory-support': {
    title: 'Cómo apoyar nuestro trabajo',
    slug: 'como-apoyar-nuestro-trabajo',
    description: 'Donaciones, estudios, capacitación y trabajo con nosotros.',
  },
}

export const faqsEs: Record<string, {question: string; slug: string; answer: string; searchTerms?: string[]}> = {
  'faq-what-is-human-trafficking': {
    question: '¿Qué es la trata de personas?',
    slug: 'que-es-la-trata-de-personas',
    searchTerms: ['trata laboral', 'explotación sexual', 'padrote', 'proxeneta', 'esclavitud'],
    answer: `Trata de personas es usar **la fuerza, el engaño o la presión** para obligar a alguien a vender sexo o a trabajar. Puede pasar en una casa, un campo, una fábrica, un restaurante, una obra de construcción o en internet.

Toda persona menor de 18 años a la que obligan a hacer un acto sexual a cambio de dinero o de algo de valor es víctima de trata. Da igual si hubo fuerza, engaño o presión.`,
  },
  'faq-does-trafficking-mean-being-locked-up': {
    question: '¿La trata siempre significa estar encerrado?',
    slug: 'la-trata-siempre-significa-estar-encerrado',
    answer: `No. A muchas personas las retienen con amenazas, deudas, miedo o intimidación, no con candados ni cadenas. Ese control no se ve desde afuera, pero puede atrapar a una persona igual de fuerte.`,
  },
  'faq-is-trafficking-the-same-as-smuggling': {
    question: '¿La trata de personas es lo mismo que el tráfico de migrantes?',
    slug: 'la-trata-es-lo-mismo-que-el-trafico-de-migrantes',
    answer: `No. El tráfico de migrantes consiste en pasar a alguien de un país a otro. La trata consiste en explotar el trabajo o el cuerpo de una persona con fuerza, engaño o presión. Puede pasar sin que nadie cruce una frontera.`,
  },
  'faq-can-someone-with-a-visa-be-trafficked': {
    question: '¿Una persona que llegó a Estados Unidos de forma legal puede ser víctima de trata?',
    slug: 'una-persona-con-visa-puede-ser-victima-de-trata',
    searchTerms: ['inmigración', 'indocumentado'],
    answer: `Sí. Algunas personas sobrevivientes son trabajadores muy calificados que llegaron con una visa legal y con la promesa de un empleo legal. La explotación empezó después de llegar.`,
  },
  'faq-who-is-affected-by-trafficking': {
    question: '¿A quién afecta la trata de personas?',
    slug: 'a-quien-afecta-la-trata-de-personas',
    answer: `La trata le puede pasar a cualquiera, pero golpea más a las personas que ya viven al margen. Al menos el **88%** de las personas sobrevivientes que Cast ha atendido son personas negras, indígenas o de color.`,
  },
  'faq-how-common-is-trafficking': {
    question: '¿Qué tan común es la trata de personas?',
    slug: 'que-tan-comun-es-la-trata-de-personas',
    searchTerms: ['estadísticas', 'cifras'],
    answer: `Todavía nadie sabe la cifra total. La trata ocurre en muchos sectores, y una forma de contar que sirve para el trabajo en el campo quizás no sirve para el comercio sexual o la industria de la ropa. Las cifras y los buenos métodos para medirlas también cambian de una región a otra.

Estudios recientes empiezan a dar respuestas. Investigadores de RTI International estudiaron el trabajo en la construcción en Houston, Texas. Encontraron que el **22%** de los trabajadores de la construcción (cerca de 1 de cada 5) sufrió trata laboral alguna vez en su vida. Otro **42%** sufrió otros abusos, como trabajar sin contrato o recibir mentiras sobre su pago, su trabajo o su vivienda.`,
  },
  'faq-what-makes-people-vulnerable': {
    question: '¿Qué pone a las personas en riesgo de trata?',
    slug: 'que-pone-a-las-personas-en-riesgo-de-trata',
    answer: `En la sociedad, la pobreza, la desigualdad, el encarcelamiento masivo, el racismo y las barreras migratorias dejan a algunas comunidades más expuestas. En la vida de una persona, perder la vivienda, pasar hambre, sufrir discriminación o vivir con violencia tienen el mismo efecto.

Los tratantes se aprovechan de esas necesidades. Un engaño común es prometer un lugar para vivir o un trabajo estable.`,
  },
  'faq-are-films-about-trafficking-accurate': {
    question: '¿Las películas y la televisión muestran bien la trata?',
    slug: 'las-peliculas-muestran-bien-la-trata',
    answer: `Muchas veces no, y esos errores pueden hacer daño de verdad. Para buenas recomendaciones, busque las listas de películas que ha reunido la comunidad de sobrevivientes de todo el mundo.`,
  },
  'faq-when-should-i-call-the-hotline': {
    question: '¿Cuándo debo llamar a la línea de ayuda de Cast?',
    slug: 'cuando-llamar-a-la-linea-de-ayuda',
    searchTerms: ['jefe', 'patrón', 'quitó el pasaporte', 'papeles', 'documentos', 'denunciar'],
    answer: `Llame si a usted, o a alguien que conoce, lo obligan a hacer cualquier tipo de trabajo o de sexo a cambio de dinero y no puede irse: trabajo sexual, limpieza de casas, trabajo en el campo, construcción, fábrica, tienda, restaurante o cualquier otro.

No tiene que estar seguro de que sea trata. El personal de la línea le hará las preguntas necesarias para saberlo. Las leyes de Estados Unidos y de California protegen a las víctimas de trata.

Llame al [888-KEY-2-FREE (888-539-2373)](tel:+18885392373), a cualquier hora.`,
  },
  'faq-what-happens-when-i-call': {
    question: '¿Qué pasa cuando llamo a la línea de ayuda? ¿Tengo que dar mi nombre?',
    slug: 'que-pasa-cuando-llamo',
    searchTerms: ['intérprete', 'traductor', 'confidencial'],
    answer: `No tiene que dar su nombre: la línea es anónima. Además:

- está abierta las 24 horas, los 7 días de la semana
- la llamada es gratis
- la atiende el personal de Cast
- hay interpretación en vivo en más de 240 idiomas
- no tiene relación con la policía ni con ninguna agencia del gobierno

La llamada es la puerta de entrada a todos los servicios de Cast.`,
  },
  'faq-outside-los-angeles-county': {
    question: 'Vivo fuera del condado de Los Ángeles. ¿Dónde puedo pedir ayuda?',
    slug: 'vivo-fuera-del-condado-de-los-angeles',
    answer: `Llame a la Línea Nacional contra la Trata de Personas al [888-373-7888](tel:+18883737888). Atiende en todo Estados Unidos. Para otros tipos de ayuda, vea la [lista de líneas de ayuda](/es/get-help/).`,
  },
  'faq-who-can-get-services': {
    question: '¿Quién puede recibir ayuda de Cast?',
    slug: 'quien-puede-recibir-ayuda',
    searchTerms: ['visa T', 'inmigración', 'indocumentado', 'servicios'],
    answer: `Sobrevivientes de cualquier tipo de trata, laboral o sexual, de cualquier edad, origen, género o nacionalidad, que viven en el condado de Los Ángeles o que fueron víctimas de trata allí. No importa cuánto tiempo ha pasado.`,
  },
  'faq-what-if-i-am-in-danger-now': {
    question: '¿Qué hago si estoy en peligro ahora mismo?',
    slug: 'que-hago-si-estoy-en-peligro',
    answer: `Si su vida o la de otra persona corre peligro, llame al [911](tel:911) ahora.`,
  },
  'faq-what-is-cast': {
    question: '¿Qué es Cast?',
    slug: 'que-es-cast',
    answer: `Cast es una organización sin fines de lucro con estatus 501(c)(3), con sede en Los Ángeles. Se fundó en 1998, después de que el caso El Monte salió a la luz en 1995.

En el condado de Los Ángeles acompañamos a las personas sobrevivientes desde la primera llamada a la línea de ayuda: respuesta en crisis, servicios a largo plazo y liderazgo de sobrevivientes. En todo el país trabajamos por mejores leyes, investigamos la trata con los datos de nuestros clientes, capacitamos a profesionales y ayudamos a las personas sobrevivientes a ser líderes del movimiento.`,
  },
  'faq-is-cast-political-or-religious': {
    question: '¿Cast es una organización política o religiosa?',
    slug: 'cast-es-politica-o-religiosa',
    answer: `Ni una cosa ni la otra. Cast no es partidista: trabajamos con funcionarios electos de todos los partidos y de todos los niveles de gobierno. Les explicamos qué es la trata y apoyamos medidas que la previenen y que ayudan a las personas sobrevivientes.

Cast tampoco es religiosa. Algunas instituciones de fe son nuestras aliadas, y trabajamos con ellas para identificar y apoyar a las víctimas.`,
  },
  'faq-can-i-volunteer': {
    question: '¿Puedo ser voluntario en Cast?',
    slug: 'puedo-ser-voluntario',
    answer: `Nuestro trabajo con sobrevivientes es delicado y especializado, por eso en general no aceptamos voluntarios para esa labor. Sí ofrecemos prácticas a estudiantes de maestría en Trabajo Social.`,
  },
  'faq-do-you-offer-training': {
    question: '¿Cast capacita a otras organizaciones?',
    slug: 'cast-ofrece-capacitacion',
    answer: `Sí. Cuando tenemos capacidad, capacitamos a proveedores de servicios y a organizaciones que trabajan con víctimas. [Comuníquese con nosotros](/es/contacto/) para pedir una capacitación.`,
  },
  'faq-can-cast-help-with-my-research': {
    question: 'Soy estudiante e investigo sobre la trata. ¿Cast me puede ayudar?',
    slug: 'soy-estudiante-cast-me-puede-ayudar',
    answer: `Nos alegra que tantos estudiantes quieran aprender sobre la trata. No podemos apoyar proyectos de estudiantes uno por uno, pero nuestros [informes](/es/reports/) son gratis: puede leerlos y compartirlos.`,
  },
  'faq-can-i-donate': {
    question: '¿Puedo hacer una donación a Cast?',
    slug: 'puedo-donar',
    searchTerms: ['donativo', 'dar dinero'],
    answer: `Sí. Vea [Formas de donar](/es/formas-de-donar/) para hacer una donación o apoyar nuestro trabajo de otras maneras.`,
  },
}
