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
rule-challenge-required = Escriba los caracteres que aparecen en la imagen.
rule-challenge-too-long = La imagen muestra solo cinco caracteres. Escriba solo esos.
rule-passkey-label-too-long = El nombre puede tener hasta { $max } caracteres (este tiene { $count }).
rule-passkey-label-control = El nombre contiene un carácter que no se puede usar.
rule-passkey-answer = La respuesta del navegador no es válida. Inténtelo de nuevo.
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
api-error-challenge-wrong = Los caracteres no coinciden con la imagen o esta ha caducado. Aquí tiene una imagen nueva: escriba sus caracteres y confirme otra vez. Lo demás que escribió se conserva.
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
mail-japan-time = hora de Japón
mail-phone-changed-body =
    { $name }
    Se cambió el número de teléfono de su cuenta.
    Si no fue usted, contacte con la oficina.
mail-passkey-added-subject = [madoguchi] Se añadió una llave de acceso a su cuenta
mail-passkey-added-body =
    { $name }
    Se añadió una llave de acceso a su cuenta. Ya puede usarse para iniciar sesión.
    Si no fue usted, cambie su contraseña, elimine la llave de acceso en Mi página y contacte con la oficina.
mail-passkey-removed-subject = [madoguchi] Se eliminó una llave de acceso de su cuenta
mail-passkey-removed-body =
    { $name }
    Se eliminó una llave de acceso de su cuenta. Ya no sirve para iniciar sesión.
    Si no fue usted, cambie su contraseña y contacte con la oficina.
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

## Validation rules (crates/rules)
rule-required = Este campo es obligatorio.
rule-card-number-length = El número de la tarjeta tiene 12 caracteres; usted escribió { $length }.
rule-card-number-format = El número de la tarjeta no es correcto. Son dos letras, ocho dígitos y dos letras, tal como aparece arriba a la derecha de la tarjeta (por ejemplo AB12345678CD).

## Card reader flow (seed 003)
chip-intro = Lea el chip IC de una Tarjeta de Residencia o de un Certificado de Residente Permanente Especial con un lector de tarjetas USB y compruebe que es auténtico.
chip-privacy = La tarjeta se lee dentro de este navegador. Nada de lo leído del chip se envía a ninguna parte ni se guarda después de pulsar «Terminar».
chip-step-number = Paso 1: escriba el número de la tarjeta
chip-number-label = Número de la Tarjeta de Residencia (在留カード等番号)
chip-number-hint = 12 letras mayúsculas y dígitos de ancho medio, arriba a la derecha de la tarjeta (por ejemplo LD64185190AA).
chip-next = Siguiente
chip-step-reader = Paso 2: coloque la tarjeta sobre el lector
chip-reader-instructions = Conecte el lector de tarjetas a este ordenador, coloque la tarjeta sobre él y luego elija el lector.
chip-connect-reader = Elegir el lector de tarjetas y leer
chip-change-number = Cambiar el número de la tarjeta
chip-reading = Leyendo la tarjeta…
chip-do-not-move = No mueva la tarjeta hasta que termine la lectura.
chip-try-again = Leer de nuevo
chip-finish = Terminar
chip-verdict-genuine-residence = Se leyó una Tarjeta de Residencia que funciona correctamente.
chip-verdict-genuine-special = Se leyó un Certificado de Residente Permanente Especial que funciona correctamente.
chip-verdict-genuine-test-ca = La tarjeta está intacta, pero la emitió una autoridad de certificación de prueba y no la Agencia de Servicios de Inmigración (ISA): es una tarjeta de prueba.
chip-verdict-issuer-not-checked = Los datos están intactos, pero no se pudo comprobar el emisor: en este servidor no está instalado el certificado de la ISA.
chip-verdict-under16 = Se leyó la tarjeta de una persona menor de 16 años: estas tarjetas no llevan firma electrónica, así que no se pudo verificar.
chip-verdict-abnormal = Se leyó una tarjeta con anomalías.
chip-tamper-heading = Comprobación de falsificación
chip-issuer-heading = Comprobación del emisor
chip-tamper-ok = Correcto: los datos del chip están tal como se firmaron.
chip-tamper-failed = Error: los datos del chip no coinciden con su firma.
chip-check-not-signed = No comprobado: las tarjetas de menores de 16 años no están firmadas.
chip-issuer-ok = Correcto: emitida por la Agencia de Servicios de Inmigración.
chip-issuer-test-ca = Correcto con una autoridad de certificación de prueba, no la ISA.
chip-issuer-not-checked = No comprobado: el certificado de la ISA no está instalado.
chip-issuer-failed = Error: la tarjeta no la emitió ninguna autoridad conocida.
chip-note-signer-expired = El certificado de firma de la tarjeta caducó el { $date }, después de firmarse la tarjeta. Esto es normal y no afecta a la tarjeta.
chip-note-ca-expired = El certificado de la autoridad emisora caducó el { $date }, después de firmarse la tarjeta. Esto es normal y no afecta a la tarjeta.
chip-note-not-yet-valid = El certificado de firma solo es válido a partir del { $date }. Compruebe el reloj de este ordenador.
chip-abnormal-advice = Es posible que la tarjeta esté dañada o sea falsa. Pida consejo en:
chip-consult-link = Oficinas regionales de la Agencia de Servicios de Inmigración (地方出入国在留管理官署)
chip-card-expiry = Tarjeta válida hasta
chip-address = Domicilio (住居地)
chip-permission = Permiso para realizar actividades distintas de las permitidas (資格外活動許可)
chip-renewal = Solicitud de prórroga del período de estancia (在留期間更新等許可申請欄)
chip-renewal-applied = Solicitada
chip-renewal-none = Ninguna
chip-reader-used = Lector de tarjetas
chip-front-image = Anverso de la tarjeta (del chip)
chip-printed-heading = Datos impresos en la tarjeta (leídos de la imagen del anverso guardada en el chip)
chip-printed-verified = Verificados por la firma de la tarjeta: son los datos que emitió la Agencia de Servicios de Inmigración.
chip-printed-verified-test-ca = Sin alterar según la firma de la tarjeta, pero la firma es de una autoridad de certificación de prueba, no de la Agencia de Servicios de Inmigración (tarjeta de prueba).
chip-printed-issuer-not-checked = Sin alterar según la firma de la tarjeta, pero no se pudo comprobar quién hizo la firma.
chip-printed-not-signed = El chip de esta tarjeta no lleva firma (tarjeta de un menor de 16 años): los datos se leen del chip, pero no están verificados.
chip-printed-not-verified = Sin verificar: la firma del chip no coincide, así que estos datos pueden haber sido alterados.
chip-printed-reading = Leyendo los datos impresos de la imagen del anverso…
chip-printed-unsure = (dudoso, compárelo con la tarjeta)
chip-printed-cancelled = Se detuvo la lectura de los datos impresos.
chip-face-image = Foto (del chip)
chip-zoom = Ampliar
chip-check-validity = Comprobar la validez del número de la tarjeta
chip-reader-unsupported = Este navegador no puede usar lectores de tarjetas USB.
chip-reader-unsupported-advice = Use Google Chrome o Microsoft Edge en un ordenador y abra este sitio con su dirección https.
chip-reader-none-chosen = No se eligió ningún lector de tarjetas.
chip-reader-none-chosen-advice = Conecte el lector, pulse de nuevo el botón y elíjalo en la lista. Si no aparece, consulte la lista de lectores compatibles.
chip-reader-protected = El lector «{ $product }» no se puede usar desde una página web.
chip-reader-protected-advice = Chrome no permite que las páginas web usen lectores que se identifican como lectores de tarjetas inteligentes estándar. Use un lector con una interfaz propia del fabricante (por ejemplo SCM SCL011, OMNIKEY 5321 o un Sony PaSoRi), o pida a su departamento de informática que instale madoguchi como Isolated Web App, donde sí funcionan los lectores estándar.
chip-reader-not-ccid = «{ $product }» no es un lector de tarjetas que madoguchi pueda usar.
chip-reader-not-ccid-advice = Elija un lector de tarjetas inteligentes sin contacto de la lista de lectores compatibles.
chip-reader-busy = El lector «{ $product }» lo está usando otro programa u otra pestaña.
chip-reader-busy-advice = Cierre los otros programas o pestañas que usan el lector (o desconéctelo y vuelva a conectarlo) e inténtelo de nuevo.
chip-error-internal = Se produjo un error. Volviendo al inicio.
chip-error-internal-advice = Recargue esta página. Si vuelve a aparecer el mismo error, reinicie el navegador.
chip-error-number-mismatch = El número de la Tarjeta de Residencia no es correcto.
chip-error-number-mismatch-advice = Escriba el número correcto impreso arriba a la derecha de esta tarjeta.
chip-error-not-residence-card = Se produjo un error al leer la tarjeta. Puede que haya colocado en el lector una tarjeta que no es una Tarjeta de Residencia.
chip-error-not-residence-card-advice = Compruebe que la tarjeta es una Tarjeta de Residencia o un Certificado de Residente Permanente Especial y colóquela sobre el lector.
chip-error-card-not-read = No se pudo leer la tarjeta. Compruebe que es una Tarjeta de Residencia o un Certificado de Residente Permanente Especial y vuelva a colocarla sobre el lector.
chip-error-card-not-read-advice = Deje la tarjeta plana sobre el lector sin moverla y mantenga los objetos metálicos a 10–20 cm. Si sigue ocurriendo, póngase en contacto con la oficina de inmigración más cercana.
chip-error-while-reading = Se produjo un error al leer la tarjeta.
chip-error-while-reading-advice = Vuelva a colocar la tarjeta sobre el lector. Si el mismo error aparece tras varios intentos, póngase en contacto con la oficina de inmigración más cercana.
chip-error-chip-broken = Es posible que el chip IC de esta tarjeta esté averiado.
chip-error-chip-broken-advice = Solicite una nueva tarjeta en la oficina regional de inmigración más cercana.

## Photo check
photo-profile-mynumber = Solicitud en línea de la tarjeta My Number
photo-profile-immigration = Solicitud de residencia ante Inmigración
photo-confirm-recent = La foto se tomó en los últimos 6 meses.
photo-confirm-recent-immigration = La foto se tomó en los últimos 3 meses.
photo-confirm-front-no-hat = Aparezco de frente, sin sombrero, sobre un fondo liso.
photo-confirm-other-rules = Cumple las demás normas sobre fotos del sitio de solicitud.
photo-confirm-no-retouching = La foto no está retocada ni editada (solo recortada o reducida).
photo-format-ok = El archivo es una imagen { $format }.
photo-format-wrong = En realidad el archivo es una imagen { $format }, diga lo que diga su nombre. Esta solicitud necesita { $expected }. La corrección automática puede guardarlo como JPEG.
photo-format-unknown = Este archivo no es una foto que podamos leer. Elija una foto JPEG.
photo-profile-unknown = Este tipo de comprobación de foto no está disponible. Recargue la página y elija de nuevo.
photo-decode-unsupported = Este tipo de imagen no se puede abrir aquí. Guarde la foto como JPEG y elíjala de nuevo.
photo-decode-failed = El archivo de la foto está dañado o incompleto. Tome o exporte la foto de nuevo.
photo-colour-ok = Los colores están guardados como { $colour }, que se acepta.
photo-colour-cmyk = La foto está guardada en color { $colour } (un formato de imprenta). El sitio necesita color RGB. La corrección automática la convierte.
photo-colour-grey = La foto es en blanco y negro ({ $colour }). Se admiten fotos en blanco y negro, pero la carga pide RGB, así que la corrección automática la guarda como RGB.
photo-colour-other = El formato de color de la foto ({ $colour }) no se puede usar. Guárdela de nuevo como un JPEG en color normal.
photo-icc-none = No hay ningún perfil de color incrustado; los colores se leen como sRGB estándar.
photo-icc-ok = El perfil de color incrustado ({ $space }) es correcto.
photo-icc-mismatch = El perfil de color incrustado es para { $space }, no para RGB. La corrección automática guarda la foto en RGB estándar.
photo-coding-ok = El JPEG está guardado de la forma estándar (baseline).
photo-coding-progressive = El JPEG está guardado como «progresivo»; algunos sitios de carga lo rechazan. La corrección automática guarda un JPEG estándar (baseline).
photo-orientation-ok = La foto está guardada en posición vertical correcta.
photo-orientation-turned = La cámara guardó esta foto girada { $degrees }° y la marcó para volver a girarla; algunos sitios la muestran de lado. La corrección automática la endereza.
photo-orientation-mirrored = La cámara guardó esta foto en espejo (girada { $degrees }°); algunos sitios la muestran mal. La corrección automática la pone en la orientación correcta.
photo-size-ok = El tamaño del archivo ({ $kilobytes } KB) está dentro de los límites.
photo-size-small = El archivo es demasiado pequeño ({ $kilobytes } KB). Debe tener al menos { $min } KB: use la foto original, no una miniatura.
photo-size-large = El archivo es demasiado grande ({ $kilobytes } KB). Debe tener como máximo { $max } KB. La corrección automática lo reduce.
photo-dimensions-ok = La foto mide { $width } × { $height } píxeles, dentro de los límites.
photo-dimensions-small = La foto mide solo { $width } × { $height } píxeles. El ancho y el alto deben tener cada uno al menos { $min } píxeles: use la foto original de la cámara.
photo-dimensions-large = La foto mide { $width } × { $height } píxeles. El ancho y el alto deben tener cada uno como máximo { $max } píxeles. La corrección automática la reduce.
photo-aspect-ok = La proporción ({ $width } × { $height }) corresponde a una foto { $expected }.
photo-aspect-off = La foto mide { $width } × { $height } píxeles y no tiene la proporción de una foto { $expected } (ancho:alto). La corrección automática la recorta alrededor de su cabeza.
photo-face-skipped = No se comprobó la cara (el detector de caras no está cargado).
photo-face-one = Se encontró una cara.
photo-face-none = No se encontró ninguna cara. Mire directamente a la cámara, con toda la cara visible y bien iluminada.
photo-face-many = Se encontraron { $count } caras. En la foto solo puede aparecer usted.
photo-face-inside = Toda su cara está dentro de la foto.
photo-face-cut = Su cara toca el borde de la foto. Retírese un poco para que la cabeza y los hombros quepan en el encuadre.
photo-top-ok = Hay espacio por encima de su cabeza ({ $percent } % de la altura).
photo-top-tight = No hay espacio por encima de su cabeza ({ $percent } % de la altura; se necesita al menos un { $min } %). Retírese o baje la cámara para que no se corte la parte superior de la cabeza.
photo-head-ok = Su cabeza ocupa el { $percent } % de la altura (la norma es { $min }–{ $max } %).
photo-head-small = Su cabeza ocupa solo el { $percent } % de la altura; debe ser { $min }–{ $max } %. Acérquese o deje que la corrección automática recorte la foto.
photo-head-large = Retírese un poco: su cabeza ocupa el { $percent } % de la altura; debe ser { $min }–{ $max } %. Esto no se puede corregir recortando.
photo-eyes-ok = Sus ojos están al { $percent } % de la altura desde arriba (la norma es { $min }–{ $max } %).
photo-eyes-high = Sus ojos están demasiado arriba ({ $percent } % desde arriba; la norma es { $min }–{ $max } %). Deje más espacio por encima de la cabeza.
photo-eyes-low = Sus ojos están demasiado abajo ({ $percent } % desde arriba; la norma es { $min }–{ $max } %). Deje menos espacio por encima de la cabeza o deje que la corrección automática recorte la foto.
photo-centre-ok = Su cara está centrada.
photo-centre-left = Su cara está un { $percent } % a la izquierda del centro (se permite como máximo un { $max } %). Colóquese en el centro del encuadre o deje que la corrección automática recorte la foto.
photo-centre-right = Su cara está un { $percent } % a la derecha del centro (se permite como máximo un { $max } %). Colóquese en el centro del encuadre o deje que la corrección automática recorte la foto.
photo-roll-ok = Su cabeza está recta.
photo-roll-tilted = Su cabeza está inclinada unos { $degrees }° (se permite como máximo { $max }°). Ponga la cabeza recta y tome la foto de nuevo.
photo-roll-unknown = No se pudo medir la inclinación de su cabeza.
photo-brightness-ok = La cara está bien iluminada ({ $percent } % de brillo).
photo-brightness-dark = La cara está demasiado oscura ({ $percent } % de brillo; se necesita { $min }–{ $max } %). Tome la foto mirando hacia una ventana o una luz intensa.
photo-brightness-bright = La cara está demasiado clara ({ $percent } % de brillo; se necesita { $min }–{ $max } %). Evite el flash directo y la luz del sol.
photo-clipping-ok = Ninguna parte de la cara está quemada ni completamente negra.
photo-clipping-high = El { $percent } % de la cara es blanco puro o negro puro. Use una luz suave y uniforme, sin flash.
photo-sharpness-ok = La cara está nítida.
photo-sharpness-blurred = La cara está borrosa. Sujete la cámara sin moverla, deje que enfoque su cara y tome la foto de nuevo.
photo-noise-ok = La foto está limpia (poco grano).
photo-noise-high = La foto tiene mucho grano, normalmente por falta de luz. Tómela de nuevo con más luz.
photo-background-ok = El fondo es uniforme.
photo-background-uneven = El fondo no es de un solo color uniforme (sombras u objetos). Colóquese delante de una pared lisa sin sombras detrás de usted.
photo-background-plain = No hay objetos ni dibujos en el fondo.
photo-background-objects = El fondo tiene bordes o dibujos (un { $percent } % del fondo): objetos, muebles o un estampado. Colóquese delante de una pared lisa.
photo-fix-rotated = Enderezada.
photo-fix-converted = Convertida a JPEG en color RGB.
photo-fix-cropped = Recortada a la proporción de la foto, con la cabeza colocada según las normas.
photo-fix-resized = Reducida para cumplir los límites de píxeles y de tamaño de archivo.
photo-fix-encoded = Guardada como JPEG estándar con la mayor calidad que cabe en los límites.
photo-fix-from-document = Tomada de la foto del rostro impresa en su documento.
photo-fix-enlarged = Ampliada al tamaño mínimo que acepta el formulario.
photo-fix-no-face = La corrección automática necesita exactamente una cara, y no se encontró ninguna.
photo-fix-many-faces = La corrección automática necesita exactamente una cara, y se encontraron varias.
photo-fix-too-close = Su cara está demasiado cerca de la cámara o de un borde para poder recortar. Retírese y tome la foto de nuevo dejando espacio alrededor de la cabeza.
photo-fix-too-small = Después de recortar, la foto tendría muy pocos píxeles. Use la foto original de la cámara o acérquese más.
photo-fix-bytes = La foto no se puede guardar dentro de los límites de tamaño de archivo. Use la foto original de la cámara.
photo-contrast-ok = Su pelo y su ropa se distinguen bien del fondo.
photo-contrast-low = El fondo tiene casi el mismo tono que su pelo o su ropa, así que el contorno de la cabeza no se ve claro. Use un fondo de otro color (por ejemplo una pared clara si tiene el pelo oscuro).
photo-glasses-ok = Sus ojos se ven.
photo-glasses-dark = Parece que sus ojos están tapados (gafas oscuras o sombra intensa). Quítese las gafas de sol o con cristales tintados e ilumine su cara de frente.

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = Lectores que usó antes en este ordenador
chip-read-with = Leer con { $product }
chip-readers-system = Lectores de tarjetas de este ordenador
chip-readers-system-none = El ordenador no detecta ningún lector de tarjetas. Conecte uno y recargue esta página.
chip-readers-help-link = ¿Qué lectores de tarjetas funcionan? Ayuda sobre lectores
chip-waiting-card = Coloque la tarjeta sobre el lector
chip-waiting-card-hint = El lector está listo. La lectura empieza sola en cuanto la tarjeta está sobre él; no mueva la tarjeta hasta el final.
chip-cancel = Cancelar
chip-reader-unavailable = El lector «{ $product }» no está disponible.
chip-reader-unavailable-advice = Puede que se haya desconectado o que el servicio de tarjetas inteligentes del ordenador no esté en marcha. Conecte de nuevo el lector y vuelva a elegirlo.

## Help: card readers
help-readers-title = Lectores de tarjetas: cuáles funcionan y cómo configurarlos
help-readers-intro = madoguchi lee el chip de la Tarjeta de Residencia con un lector de tarjetas inteligentes sin contacto (NFC) conectado por USB, en Chrome o Edge en un ordenador. Los teléfonos y las tabletas no pueden usar lectores de tarjetas USB desde una página web.
help-readers-works-heading = Lectores que funcionan desde esta página web
help-readers-works-body = Lectores cuya interfaz USB es propia del fabricante: SCM / Identiv SCL011, SCL3711 y SDI011; HID OMNIKEY 5321 CLi y 5021 CL; Reiner SCT cyberJack RFID; Sony PaSoRi RC-S300 y RC-S380. Conecte el lector, pulse «Elegir el lector de tarjetas y leer» y selecciónelo en la lista del navegador; la próxima vez aparecerá en «Lectores que usó antes».
help-readers-works-tested = madoguchi sigue el protocolo publicado por cada fabricante y se prueba con lectores simulados de estos tipos. Si su lector no está en la lista o no funciona, comunique su modelo exacto a la oficina o al proyecto madoguchi.
help-readers-protected-heading = Lectores que no se pueden usar desde una página web
help-readers-protected-body = Chrome no permite que las páginas web usen lectores que se presentan como lectores de tarjetas inteligentes estándar (clase USB 0B), como el ACS ACR1252U o la mayoría de los lectores que se venden para la tarjeta My Number. madoguchi se lo indica cuando elige uno. Estos lectores sí funcionan cuando madoguchi está instalado como Isolated Web App (vea más abajo) y con la aplicación lectora oficial de la Agencia de Servicios de Inmigración.
help-readers-windows-heading = Windows: el controlador WinUSB
help-readers-windows-body = En Windows, una página web solo puede usar un dispositivo USB cuyo controlador sea WinUSB. Un lector instalado con el controlador de su fabricante (por ejemplo Sony NFC Port Software para el RC-S380) necesita WinUSB en la interfaz que usa madoguchi: con la herramienta gratuita Zadig, elija el lector, seleccione WinUSB y pulse «Replace Driver». Los programas que usan el controlador del fabricante dejarán de funcionar con ese lector hasta que se vuelva a instalar dicho controlador.
help-readers-linux-body = macOS y ChromeOS no necesitan configuración. En Linux, permita que su usuario abra el lector con una regla udev para el ID de fabricante y el ID de producto USB del lector, y detenga pcscd si está ocupando el lector.
help-readers-iwa-heading = Oficinas: instalar madoguchi como Isolated Web App
help-readers-iwa-body = Una oficina que quiera usar lectores estándar puede instalar madoguchi como Isolated Web App (IWA) en Chrome o ChromeOS gestionados, mediante la política empresarial IsolatedWebAppInstallForceList. Dentro de una IWA, Chrome permite que madoguchi use cualquier lector estándar (CCID) por WebUSB con el permiso «usb-unrestricted».
help-readers-iwa-smartcard = Donde Chrome ofrece la Web Smart Card API (Isolated Web Apps en ChromeOS), madoguchi también muestra por su nombre los lectores del propio ordenador en «Lectores de tarjetas de este ordenador»; en ese caso son los controladores del ordenador los que se comunican con el lector, así que no hace falta cambiar ningún controlador.
help-readers-back = Volver al lector de tarjetas

## Worker (photo checks and document reading off the page's thread)
worker-failed = La comprobación se detuvo de forma inesperada. Inténtelo de nuevo; si vuelve a ocurrir, recargue la página.
worker-model-download-failed = No se pudo descargar un archivo necesario para la comprobación. Compruebe la conexión e inténtelo de nuevo.
worker-model-damaged = Un archivo descargado que se necesita para la comprobación está dañado. Recargue la página para descargarlo de nuevo.

## Photo step (application flows) and the photo-check page
photo-page-title = Comprobar una foto de identificación
photo-page-intro = Elija la solicitud y una foto. madoguchi la comprueba según las normas de esa solicitud, le explica qué cambiar y corrige lo que se puede corregir (giro, color, recorte, tamaño).
photo-profile-legend = Foto para
photo-step-choose = Elija una foto
photo-step-choose-hint = Una foto JPEG o PNG de este dispositivo. Se comprueba en este navegador y no se envía a ninguna parte.
photo-step-file = Elegir un archivo de foto
photo-step-take = Tomar una foto con la cámara
photo-step-checking = Comprobando la foto…
photo-step-fixing = Corrigiendo la foto…
photo-step-downloading = Descargando el detector de caras (solo la primera vez): { $percent } %
photo-step-cancel = Cancelar
photo-file-too-large = Este archivo ocupa más de 50 MB y no se puede comprobar. Elija la foto tal como la guardó la cámara, o una copia más pequeña.
photo-summary-pass = La foto cumple todas las normas que se pueden comprobar aquí.
photo-summary-warn = Es posible que rechacen la foto: mire los puntos marcados con «Revisar».
photo-summary-fail = La foto no cumple las normas. Vea abajo qué debe cambiar.
photo-verdict-pass = Correcto
photo-verdict-warn = Revisar
photo-verdict-fail = Problema
photo-verdict-skip = No comprobado
photo-measured = Medido: { $measured } (norma: { $limit })
photo-overlay-alt = Su foto, con la cara encontrada y la guía de dónde deben estar los ojos y el centro
photo-fix-button = Corregir la foto automáticamente
photo-fix-heading = Foto corregida
photo-fix-before = Antes
photo-fix-after = Después
photo-fix-done = Qué se hizo:
photo-fix-use = Usar la foto corregida
photo-fix-keep = Mantener la original
photo-fix-in-use = Está usando la foto corregida.
photo-confirm-heading = Confirme, por favor
photo-accept = Usar esta foto
photo-accept-blocked = Para continuar, la foto no debe tener ningún «Problema» y todas las casillas de arriba deben estar marcadas.
photo-saved-heading = Su foto está lista
photo-save-link = Guardar la foto (JPEG)
photo-saved-hint = Suba este archivo en el sitio de solicitud. Se creó en este navegador; madoguchi no lo envió a ninguna parte.
photo-privacy = Su foto se queda en este dispositivo: se comprueba y se corrige dentro de este navegador.

## Document scan

document-scan-title = Leer una tarjeta de residencia o un pasaporte
document-scan-intro = Tome o elija una foto del documento: sus datos se leen en este navegador y puede revisarlos y corregirlos. Ni la foto ni los datos se envían a ninguna parte.
document-scan-kind-legend = ¿Qué documento?
document-scan-kind-residence-card = Tarjeta de residencia o Certificado de Residente Permanente Especial (anverso)
document-scan-kind-passport = Pasaporte (la página con su foto)
document-scan-choose = Foto del documento
document-scan-choose-hint = Una foto JPEG o PNG (también HEIC si este navegador puede abrirla), o la cámara.
document-scan-file = Elegir un archivo de foto
document-scan-camera-start = Usar la cámara
document-scan-camera-stop = Cerrar la cámara
document-scan-camera-capture = Tomar la foto
document-scan-camera-guide = Coloque el documento plano dentro del marco, lo más grande posible y sin reflejos.
document-scan-camera-unavailable = No se pudo iniciar la cámara. Permita el acceso a la cámara o elija un archivo de foto.
document-scan-camera-auto = Cuando el documento esté quieto y nítido, la foto se toma sola.
document-scan-camera-hold-still = Mantenga quietos el documento y la cámara.
document-scan-camera-blurred = La imagen está borrosa: acerque el documento o deje que la cámara enfoque.
document-scan-reading = Leyendo el documento…
document-scan-downloading = Descargando el lector de texto (solo la primera vez): { $percent } %
document-scan-cancel = Cancelar
document-scan-unreadable = No se pudo leer el documento en esta foto. Tome la foto de nuevo.
document-scan-visa-page = Esta es una página de visado. Fotografíe la página del pasaporte con su foto, no la del visado.
document-scan-passport-not-card = Parece un pasaporte. Elija "Pasaporte" arriba o fotografíe el anverso de la tarjeta de residencia.
document-scan-number-unreadable = No se pudo leer el número de tarjeta en esta foto. Tome la foto de nuevo o escriba el número.
document-scan-failed = La lectura se detuvo inesperadamente. Inténtelo de nuevo; si vuelve a ocurrir, recargue la página.
document-scan-advice-heading = Cómo tomar la foto
document-scan-advice-flat = Coloque el documento plano y fotografíelo justo desde arriba.
document-scan-advice-large = Haga que el documento salga lo más grande posible en la foto.
document-scan-advice-glare = Evite que la luz se refleje y deje las letras en blanco.
document-scan-advice-sharp = Compruebe que las letras y los números de la foto se leen con claridad.
document-scan-advice-passport-page = Del pasaporte, fotografíe la página con su foto, no la página JAPAN VISA.
document-scan-review-heading = Revise lo leído
document-scan-review-hint = Corrija cualquier dato incorrecto o vacío. Junto a cada dato se muestra la parte de la foto de la que se leyó.
document-scan-review-count = Datos por revisar: { $count }. Están marcados con "Revise".
document-scan-review-none = Todos los datos se leyeron con claridad. Aun así, compárelos con el documento.
document-scan-check-mark = Revise:
document-scan-needs-review = este dato era difícil de leer.
document-scan-not-found = este dato no se encontró en la foto. Escríbalo.
document-scan-check-valid = Dígito de control: coincide.
document-scan-check-repaired = Dígito de control: coincide tras corregir caracteres parecidos.
document-scan-check-invalid = Dígito de control: no coincide. Este dato probablemente es incorrecto.
document-scan-crop-alt = Parte de la foto donde se leyó "{ $field }"
document-scan-glare-warning = Hay reflejos sobre el documento en esta foto. Si algún dato es incorrecto, tome la foto de nuevo sin reflejos.
document-scan-small-warning = El documento sale pequeño en esta foto, por lo que las letras pequeñas pueden leerse mal. Si algún dato es incorrecto, tome la foto de nuevo más cerca, con el documento ocupando todo el encuadre.
document-scan-many-to-check = Varios datos fueron difíciles de leer. Otra foto puede leerlos mejor:
document-scan-mrz-heading = Zona de lectura mecánica (las líneas al pie de la página)
document-scan-mrz-pass = Todos los dígitos de control coinciden.
document-scan-mrz-fail = Algunos dígitos de control no coinciden: revise los datos marcados arriba.
document-scan-confirm = Estos datos son correctos
document-scan-again = Leer otra foto
document-scan-confirmed = Datos confirmados. No se envió nada: esta página solo lee documentos.
document-scan-privacy = La foto se lee en este navegador. No se sube nada.
document-field-surname = Apellidos
document-field-given-names = Nombres
document-field-passport-number = Número de pasaporte
document-field-nationality = Nacionalidad
document-field-birth-date = Fecha de nacimiento
document-field-sex = Sexo
document-field-expiry-date = Fecha de caducidad
document-field-issuing-state = País emisor
document-field-card-number = Número de tarjeta
document-field-name = Nombre
document-field-address = Domicilio
document-field-prefecture = Prefectura
document-field-status = Estatus de residencia
document-field-work-restriction = Restricción laboral
document-field-period-of-stay = Período de estancia
document-field-stay-expiry-date = Fin del período de estancia
document-field-card-valid-until = Tarjeta válida hasta
chip-number-camera = Leer el número de una foto de la tarjeta
chip-number-camera-reading = Leyendo el número de tarjeta de la foto…
chip-number-camera-read = Se leyó el número de la foto. Compárelo con la tarjeta antes de continuar.

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = Pasos de la solicitud
mynumber-step-1 = Condiciones
mynumber-step-2 = Correo electrónico
mynumber-step-3 = Correo enviado
mynumber-step-4 = Datos de la solicitud
mynumber-step-5 = Foto del rostro
mynumber-step-6 = Revisión
mynumber-step-7 = Listo
mynumber-title = Solicitud en línea de la tarjeta My Number (マイナンバーカード)
mynumber-terms-heading = Antes de empezar
mynumber-terms-residents = La solicitud en línea es solo para personas que viven en Japón.
mynumber-terms-representative = Para una persona menor de 15 años o un adulto bajo tutela, presenta la solicitud su representante legal.
mynumber-terms-operator = La tarjeta la emite J-LIS (Agencia de Sistemas de Información de las Autoridades Locales de Japón) según sus condiciones de uso y su tratamiento de los datos personales; léalos en el sitio oficial de solicitud antes de aceptar.
mynumber-terms-madoguchi = madoguchi comprueba sus datos y su foto en este navegador, y envía el formulario terminado solo cuando usted pulsa «Registrar».
mynumber-consent-age = Tengo 15 años o más, o soy el representante legal de una persona menor de 15 años o de un adulto bajo tutela.
mynumber-consent-terms = Acepto las condiciones de uso de la solicitud en línea de la tarjeta My Number y el tratamiento de los datos personales, y presento la solicitud.
mynumber-confirm = Siguiente
mynumber-back = Atrás
mynumber-register = Registrar
mynumber-loading = Cargando…
mynumber-email-heading = Registre su correo electrónico
mynumber-email-intro = A esta dirección se envía un enlace para continuar la solicitud.
mynumber-qr-legend = ID de solicitud desde el código QR
mynumber-qr-hint = Tome una foto del código QR de su carta de notificación o de su formulario de solicitud: el ID de solicitud se rellena solo. No se sube nada.
mynumber-qr-button = Leer el código QR de una foto
mynumber-qr-reading = Leyendo el código QR…
mynumber-qr-filled = El ID de solicitud se rellenó a partir del código QR. Compruébelo abajo.
mynumber-qr-not-found = No se encontró ningún ID de solicitud en esta foto. Tome la foto de nuevo con el código QR grande, plano y nítido, o escriba el ID.
mynumber-application-id = ID de solicitud (申請書ID)
mynumber-application-id-hint = 23 dígitos, impresos en el formulario de solicitud (por ejemplo 1234 5678 9012 3456 7890 123). Se permiten espacios.
mynumber-application-id-again = ID de solicitud otra vez (para comprobar)
mynumber-application-id-show = Mostrar los dígitos
mynumber-mail-name = Nombre para los correos (メール連絡用氏名)
mynumber-mail-name-hint = Hasta 50 caracteres, usando solo kanji JIS de nivel 1 y 2 (sin variantes raras), por ejemplo 番号 太郎. Sirve para saber de qué solicitud trata cada correo.
mynumber-email = Correo electrónico
mynumber-email-hint = Hasta 100 caracteres de ancho medio. Permita en su filtro de spam los correos del centro de solicitudes.
mynumber-email-again = Correo electrónico otra vez (para comprobar)
mynumber-challenge-legend = Comprobación con imagen
mynumber-challenge-hint = Sirve para comprobar que se registra una persona y no un programa. Escriba las cinco letras y cifras de la imagen; da igual mayúsculas o minúsculas.
mynumber-challenge-loading = Obteniendo una imagen…
mynumber-challenge-failed = No se pudo cargar la imagen. Compruebe su conexión y pulse «Mostrar otra imagen».
mynumber-challenge-image-alt = Imagen de cinco letras y cifras deformadas que se escriben abajo. Si no puede verla, pulse «Escuchar».
mynumber-challenge-another = Mostrar otra imagen
mynumber-challenge-listen = Escuchar
mynumber-challenge-listen-hint = Los mismos cinco caracteres, dichos uno a uno en inglés, con ruido.
mynumber-challenge-answer = Caracteres de la imagen
mynumber-challenge-answer-hint = Cinco letras y cifras, por ejemplo K7M4X.
mynumber-email-confirm-heading = Revise el registro de su correo electrónico
mynumber-email-confirm-intro = Compruebe que el ID de solicitud es exactamente el de su formulario: con un ID incorrecto no se puede emitir la tarjeta.
mynumber-sent-heading = Correo enviado
mynumber-sent-body = Se envió a { $email } un correo con un enlace para continuar su solicitud. Abra el enlace para pasar a los datos de la solicitud.
mynumber-sent-hint = Puede tardar unos minutos. Si no llega nada, revise la carpeta de spam y luego regístrese de nuevo desde el PASO 1 (STEP 1).
mynumber-sent-local-outbox = Abrir la bandeja de salida local (este equipo no tiene servidor de correo)
mynumber-addressee = { $name }
mynumber-link-expires = esta página funciona hasta el { $expires }
mynumber-application-heading = Datos de la solicitud
mynumber-course-legend = ¿Cuál es su solicitud?
mynumber-course-new = A. Nueva (新規): primera tarjeta, o tarjeta caducada, perdida o rota
mynumber-course-new-who = Nunca tuvo una tarjeta My Number, o su tarjeta ha caducado, o la perdió y no tiene ninguna tarjeta válida.
mynumber-course-renewal = B. Renovación (更新1・通常切替): solo la tarjeta My Number
mynumber-course-renewal-who = Su tarjeta sigue siendo válida y no está combinada con el permiso de conducir. También para una tarjeta cuyo espacio para cambios está lleno.
mynumber-course-licence = C. Renovación conservando el permiso de conducir (更新2・マイナ免許証引継ぎ): permiso de conducir Myna
mynumber-course-licence-who = Su tarjeta válida también es su permiso de conducir (o certificado de historial de conducción) y quiere que la nueva tarjeta también lo sea.
mynumber-licence-number = Número de registro de la licencia (免許情報記録番号, 12 dígitos)
mynumber-licence-number-hint = Copie el número que muestra la aplicación de lectura del permiso Myna (マイナ免許証読み取りアプリ); puede ser distinto del número impreso en un permiso de plástico.
mynumber-birth-date = Fecha de nacimiento
mynumber-birth-date-hint = En calendario occidental o en una era japonesa, por ejemplo Heisei 10-01-01 o 1998-01-01. Se compara con el ID de solicitud y determina la edad (sin foto para menores de un año).
mynumber-calendar = Calendario
mynumber-calendar-seireki = Calendario occidental
mynumber-calendar-reiwa = Reiwa
mynumber-calendar-heisei = Heisei
mynumber-calendar-showa = Showa
mynumber-calendar-taisho = Taisho
mynumber-calendar-meiji = Meiji
mynumber-year = Año
mynumber-month = Mes
mynumber-day = Día
mynumber-options-legend = Qué incluir en la tarjeta
mynumber-cert-signature = Emitir el certificado de firma electrónica (署名用電子証明書)
mynumber-cert-signature-hint = Necesario para firmar solicitudes en línea, como e-Tax. Desmárquelo solo si no lo quiere.
mynumber-cert-user = Emitir el certificado de identificación de usuario (利用者証明用電子証明書)
mynumber-cert-user-hint = Necesario para iniciar sesión con la tarjeta, por ejemplo para usarla como tarjeta del seguro de salud o en Mynaportal. Desmárquelo solo si no lo quiere.
mynumber-braille = Imprimir mi nombre en braille en la tarjeta
mynumber-declaration = Los datos anteriores son correctos.
mynumber-photo-heading = Foto del rostro
mynumber-photo-intro = Tomada en los últimos 6 meses, de frente, sin sombrero y sobre un fondo liso. madoguchi comprueba las normas oficiales y puede corregir lo demás.
mynumber-photo-not-needed = No es necesaria (menor de un año).
mynumber-photo-missing = La foto ya no está en esta página (nunca se guarda). Vuelva al paso de la foto y elíjala de nuevo.
mynumber-photo-alt = Su foto del rostro para la tarjeta
mynumber-confirm-heading = Revise su solicitud
mynumber-confirm-intro = Revise cada dato. Use los botones de abajo para corregir algo; no se pierde nada de lo que escribió.
mynumber-application-date = Fecha de solicitud
mynumber-yes = Sí
mynumber-no = No
mynumber-back-to-details = Cambiar los datos de la solicitud
mynumber-back-to-photo = Cambiar la foto
mynumber-start-again = Registrar de nuevo su correo electrónico
mynumber-done-heading = Solicitud registrada
mynumber-done-receipt = Número de recepción { $receipt } ({ $time }). Indíquelo en cualquier consulta.
mynumber-done-no-receipt = La solicitud quedó registrada.
mynumber-done-mail = Se envió un correo de confirmación a su dirección. Esta pestaña ya no guarda sus datos ni su foto.
outbox-heading = Bandeja de salida local
outbox-intro = Este equipo no envía correo real: aquí se muestran los mensajes que madoguchi enviaría.
outbox-off = La bandeja de salida local está desactivada en este servidor: revise su correo.
outbox-empty = Todavía no hay correos.
api-error-offline = No se pudo conectar con el servidor. Compruebe la conexión e inténtelo de nuevo; lo que escribió se conserva.
api-waiting-for-network = Está sin conexión. Su formulario se guarda en esta pestaña y se enviará solo cuando vuelva la conexión. Mantenga esta página abierta.
mynumber-photo-kept = La foto que eligió
mynumber-photo-keep = Mantener esta foto y continuar

## Photo check
photo-yaw-ok = Está mirando a la cámara (girado { $degrees }°).
photo-yaw-left = Gire la cara hacia la cámara: está girada unos { $degrees }° hacia su izquierda, y se permite como máximo { $max }°. Mire directamente al objetivo, con las dos orejas igual de visibles.
photo-yaw-right = Gire la cara hacia la cámara: está girada unos { $degrees }° hacia su derecha, y se permite como máximo { $max }°. Mire directamente al objetivo, con las dos orejas igual de visibles.
photo-pitch-ok = Su cabeza está recta (sin levantar ni bajar la barbilla).
photo-pitch-up = Baje un poco la barbilla: su cabeza está inclinada hacia atrás unos { $degrees }°, y se permite como máximo { $max }°. Sostenga la cámara a la altura de los ojos y mire directamente a ella.
photo-pitch-down = Levante un poco la barbilla: su cabeza está inclinada hacia delante unos { $degrees }°, y se permite como máximo { $max }°. Sostenga la cámara a la altura de los ojos y mire directamente a ella.
photo-pose-unknown = No se pudo medir hacia dónde mira su cara. Asegúrese de que se ve toda la cara y de que está bien iluminada.
photo-eyes-open-ok = Tiene los ojos abiertos.
photo-eyes-open-closed = Parece que tiene los ojos cerrados o medio cerrados. Abra los ojos con naturalidad, mire a la cámara y tome la foto de nuevo.
photo-eyes-open-unknown = No se pudo medir si tiene los ojos abiertos. Compruébelo usted mismo antes de subir la foto.
photo-hat-none = No se detectó ningún sombrero ni prenda en la cabeza.
photo-hat-maybe = Puede que lleve un sombrero o una prenda en la cabeza (la parte superior de la cabeza no parece pelo). Quíteselo salvo que lo lleve por motivos religiosos o médicos; si es su pelo, puede ignorar este aviso.
photo-screen-none = Nada indica que sea una foto de una pantalla o de una foto impresa.
photo-screen-maybe = Puede que sea una foto de una pantalla o de una foto impresa (se encontró un patrón fino y repetido en la cara). Tómese una foto nueva con la cámara.

## Account pages
account-register-heading = Registro de usuario
account-register-intro = Regístrese una vez para usar el sistema en línea de solicitudes de residencia, por ejemplo para recibir su Certificado de Elegibilidad por correo electrónico y registrar su recepción.
account-terms-heading = Condiciones de uso
account-terms-purpose = Los datos personales que registre solo se usan para los trámites de este sistema.
account-terms-hours = El sistema puede usarse las 24 horas, los 365 días del año, salvo durante el mantenimiento, que puede hacerse sin aviso previo.
account-terms-mail = El sistema envía correos a la dirección que registre. Permita los correos de este servicio para que no acaben en el correo no deseado.
account-terms-japanese = Las condiciones están definidas en japonés; si una traducción difiere, prevalece la versión japonesa.
account-terms-accept = He leído las condiciones de uso y las acepto.
account-email = Correo electrónico
account-email-again = Correo electrónico (otra vez, para comprobar)
account-email-hint = En caracteres de ancho medio, por ejemplo nombre@example.jp.
account-register-send = Registrar
account-register-sent-heading = Revise su correo
account-register-sent-to = Si { $email } puede registrarse, le hemos enviado un enlace para continuar.
account-register-sent-hint = Abra el enlace del correo dentro de 24 horas. Después, vuelva a introducir su dirección de correo.
account-register-again = Empezar el registro de nuevo
account-registration-heading = Registro de usuario
account-registration-intro = Elija su tipo de usuario e introduzca su nombre, su número de teléfono y una contraseña. Todos los campos son obligatorios.
account-link-expires = Esta página puede usarse hasta el { $time } (hora de Japón).
account-user-kind = Tipo de usuario
account-latin-name = Nombre (letras latinas)
account-latin-name-hint = Mayúsculas A–Z, como máximo 104 caracteres, con las palabras separadas por espacios, tal como en su pasaporte (por ejemplo NGUYEN VAN AN).
account-phone = Número de teléfono
account-phone-hint = Solo dígitos, sin guiones: 012-345-6789 se escribe 0123456789.
account-password = Contraseña
account-password-hint = De 10 a 20 caracteres, con al menos uno de cada tipo: mayúscula (A–Z), minúscula (a–z), dígito (0–9) y símbolo ($%&=@_#*+-?!).
account-password-again = Contraseña (otra vez, para comprobar)
account-password-again-hint = Escriba la misma contraseña otra vez.
account-to-confirm = Continuar a la confirmación
account-registration-confirm-heading = Confirme su registro
account-registration-confirm-intro = ¿Es todo correcto?
account-back-to-input = Volver al formulario
account-register-button = Registrar
account-registration-done-heading = Registro completado
account-user-id = ID de usuario
account-user-id-keep = Guarde su ID de usuario: lo necesita para iniciar sesión. También se le ha enviado por correo.
account-login-heading = Iniciar sesión
account-login-intro = Introduzca el ID de usuario que recibió al registrarse y su contraseña.
account-login-button = Iniciar sesión
account-login-needed = Inicie sesión para ver esta página.
account-session-expired = Se cerró su sesión porque no hubo actividad durante 3 horas. Vuelva a iniciar sesión; lo que escribió se conserva.
account-unlock-by-reset = Desbloquear la cuenta ahora con una contraseña nueva
account-forgot-user-id-link = ¿Olvidó su ID de usuario?
account-forgot-password-link = ¿Olvidó su contraseña?
account-register-link = Registrarse como usuario nuevo
account-logout-heading = Cerrar sesión
account-logout-question = ¿Quiere cerrar la sesión?
account-logout-button = Cerrar sesión
account-logout-done-heading = Sesión cerrada
account-back-to-mypage = Volver a Mi página
account-back-to-login = Volver al inicio de sesión
account-mail-sent-heading = Revise su correo
account-send = Enviar
account-forgot-user-id-heading = ID de usuario olvidado
account-forgot-user-id-intro = Introduzca la dirección de correo y el nombre en letras latinas que registró. Le enviaremos su ID de usuario a esa dirección.
account-forgot-password-heading = Contraseña olvidada
account-forgot-password-intro = Introduzca su ID de usuario y la dirección de correo que registró. Le enviaremos un enlace para crear una contraseña nueva; también desbloquea una cuenta bloqueada.
account-reset-heading = Crear una contraseña nueva
account-reset-intro = Elija una contraseña nueva. Al guardarla, la cuenta también se desbloquea si estaba bloqueada.
account-new-password = Contraseña nueva
account-reset-button = Guardar la contraseña
account-reset-done-heading = Contraseña guardada
account-mypage-heading = Mi página
account-previous-login = Último inicio de sesión: { $time }
account-coe-link = Certificados de Elegibilidad (registro de recepción)
account-details-heading = Datos del usuario
account-change-email = Cambiar el correo electrónico
account-change-password = Cambiar la contraseña
account-change-phone = Cambiar el número de teléfono
account-email-change-heading = Cambiar el correo electrónico
account-email-change-intro = Introduzca la dirección nueva dos veces. Le enviaremos un enlace; el cambio se completa cuando lo abra.
account-new-email = Correo electrónico nuevo
account-change-button = Cambiar
account-change-done-heading = Cambio completado
account-password-change-heading = Cambiar la contraseña
account-current-password = Contraseña actual
account-phone-change-heading = Cambiar el número de teléfono
account-phone-confirm-heading = Confirme el cambio
account-phone-changed = Su número de teléfono ha cambiado.
passkey-needs-name = Las llaves de acceso no funcionan en una página abierta por dirección IP (como 127.0.0.1). Abra el sitio por su nombre (por ejemplo localhost).
passkey-failed = No se pudo comprobar la llave de acceso. Inténtelo de nuevo.
passkey-login-failed = No puede iniciar sesión con esta llave de acceso: puede que se haya eliminado. Inicie sesión con su ID de usuario y contraseña.
passkey-too-many = Puede registrar hasta 10 llaves de acceso. Elimine una que ya no use.
passkey-exists = Ya hay registrada una llave de acceso de este dispositivo.
passkey-removed = Se eliminó la llave de acceso.
passkey-added = Se registró la llave de acceso. A partir de ahora puede usar "Iniciar sesión con una llave de acceso" en la página de inicio de sesión.
passkey-cancelled = La solicitud de la llave de acceso se canceló o caducó.
passkey-unsupported = Este navegador no admite llaves de acceso.
passkey-login-heading = Iniciar sesión con una llave de acceso
passkey-login-intro = Si registró una llave de acceso en Mi página, puede usarla en lugar de su ID de usuario y contraseña.
passkey-login-button = Iniciar sesión con una llave de acceso
passkey-heading = Llaves de acceso
passkey-intro = Con una llave de acceso inicia sesión con la huella, la cara o el PIN de este dispositivo. Iniciar sesión con la contraseña sigue funcionando como antes.
passkey-none = Aún no hay ninguna llave de acceso registrada.
passkey-label = Nombre de la llave de acceso
passkey-label-hint = Un nombre que le diga qué dispositivo es (hasta 40 caracteres), por ejemplo "Móvil".
passkey-added-at = Registrada
passkey-last-used = Último uso
passkey-actions = Acciones
passkey-never-used = Aún sin usar
passkey-remove-button = Eliminar "{ $label }"
passkey-remove-question = ¿Eliminar la llave de acceso "{ $label }"? Ya no podrá iniciar sesión con ella.
passkey-keep = Conservarla
passkey-remove-confirm = Eliminar
passkey-add-button = Registrar una llave de acceso
account-session-warning-heading = Su sesión se cerrará pronto
account-session-warning = Como no ha habido actividad, la sesión se cerrará automáticamente a las { $time } (dentro de { $minutes } minutos). Elija Aceptar para seguir conectado 3 horas más.
account-session-extend = Aceptar (3 horas más)
account-session-cancel = Cancelar
account-session-extended = Su sesión sigue abierta hasta las { $time }.
account-coe-heading = Lista de registros de recepción
account-coe-intro = Certificados de Elegibilidad enviados por correo electrónico. Descargue cada uno y registre su recepción. Hasta que lo haga, se envía un recordatorio cada 7 días, durante un máximo de 3 meses desde la expedición.
account-coe-as-of = A fecha de { $time }
account-coe-page-size = Elementos por página
account-coe-page-size-option = { $count } por página
account-coe-total = { $total } certificados en total
account-coe-empty = Todavía no se le ha enviado ningún certificado.
account-coe-number = Número del Certificado de Elegibilidad
account-coe-requested-at = Recepción solicitada
account-coe-received-at = Recepción registrada
account-coe-status = Estado de la recepción
account-coe-file = Certificado
account-coe-action = Recepción
account-coe-pdf = Descargar { $number } (PDF)
account-coe-register = Registrar la recepción
account-coe-confirm = ¿Registrar la recepción de este Certificado de Elegibilidad?
account-coe-close = Cerrar
account-coe-registered = Se ha registrado la recepción del certificado { $number }.
account-coe-pages = Páginas
account-coe-first = Primera
account-coe-last = Última
coe-status-unregistered = Sin registrar
coe-status-registered = Recepción registrada
office-nav = Oficina
office-heading = Oficina: certificados y solicitudes
office-issue-heading = Expedir un Certificado de Elegibilidad
office-issue-intro = El certificado se guarda y el usuario recibe un correo con el enlace para registrar su recepción.
office-coe-number-hint = Letras A–Z, dígitos y guiones, como máximo 32 caracteres.
office-coe-pdf = Certificado (archivo PDF, como máximo 10 MB)
office-issue-button = Expedir
office-issued = Se expidió el certificado { $number } y se avisó al usuario por correo.
office-issued-heading = Certificados expedidos
office-submissions-heading = Solicitudes recibidas
office-submissions-empty = Todavía no se ha recibido ninguna solicitud.
office-submissions-total = { $total } solicitudes en total
office-receipt-number = Número de recibo
office-kind = Formulario
office-received-at = Recibida
office-photo = Foto
office-submission-heading = Solicitud
office-payload = Contenido del formulario
office-back = Volver a la página de la oficina
office-audit-link = Registro de auditoría: quién consultó qué
office-audit-heading = Registro de auditoría
office-audit-intro = Todos los accesos del personal a las solicitudes, los certificados y este registro, del más reciente al más antiguo. El servidor anota cada uno antes de entregar los datos.
office-audit-total = { $total } entradas en total
office-audit-at = Cuándo
office-audit-actor = ID de usuario del personal
office-audit-action = Acceso
office-audit-target = Qué
office-audit-client = Dirección de origen
office-audit-pages = Páginas del registro de auditoría
office-submissions-pages = Páginas de solicitudes
office-export-json = Descargar todas las solicitudes (JSON)
office-export-csv = Descargar todas las solicitudes (CSV)
office-action-submissions-list = Listó las solicitudes
office-action-submissions-view = Abrió una solicitud
office-action-submissions-export = Exportó las solicitudes
office-action-coe-issue = Emitió un certificado
office-action-coe-list = Listó los certificados
office-action-audit-view = Consultó el registro de auditoría

## Exam My Page registration (seed 000)
exam-steps-label = Pasos del registro
exam-step-card = Tarjeta de Residencia
exam-step-passport = Pasaporte
exam-step-photo = Foto del rostro
exam-step-details = Datos
exam-step-confirm = Revisión
exam-step-done = Listo
exam-autofilled-card = Rellenado desde la Tarjeta de Residencia
exam-autofilled-passport = Rellenado desde el pasaporte
exam-field-name = Nombre (como en el pasaporte)
exam-field-name-hint = En letras latinas, apellido primero, como en el pasaporte.
exam-field-birth-date = Fecha de nacimiento
exam-field-date-hint = Año-mes-día, por ejemplo 1998-04-01.
exam-field-sex = Sexo
exam-sex-male = Hombre
exam-sex-female = Mujer
exam-field-nationality = Nacionalidad
exam-field-nationality-hint = El código de tres letras del pasaporte, por ejemplo VNM.
exam-field-passport-number = Número de pasaporte
exam-field-card-number = Número de la Tarjeta de Residencia
exam-field-card-number-hint = 12 caracteres arriba a la derecha de la tarjeta, por ejemplo AB12345678CD.
exam-field-status = Estatus de residencia
exam-field-period-until = Periodo de estancia (hasta)
exam-field-prefecture = Prefectura donde vive
exam-prefecture-choose = Elija una prefectura
exam-field-email = Correo electrónico
exam-continue = Continuar con esto
exam-back = Atrás
exam-back-to-details = Cambiar los datos
exam-back-to-photo = Cambiar la foto
exam-card-heading = Su Tarjeta de Residencia
exam-card-intro = Haga una foto del anverso de su Tarjeta de Residencia o elija una foto en color (JPG) guardada en su teléfono u ordenador. Hágalo aunque tenga la tarjeta a mano.
exam-card-filled = Su estatus de residencia, periodo de estancia y prefectura se rellenan a partir de la foto. Si algo está mal o vacío, puede corregirlo.
exam-card-kept = Su Tarjeta de Residencia ya se ha leído.
exam-no-card-heading = ¿No tiene Tarjeta de Residencia?
exam-no-card-who = Solo para quienes vinieron a Japón con un visado de estancia de corta duración o similar. Su visado se comprobará en el lugar del examen.
exam-no-card-button = No tengo Tarjeta de Residencia
exam-no-card-note = Sin Tarjeta de Residencia: su visado de corta duración se comprobará en el lugar del examen.
exam-passport-heading = Su pasaporte
exam-passport-intro = Debe leer su pasaporte. Haga una foto de la página con su foto (no una página JAPAN VISA) o elija una foto guardada.
exam-passport-filled = Su nombre, fecha de nacimiento, sexo, nacionalidad y número de pasaporte se rellenan a partir de la foto. Si algo está mal o vacío, puede corregirlo.
exam-passport-kept = Su pasaporte ya se ha leído.
exam-photo-heading = Su foto del rostro
exam-photo-intro = Elija o haga una foto del rostro. Se comprueba aquí, en su navegador.
exam-photo-kept = Ya ha elegido esta foto.
exam-photo-alt = La foto del rostro que eligió
exam-photo-missing = Aún no hay foto. Vuelva al paso de la foto del rostro.
exam-photo-from-document-heading = Usar la foto del rostro de sus documentos
exam-photo-from-document-hint = La foto del rostro impresa en su pasaporte o Tarjeta de Residencia se recorta y amplía aquí, en su navegador. También puede elegir una foto nueva abajo.
exam-photo-from-card = Tomarla de la Tarjeta de Residencia
exam-photo-from-passport = Tomarla del pasaporte
exam-photo-from-document-use = Usar esta foto
exam-photo-from-document-refused = Este recorte no cumple las normas de la foto, así que no se puede usar. Elija una foto abajo.
exam-details-heading = Revise y corrija sus datos
exam-details-intro = Los valores marcados como «rellenado» vienen de sus documentos. Revise cada uno y corríjalo si está mal.
exam-missing-card = Primero lea su Tarjeta de Residencia o elija «No tengo Tarjeta de Residencia».
exam-missing-passport = Primero lea su pasaporte.
exam-conflict-differs = su Tarjeta de Residencia y su pasaporte no coinciden
exam-conflict-name-order = El mismo nombre, en otro orden.
exam-conflict-choose = Elija cuál conservar.
exam-from-card = Tarjeta de Residencia:
exam-from-passport = Pasaporte:
exam-personal-legend = Datos personales
exam-card-legend = Tarjeta de Residencia
exam-contact-legend = Contacto
exam-to-confirm = Revisar el registro
exam-confirm-heading = Revise su registro
exam-confirm-intro = Todavía no se ha enviado nada. Revise cada valor y luego regístrese.
exam-register = Registrar
exam-done-heading = Registro recibido
exam-done-receipt = Número de recibo { $receipt } ({ $time }). Indíquelo en cualquier consulta.
exam-done-no-receipt = Este registro ya se envió. El número de recibo se mostró una vez, tras el envío.
exam-done-wiped = Sus datos y fotos se han borrado de esta pestaña del navegador.
prefecture-01 = Hokkaido
prefecture-02 = Aomori
prefecture-03 = Iwate
prefecture-04 = Miyagi
prefecture-05 = Akita
prefecture-06 = Yamagata
prefecture-07 = Fukushima
prefecture-08 = Ibaraki
prefecture-09 = Tochigi
prefecture-10 = Gunma
prefecture-11 = Saitama
prefecture-12 = Chiba
prefecture-13 = Tokyo
prefecture-14 = Kanagawa
prefecture-15 = Niigata
prefecture-16 = Toyama
prefecture-17 = Ishikawa
prefecture-18 = Fukui
prefecture-19 = Yamanashi
prefecture-20 = Nagano
prefecture-21 = Gifu
prefecture-22 = Shizuoka
prefecture-23 = Aichi
prefecture-24 = Mie
prefecture-25 = Shiga
prefecture-26 = Kyoto
prefecture-27 = Osaka
prefecture-28 = Hyogo
prefecture-29 = Nara
prefecture-30 = Wakayama
prefecture-31 = Tottori
prefecture-32 = Shimane
prefecture-33 = Okayama
prefecture-34 = Hiroshima
prefecture-35 = Yamaguchi
prefecture-36 = Tokushima
prefecture-37 = Kagawa
prefecture-38 = Ehime
prefecture-39 = Kochi
prefecture-40 = Fukuoka
prefecture-41 = Saga
prefecture-42 = Nagasaki
prefecture-43 = Kumamoto
prefecture-44 = Oita
prefecture-45 = Miyazaki
prefecture-46 = Kagoshima
prefecture-47 = Okinawa

## Dates and times: parts from crates/rules/src/dates.rs (year, month, day, era, eraYear; hour, minute)
date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
date-time = { date-long }, { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
