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
