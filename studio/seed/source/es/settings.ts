/**
 * The site settings in Spanish (`siteSettings-es`). The address, phone, email and quick exit
 * come from the English settings, so the two never disagree.
 */
export const siteSettingsEs = {
  title: 'Cast',
  description:
    'Cast apoya a sobrevivientes de la trata de personas en el condado de Los Ángeles con una línea de ayuda abierta las 24 horas, respuesta en crisis y servicios a largo plazo.',
  emergencyNotice: 'Si su vida corre peligro, llame al 911.',
}
