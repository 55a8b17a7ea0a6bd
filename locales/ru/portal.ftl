# Сообщения портала attach (src/portal) и его клиента (src/client), по-русски.

## Учётные записи, вход и сеансы

portal-password-short = должен содержать не меньше { $count ->
    [one] { $count } символа
    [few] { $count } символов
   *[many] { $count } символов
}
portal-password-long = должен занимать не больше { $count ->
    [one] { $count } байта
    [few] { $count } байтов
   *[many] { $count } байтов
}
portal-password-control = не должен содержать управляющих символов
portal-minor-register = не регистрируется: о прикреплении ребёнка просит родитель
portal-already-registered = учётная запись для ИИН { $iin } уже существует
portal-bad-credentials = неверный ИИН или пароль
portal-unknown-role = у учётной записи { $account } неизвестная роль `{ $role }`
portal-account-locked = учётная запись заблокирована после нескольких неудачных попыток входа до { $until }
portal-not-logged-in = вход не выполнен: запустите `attach login`
portal-session-expired = сеанс истёк: снова запустите `attach login`

## Подтверждение личности при регистрации

portal-proof-needed = для регистрации нужно подтвердить личность: вызов портала, подписанный вашим сертификатом для аутентификации, или одноразовый код, отправленный на ваш телефон из базы
portal-proof-not-registration = подписанный документ не является подтверждением для регистрации
portal-proof-other-iin = подтверждение выдано для ИИН { $proof }, а не { $iin }
portal-challenge-spent = вызов неизвестен, истёк или уже использован: запросите новый
portal-otp-none = для этого ИИН код не отправлялся: запросите его с --otp
portal-otp-expired = срок действия кода истёк: запросите новый
portal-otp-too-many = слишком много неверных кодов: запросите новый
portal-otp-wrong = неверный код ({ $count ->
    [one] осталась { $count } попытка
    [few] осталось { $count } попытки
   *[many] осталось { $count } попыток
})

## Удостоверяющий центр портала

portal-minor-certificate = сертификат не выдаётся: за ребёнка просит и подписывает родитель
portal-serial-not-hex = `{ $serial }` — не шестнадцатеричное число
portal-revocation-time = время отзыва `{ $at }` сертификата { $serial } не читается
portal-no-responder-key = нет ключа OCSP-сервера

## ГБД ФЛ и справочник медицинских организаций

portal-no-head-key = нет ключа первого руководителя медицинской организации
portal-db-date = в базе данных портала нечитаемая дата `{ $text }`
portal-db-region = в базе данных портала неизвестный регион `{ $text }`

## Заявки

portal-operator-only = подавать заявку за другого человека может только оператор медицинской организации
portal-not-a-request = полезная нагрузка не является заявкой на прикрепление
portal-not-the-parent = по данным ГБД ФЛ { $parent } — не { $relation } ребёнка { $child }: просить за ребёнка может только родитель, связанный с ним в ГБД ФЛ
portal-signer-not-you = заявитель или его представитель ({ $asking }) и подписант ({ $signer }) должны совпадать с вошедшим пользователем ({ $me })
portal-operator-not-you = оператор заявки ({ $operator }) и подписант ({ $signer }) должны совпадать с вошедшим оператором ({ $me })
portal-payload-not-base64url = полезная нагрузка не в base64url
portal-duplicate-request = заявка с request_uuid { $uuid } уже подавалась с другим содержимым
portal-not-ready = заявка { $request } { $status ->
    [registered] зарегистрирована
    [in_progress] в обработке
   *[other] в состоянии { $status }
}; поставщик услуги примет решение до { $deadline }

## Службы портала

portal-registry-operators-only = искать людей в ГБД ФЛ могут только операторы медицинской организации
portal-nobody-left = в ГБД ФЛ не осталось никого без учётной записи и прикрепления
portal-not-in-registry = { $iin } нет в ГБД ФЛ
portal-no-key-generated = ключ не создан
portal-bulk-size = содержит элементов: { $count }; пакетный вызов принимает от 1 до { $max }

## Настройки

portal-setting = настройка `{ $key }`
portal-setting-value = `{ $value }` { $why }
portal-setting-count = — не целое число не меньше 1
portal-setting-threads = — не `auto` и не целое число от 1 до 256
portal-setting-duration = — не длительность вида 30s, 15m, 12h
portal-setting-window = — не длительность от 1s до 24h
portal-setting-url = — не адрес http:// или https:// из печатных символов ASCII без запроса
portal-setting-unknown = неизвестная настройка `{ $key }`; известные: { $known }

## Ограничения сервера

portal-retry-in = { $what }; повторите через { $seconds } с
portal-too-many-logins = слишком много попыток входа с этого адреса
portal-too-many-failures = слишком много неудачных попыток входа для этого ИИН
portal-too-many-hashing = слишком много одновременных попыток входа
portal-too-many-registrations = слишком много регистраций с этого адреса
portal-too-many-in-flight = слишком много одновременных запросов с этого адреса

## Запуск портала

portal-database-gone = база данных портала исчезла
portal-tls-no-key = не содержит ключа PKCS#8
portal-tls-unusable = непригодные сертификат и ключ: { $why }
portal-cannot-listen = не удаётся слушать { $address }: { $why }
portal-none = портала нет

## Проблемы HTTP-запросов

portal-internal = внутренняя ошибка; причина — в журнале сервера
portal-body-timeout = тело запроса не пришло за { $seconds } с
portal-busy = портал занят; повторите чуть позже
portal-no-bearer = нет токена Bearer: сначала войдите
portal-body-too-large = тело запроса больше { $kib } КиБ
portal-request-body = тело запроса
portal-body-unread = не удалось прочитать: { $why }
portal-body-not-json = не тот JSON, что ожидался: { $why }
portal-bad-cursor = `{ $cursor }` — не курсор, выданный этим порталом
portal-no-route = такого маршрута нет; их список — GET /openapi.json
portal-wrong-method = этот метод здесь не допускается; список маршрутов — GET /openapi.json

## Клиент портала по HTTP

client-plain-http = `{ $base }` — открытый http:// к узлу, который не является локальным: пароли и токены пойдут по сети открытым текстом; используйте https:// или, если иначе нельзя, --insecure-http
client-not-http = `{ $base }` — не адрес http:// или https://
client-tls-ca-hint = ; порталу с сертификатом от частного удостоверяющего центра нужен --tls-ca ROOT.pem (или ATTACH_TLS_CA)
client-unreachable = портал { $base } недоступен: { $why }{ $hint }
client-no-answer = портал { $base } не ответил
client-http-status = портал { $base } ответил HTTP { $status } ({ $content_type })
client-unexpected-json = портал { $base } ответил на { $path } неожиданным JSON: { $why }
client-miscounted = портал { $base } ответил на { $path } элементами, которые не соответствуют отправленным
client-root-not-pem = портал { $base } прислал корневой сертификат не в формате PEM
client-sessions-file = не является файлом сеансов: { $why }; удалите его и войдите снова
client-not-logged-in = вход в { $portal } не выполнен: запустите `attach login --iin IIN`
