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

## Finished forms (crates/rules forms)
rule-photo-encoding = No se pudo leer la foto. Elija de nuevo el archivo JPEG.
rule-photo-required = Añada una foto del rostro (solo no hace falta para menores de un año).
rule-must-accept = Marque esta casilla para continuar.
rule-date-format = Escriba la fecha como año-mes-día (por ejemplo 1998-04-01).
rule-choice-invalid = Elija una de las opciones.
rule-text-too-long = Se admiten como máximo { $max } caracteres; escribió { $length }.
rule-text-control = Este campo contiene un carácter de control (por ejemplo un salto de línea). Escríbalo de nuevo en una línea.
rule-passport-number-char = El número de pasaporte solo tiene letras A–Z y cifras; no se puede usar “{ $char }”.
rule-passport-number-length = El número de pasaporte tiene como máximo 9 caracteres; escribió { $length }.
rule-nationality-code = Escriba el código de nacionalidad de tres letras impreso en el pasaporte (por ejemplo VNM).
rule-period-of-stay-ended = El período de estancia terminó el { $date }. Compruebe la fecha en la tarjeta de residencia.

## API answers (crates/server)
api-error-validation = Hay datos que corregir. Revise los campos marcados.
api-error-invalid-body = No se pudo leer la solicitud. Recargue la página e inténtelo de nuevo.
api-error-not-found = No encontrado.
api-error-unauthorized = No ha iniciado sesión, o la sesión se cerró tras 3 horas sin actividad. Inicie sesión de nuevo.
api-error-forbidden = Se rechazó esta solicitud. Recargue la página e inténtelo de nuevo.
api-error-link-invalid = Este enlace ha caducado o ya se usó. Empiece de nuevo desde el principio.
api-error-rate-limited = Demasiados intentos. Espere un rato e inténtelo de nuevo.
api-error-internal = Se produjo un error en el servidor. Inténtelo más tarde.
api-error-too-large = Los datos son demasiado grandes. Use un archivo de foto más pequeño.
api-error-idempotency-key-reused = Este envío no coincide con uno anterior. Recargue la página y envíe de nuevo.
account-mail-sent = Si los datos son correctos, le hemos enviado un correo. Revise su bandeja de entrada (y la carpeta de spam).
account-login-failed = El ID de usuario o la contraseña no son correctos. Tras 5 intentos fallidos seguidos, la cuenta se bloquea durante 24 horas.
account-locked = La cuenta está bloqueada durante 24 horas tras 5 intentos fallidos seguidos. Para desbloquearla ya, restablezca su contraseña (“¿Olvidó su contraseña?”).
account-current-password-wrong = La contraseña actual no es correcta.
account-email-in-use = No se puede usar esta dirección de correo. Elija otra.
account-registered = Se emitió su ID de usuario y se le envió por correo.
account-logged-out = Ha cerrado la sesión.
coe-already-registered = La recepción de este certificado ya está registrada.

## Mail (crates/server)
mail-register-link-subject = [madoguchi] Continúe su registro de usuario
mail-register-link-body =
    Gracias por iniciar el registro de usuario.
    Abra este enlace para continuar (válido hasta { $expires }):
    { $link }
    Pasado ese plazo, empiece de nuevo escribiendo su dirección de correo.
    Si no lo solicitó, elimine este correo.
mail-register-exists-subject = [madoguchi] Registro de usuario
mail-register-exists-body =
    Alguien pidió registrar esta dirección de correo, pero ya la usa una cuenta.
    Si olvidó su ID de usuario, use “¿Olvidó su ID de usuario?” en la página de inicio de sesión.
    Si no lo solicitó, elimine este correo.
mail-user-id-issued-subject = [madoguchi] Su ID de usuario
mail-user-id-issued-body =
    { $name }
    Su registro de usuario está completo.
    ID de usuario: { $user_id }
    Inicie sesión con este ID de usuario y la contraseña que eligió.
mail-forgot-user-id-subject = [madoguchi] Su ID de usuario
mail-forgot-user-id-body =
    { $name }
    Su ID de usuario es: { $user_id }
mail-password-reset-subject = [madoguchi] Restablezca su contraseña
mail-password-reset-body =
    Abra este enlace para elegir una contraseña nueva (válido hasta { $expires }):
    { $link }
    Restablecer la contraseña también desbloquea una cuenta bloqueada.
    Si no lo solicitó, elimine este correo; su contraseña no cambia.
mail-password-changed-subject = [madoguchi] Se cambió su contraseña
mail-password-changed-body =
    { $name }
    Se cambió la contraseña de su cuenta.
    Si no fue usted, restablezca su contraseña ahora.
mail-email-change-link-subject = [madoguchi] Confirme su nueva dirección de correo
mail-email-change-link-body =
    Abra este enlace para terminar de cambiar su dirección de correo a esta (válido hasta { $expires }):
    { $link }
    Si no lo solicitó, elimine este correo.
mail-email-changed-subject = [madoguchi] Se cambió su dirección de correo
mail-email-changed-body =
    { $name }
    Se cambió la dirección de correo de su cuenta. Los correos irán ahora a la dirección nueva.
    Si no fue usted, contacte con la oficina.
mail-phone-changed-subject = [madoguchi] Se cambió su número de teléfono
mail-phone-changed-body =
    { $name }
    Se cambió el número de teléfono de su cuenta.
    Si no fue usted, contacte con la oficina.
mail-mynumber-link-subject = [madoguchi] Página de solicitud de la tarjeta My Number
mail-mynumber-link-body =
    { $name }
    Continúe su solicitud (datos de la solicitud, foto del rostro) desde este enlace:
    { $link }
    El enlace es válido hasta { $expires } y se puede usar una vez. Después, registre de nuevo su dirección de correo.
    Si no lo solicitó, elimine este correo.
mail-mynumber-received-subject = [madoguchi] Recibimos su solicitud de la tarjeta My Number
mail-mynumber-received-body =
    { $name }
    Hemos recibido su solicitud.
    Número de recibo: { $receipt }
mail-coe-issued-subject = [madoguchi] Se emitió su Certificado de Elegibilidad
mail-coe-issued-body =
    { $name }
    Se emitió su Certificado de Elegibilidad (número { $number }).
    Inicie sesión, descárguelo y registre su recepción:
    { $link }
mail-coe-reminder-subject = [madoguchi] Registre la recepción de su Certificado de Elegibilidad
mail-coe-reminder-body =
    { $name }
    La recepción de su Certificado de Elegibilidad (número { $number }) aún no está registrada.
    Inicie sesión y regístrela:
    { $link }
    Este recordatorio se envía cada 7 días hasta { $until }.
account-password-reset = Su nueva contraseña está establecida y la cuenta está desbloqueada. Inicie sesión con ella.
account-password-changed = Se cambió su contraseña.
account-email-change-sent = Enviamos un enlace a la nueva dirección. Ábralo para terminar el cambio.
account-email-changed = Se cambió su dirección de correo.
coe-pdf-invalid = Adjunte el certificado como archivo PDF de 10 MB como máximo.
coe-user-unknown = Ninguna cuenta tiene este ID de usuario.
coe-number-exists = Ya se emitió un certificado con este número.
