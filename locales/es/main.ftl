# madoguchi UI strings: Spanish.

## App shell
app-name = madoguchi
app-tagline = Trámites de residencia en su navegador. Sus documentos nunca salen de este dispositivo.
nav-skip = Saltar al contenido principal
nav-home = Inicio
nav-main-label = Menú principal
settings-heading = Ajustes de visualización
settings-language = Idioma
settings-colour = Esquema de colores
settings-colour-standard = Estándar
settings-colour-blue = Azul
settings-colour-yellow = Amarillo
settings-colour-black = Negro
settings-font-size = Tamaño del texto
settings-font-normal = Normal
settings-font-large = Grande
language-self-name = Español
language-easy-japanese = Japonés fácil (furigana)

## Home
home-heading = ¿Qué desea hacer?
home-intro = Elija un trámite. La lectura y la verificación se hacen dentro de este navegador; solo se envía el formulario que usted complete y envíe.
flow-card-reader-title = Verificar una Tarjeta de Residencia con un lector
flow-card-reader-desc = Lea el chip IC y compruebe que la tarjeta es auténtica.
flow-document-scan-title = Leer una Tarjeta de Residencia o un pasaporte desde una foto
flow-document-scan-desc = Rellene el formulario automáticamente a partir de una foto.
flow-photo-check-title = Comprobar una foto de identificación
flow-photo-check-desc = Vea si su foto cumple las normas de la solicitud y corrija lo que se pueda corregir.
flow-exam-mypage-title = Registro en Exam My Page
flow-exam-mypage-desc = Introduzca sus datos de registro a partir de fotos de su Tarjeta de Residencia y su pasaporte.
flow-mynumber-title = Solicitud en línea de la tarjeta My Number
flow-mynumber-desc = Solicítela con el código QR de su formulario y una foto de su cara.
flow-immigration-account-title = Cuenta de trámites en línea de Inmigración
flow-immigration-account-desc = Regístrese, inicie sesión y confirme la recepción de su Certificado de Elegibilidad.
flow-status-planned = En preparación
footer-privacy = Las fotos, los datos de la tarjeta y las fotos de identificación se procesan solo dentro de este navegador.

## Errors
not-found-heading = Página no encontrada
not-found-body = No existe ninguna página en { $path }.
not-found-home = Volver al inicio

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = El ID de solicitud tiene 23 dígitos; usted escribió { $length }.
rule-application-id-digits = El ID de solicitud solo tiene dígitos; «{ $char }» no es un dígito.
rule-application-id-mismatch = Los dos ID de solicitud son diferentes. Compruebe ambos con su formulario de solicitud.
rule-mail-name-char = No se puede usar el carácter { $position } «{ $char }». Escriba la forma común que da una conversión normal de kanji (kanji JIS de nivel 1 y 2, kana o letras latinas).
rule-mail-name-char-suggest = No se puede usar el carácter { $position } «{ $char }». Escriba «{ $suggestion }» en su lugar.
rule-mail-name-too-long = El nombre puede tener como máximo 50 caracteres; usted escribió { $length }.
rule-email-half-width = Escriba el correo electrónico con caracteres de ancho medio; no se puede usar «{ $char }».
rule-email-space = Un correo electrónico no puede contener espacios.
rule-email-too-long = El correo electrónico puede tener como máximo 100 caracteres; usted escribió { $length }.
rule-email-format = Esto no es un correo electrónico. Debe tener la forma nombre@example.jp.
rule-email-mismatch = Los dos correos electrónicos son diferentes.
rule-date-number = Escriba el año, el mes y el día con números.
rule-date-month = El mes debe ser del 1 al 12.
rule-date-no-such-day = Ese mes solo tiene { $days } días.
rule-wareki-year-zero = El primer año de una era es el 1 (gannen); no existe el año 0.
rule-wareki-other-era =
    { $date } no está en la era que eligió: es { $era ->
        [meiji] Meiji
        [taisho] Taishō
        [showa] Shōwa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $year }.
rule-date-too-early = No se pueden introducir fechas anteriores al { $earliest } (inicio de la era Meiji).
rule-birth-date-future = La fecha de nacimiento no puede ser posterior a hoy.
rule-licence-record-length = El número de registro de la licencia tiene 12 dígitos; usted escribió { $length }.
rule-licence-record-digits = El número de registro de la licencia solo tiene dígitos; «{ $char }» no es un dígito.
rule-photo-file-too-small = El archivo de la foto es demasiado pequeño ({ $kilobytes } KB). Debe tener al menos 20 KB.
rule-photo-file-too-large = El archivo de la foto es demasiado grande ({ $kilobytes } KB). Debe tener como máximo 7 MB (7 000 000 bytes).
rule-photo-not-jpeg = La foto debe ser un archivo JPEG (.jpg o .jpeg).
rule-photo-not-rgb = La foto debe ser un JPEG en color RGB; no se aceptan archivos CMYK ni en escala de grises.
rule-photo-dimensions = La foto mide { $width } × { $height } píxeles. El ancho y el alto deben estar cada uno entre 480 y 6000 píxeles.

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = Personal de una organización (empleador, organización de apoyo, escuela…)
user-kind-lawyer-or-scrivener = Abogado o gestor administrativo (gyoseishoshi)
user-kind-foreign-national = Persona extranjera (el solicitante)
user-kind-legal-representative = Familiar o representante legal
rule-user-kind-invalid = Elija un tipo de usuario.
rule-latin-name-char = No se puede usar el carácter { $position } «{ $char }». Use solo las letras A–Z y espacios.
rule-latin-name-char-suggest = No se puede usar el carácter { $position } «{ $char }». Escriba «{ $suggestion }» en su lugar (solo A–Z y espacios).
rule-latin-name-too-long = El nombre puede tener como máximo 104 caracteres, incluidos los espacios; usted escribió { $length }.
rule-phone-hyphen = Escriba el número de teléfono sin guiones: { $suggestion }
rule-phone-digits = Escriba el número de teléfono solo con dígitos, sin guiones, espacios ni paréntesis; no se puede usar «{ $char }».
rule-phone-length = Un número de teléfono en Japón tiene 10 u 11 dígitos y empieza por 0; usted escribió { $length }.
rule-phone-leading-zero = Escriba el número como se marca dentro de Japón, empezando por 0 (por ejemplo 09012345678).
rule-password-char = No se puede usar «{ $char }» en una contraseña. Use solo A–Z, a–z, 0–9 y los símbolos $%&=@_#*+-?!
rule-password-length = La contraseña debe tener de 10 a 20 caracteres; usted escribió { $length }.
rule-password-classes =
    A la contraseña aún le falta al menos un carácter de { $count ->
        [one] este grupo
       *[other] cada uno de estos { $count } grupos
    }: { $missing }
rule-password-mismatch = Las dos contraseñas son diferentes.
password-class-upper = Letra mayúscula (A–Z)
password-class-lower = Letra minúscula (a–z)
password-class-digit = Dígito (0–9)
password-class-symbol = Símbolo ($%&=@_#*+-?!)
