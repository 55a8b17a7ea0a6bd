# Сообщения attach на русском языке. Ключи и подстановки ({ $name }) те же, что в английском
# каталоге (это проверяет тест); термины — по locales/GLOSSARY.md.

batch-rows = { $count ->
    [one] { $count } строка
    [few] { $count } строки
   *[many] { $count } строк
}

## Ошибки

err-read = не удалось прочитать `{ $path }`: { $why }
err-write = не удалось записать `{ $path }`: { $why }
err-io = { $what }: { $why }
err-invalid-iin = неверный ИИН `{ $iin }`: { $why }
err-invalid-bin = неверный БИН `{ $bin }`: { $why }
err-refused = подпись отклонена ({ $check }): { $detail }
err-no-trust-anchor = нет доверенного корневого сертификата: укажите --trust ROOT.pem, --portal URL или домашний каталог со встроенным порталом
err-not-found = не найдено: { $what } { $key }
err-home-exists = в `{ $home }` уже есть портал; `--force` заменит его и создаст новый удостоверяющий центр
err-database = база данных портала `{ $path }`: { $why }
err-read-only-home = `{ $home }` доступен только для чтения: { $why }
err-authority = удостоверяющий центр: { $detail }
err-service-refused = отказано ({ $code }): { $message }
error-prefix = ошибка
warning-prefix = предупреждение
note-prefix = примечание

read-only-upgrade = базу данных его портала сначала нужно обновить до этой версии attach
read-only-write = этой команде нужно записывать в его портал

thing-request = заявка
thing-ticket = талон
thing-clinic = медицинская организация
thing-certificate = сертификат этого удостоверяющего центра
thing-person = лицо в ГБД ФЛ

io-not-found = нет такого файла или каталога
io-permission-denied = доступ запрещён
io-already-exists = он уже существует
io-is-a-directory = это каталог
io-not-a-directory = часть пути не является каталогом
io-read-only = файловая система доступна только для чтения
io-storage-full = на устройстве не осталось места
io-broken-pipe = читающая сторона закрыла канал
io-read-password = не удалось прочитать пароль со стандартного ввода
io-ctrl-c = не удалось перехватить Ctrl-C
io-man-page = не удалось сформировать страницу руководства
io-write-stdout = не удалось записать в стандартный вывод
io-server-runtime = не удалось запустить среду выполнения сервера
io-listening-address = не удалось прочитать адрес прослушивания
io-checkpoint-thread = не удалось запустить поток контрольных точек

## Идентификационные номера

iin-length = должен состоять из 12 цифр, получено символов: { $count }
iin-not-digit = должен содержать только цифры, найдено `{ $found }`
iin-century = 7-я цифра `{ $digit }` не обозначает век и пол (от 1 до 6)
iin-date = цифры 1–6 `{ $digits }` не являются календарной датой
iin-future = дата рождения { $date } ещё не наступила
iin-check-digit = контрольная цифра { $found }, ожидалась { $expected }
iin-no-check-digit = для первых 11 цифр контрольной цифры не существует (оба набора весов дают 10)

## Сертификаты

none = (нет)
cert-no-cn = (без общего имени)
cert-describe-iin = { $cn } (ИИН { $iin }, серийный номер { $serial })
cert-describe = { $cn } (серийный номер { $serial })
key-unsupported = неподдерживаемого
role = { $role ->
    [individual] физическое лицо
    [head] первый руководитель
    [signer] лицо с правом подписи
    [employee] сотрудник
   *[other] лицо без роли
}
relation = { $relation ->
    [mother] мать
   *[father] отец
}

## Проверки подписи

jws-not-base64url = `{ $part }` не в кодировке base64url
jws-header-not-json = защищённый заголовок не является JSON-объектом с уникальными членами: { $why }
jws-header-member = член защищённого заголовка `{ $name }` не допускается
jws-alg = алгоритм `{ $alg }` не принимается (только ES256, EdDSA или RS256)
jws-typ-unknown = typ `{ $typ }` не является известным типом документа
jws-typ-expected = typ `{ $typ }`, ожидался `{ $expected }`
jws-x5c-missing = x5c отсутствует или пуст
jws-x5c-base64 = x5c[{ $index }] не в кодировке base64
jws-sigt = sigT отсутствует или не является временем RFC 3339 в UTC вида 2026-11-25T17:00:00Z
check-structure-ok = { $alg } { $typ }, { $count ->
    [one] { $count } сертификат
    [few] { $count } сертификата
   *[many] { $count } сертификатов
} в x5c
check-no-crl = CRL недоступен: укажите --crl или проверяйте через портал
check-chain-ok = { $count ->
    [one] { $count } сертификат
    [few] { $count } сертификата
   *[many] { $count } сертификатов
} до доверенного `{ $anchor }`
check-key-usage-auth = digitalSignature и clientAuth: сертификат для аутентификации
check-key-usage-signing = digitalSignature и nonRepudiation: сертификат для подписи
check-signer-unread = не проверено: содержимое не является читаемым документом (см. `payload`)
check-payload-ok = корректный документ { $kind } в форме JCS
check-signature-alg = алгоритм { $alg } не подходит к ключу подписанта { $key }
check-signature-ok = подпись { $alg }: { $signer }
check-signature-bad = подпись { $alg } не соответствует подписанным байтам и ключу { $signer }
check-stale-signing-time = sigT { $sigt } отличается от часов портала ({ $now }) более чем на { $window }
check-validity-ok = { $count ->
    [one] { $count } сертификат действителен
    [few] { $count } сертификата действительны
   *[many] { $count } сертификатов действительны
} на { $at }
revocation-by = , ответил `{ $responder }`
revocation-crl-after-ocsp = CRL (OCSP недоступен: { $why })
revocation-after = { $source }: отозван { $revoked }, после { $at }: на тот момент не был отозван{ $by }
revocation-no-next-update = нет
revocation-ocsp-good = OCSP: действителен, thisUpdate { $this }, nextUpdate { $next }{ $by }
revocation-crl-unreachable-ocsp = CRL: не в списке (OCSP недоступен: { $why }), thisUpdate { $this }, nextUpdate { $next }
revocation-crl-not-listed = CRL: не в списке, thisUpdate { $this }, nextUpdate { $next }
payload-not-json = содержимое не является JSON с уникальными членами: { $why }
payload-not-jcs = содержимое не в канонической форме JCS (RFC 8785)
payload-kind = документ { $kind } под typ `{ $typ }`
payload-after-signing = `{ $name }` { $stamp } позже времени подписания { $sigt }
signer-minor = подписанту { $iin } нет 18 лет: за ребёнка подписывает родитель
signer-child-alone = заявителю { $applicant } нет 18 лет: за ребёнка обращается родитель, указанный как представитель
minor-refused = { $iin } — несовершеннолетний и { $refused }
minor-needs-representative = { $iin } — несовершеннолетний: укажите представителем родителя, который подаёт заявку за ребёнка (связи в ГБД ФЛ: { $parents })
minor-no-links = нет
adult-needs-no-representative = { $iin } — совершеннолетний, представитель не нужен
signer-adult-represented = заявитель { $applicant } совершеннолетний и обращается сам; { $representative } не является его представителем
signer-not-operator = ИИН подписанта { $iin } не совпадает с ИИН оператора { $operator }
signer-needs-employee = заявке, поданной через медицинскую организацию, нужен сертификат сотрудника этой организации
signer-bin-not-clinic = БИН подписанта { $bin } не совпадает с БИН медицинской организации { $clinic }
signer-operator-ok = оператор { $iin }, БИН { $bin }
signer-not-representative = ИИН подписанта { $iin } не совпадает с ИИН представителя { $representative }
signer-representative-ok = { relation } { $iin } за ребёнка { $child }
signer-not-applicant = ИИН подписанта { $iin } не совпадает с ИИН заявителя { $applicant }
signer-applicant-ok = заявитель { $iin }
signer-not-clinic = БИН подписанта { $bin } не совпадает с БИН медицинской организации талона { $clinic }
signer-citizen-for-clinic = сертификатом физического лица подписан талон медицинской организации с БИН { $clinic }
signer-role = подписант — { role }: талон подписывает первый руководитель или лицо с правом подписи
signer-not-ticket-signer = ИИН подписанта { $iin } не совпадает с подписантом талона { $signer }
signer-ticket-ok = { role }, БИН { $bin }, ИИН { $iin }
signer-not-registering = ИИН подписанта { $iin } не совпадает с регистрируемым ИИН { $registering }
signer-registering-ok = регистрирующееся лицо, { $iin }

## Справка: назначение команд

help-exit-codes =
    Коды завершения:
      0  успех (verify-ticket: талон действителен)
      1  непредвиденный сбой (ввод-вывод, внутренняя ошибка)
      2  ошибка использования или ввода: неверные флаги, испорченный JSON или CSV, неверный ИИН,
         нет доверенного корневого сертификата, противоречащая повторная подача
      3  отказ в аутентификации или авторизации
      4  подпись или сертификат отклонены командой sign или submit
      5  отказ поставщика услуги
      6  не найдено: неизвестная заявка, медицинская организация или сертификат, лица нет в ГБД ФЛ
      7  verify-ticket, cert verify, cert ocsp: проверка не пройдена
      8  не готово: результата ещё нет, или истекло время status --wait
      9  портал недоступен, перегружен или сбой связи (стоит повторить)
      10 пакет обработан, но часть строк завершилась ошибкой

help-attach = Государственная услуга «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь» из командной строки
help-register = Зарегистрироваться на портале (лицо должно быть в ГБД ФЛ)
help-login = Войти; сеанс хранится в домашнем каталоге
help-logout = Завершить сеанс
help-orgs = Справочник медицинских организаций
help-request = Заполнить заявку на прикрепление (выводится в JSON для `attach sign`)
help-sign = Подписать заявку или талон (JWS над формой JCS)
help-submit = Подать подписанную заявку; выводит расписку
help-status = Статус заявки или все заявки сеанса
help-result = Талон исполненной заявки или мотивированный отказ
help-verify-ticket = Проверить подписанный талон о прикреплении
help-batch = Подать заявки по каждой строке CSV-файла от имени оператора (с журналом: ровно один раз)
help-smoke = Вся услуга от начала до конца для нового синтетического гражданина, шаг за шагом
help-iin = Проверить идентификационные номера: корректность, дату рождения и пол
help-cert = Сертификаты национального удостоверяющего центра: чей, для чего, действителен ли, отозван ли (OCSP, CRL)
help-cert-info = Чей сертификат и для чего: PEM, DER или PKCS#12 (пароль — как для `sign`)
help-cert-verify = Проверка пути и отзыва сертификата с названием каждой проверки: код 0 или 7
help-cert-ocsp = Прочитать сохранённый ответ OCSP (DER) и проверить его подпись и ответчика
help-completions = Вывести скрипт автодополнения для оболочки
help-man = Вывести страницу руководства (roff)
help-portal = Управление локальным (встроенным) порталом в домашнем каталоге
help-portal-init = Создать состояние локального портала: удостоверяющий центр, ГБД ФЛ, медицинские организации; существующее заменяется только с --force
help-portal-serve = Обслуживать API портала по HTTP(S) из этого домашнего каталога до SIGINT или SIGTERM
help-portal-people = Заполненная государственная база данных физических лиц (ГБД ФЛ)
help-portal-outbox = Сообщения, «отправленные» порталом на телефоны из записей: одноразовые коды для регистрации
help-portal-stats = Показатели качества: заявки по статусам, решённые в срок, отказы
help-portal-settings = Показать настройки портала или изменить одну: `attach portal settings KEY VALUE`
help-portal-staff = Учётные записи операторов медицинских организаций
help-portal-staff-add = Создать (или сбросить) учётную запись оператора одной медицинской организации
help-portal-nca = Удостоверяющий центр (НУЦ): выпуск, отзыв, CRL, корневой сертификат
help-portal-nca-issue = Выпустить личный сертификат или сертификат сотрудника (и его ключ) в --out DIR
help-portal-nca-issue-server = Выпустить TLS-сертификат сервера для `portal serve`
help-portal-nca-revoke = Отозвать сертификат, выпущенный этим удостоверяющим центром
help-portal-nca-crl = Вывести только что подписанный CRL (PEM)
help-portal-nca-ca = Вывести корневой сертификат (PEM): доверенный корень

## Отказы поставщика услуги: факты, на которых они основаны

region = { $region ->
    [aktau] Актау
    [zhanaozen] Жанаозен
    [beineu] Бейнеуский район
    [karakiya] Каракиянский район
    [mangistau] Мангистауский район
    [munaily] Мунайлинский район
   *[tupkaragan] Тупкараганский район
}
refusal-not-in-registry = заявителя нет в ГБД ФЛ
refusal-deceased = заявитель значится в ГБД ФЛ умершим
refusal-no-clinic = запрошенной медицинской организации нет в реестре
refusal-clinic-closed = медицинская организация `{ $clinic }` закрыта
refusal-already-attached = заявитель уже прикреплён к медицинской организации `{ $clinic }` с { $since }
refusal-residence-out-of-region = новое место жительства — { $lives } ({ $whence ->
    [address] по адресу в заявке
   *[registry] по ГБД ФЛ
}), а медицинская организация `{ $clinic }` находится в регионе { $clinic_region }; при смене места жительства прикрепляются к медицинской организации своего региона
refusal-free-choice-out-of-region = заявитель проживает в регионе { $lives }, а медицинская организация `{ $clinic }` — в регионе { $clinic_region }; свободный выбор ограничен медицинскими организациями своего региона
refusal-too-frequent = последнее прикрепление по свободному выбору было { $last }; следующее возможно с { $allowed }
refusal-no-capacity = ни на одном участке медицинской организации `{ $clinic }` нет свободных мест
refusal-name-differs = в заявке заявитель указан как `{ $name }`, а в ГБД ФЛ — `{ $registry_name }`
refusal-birth-date-differs = в заявке указана дата рождения { $birth_date }, а в ГБД ФЛ — { $registry_birth_date }
refusal-name-and-birth-date-differ = в заявке заявитель указан как `{ $name }`, дата рождения { $birth_date }, а в ГБД ФЛ — `{ $registry_name }`, дата рождения { $registry_birth_date }
refusal-first-but-attached = основание — первичное прикрепление, но заявитель прикреплён к медицинской организации `{ $current }`
refusal-closed-but-unattached = основание — закрытие медицинской организации, но заявитель ни к какой медицинской организации не прикреплён
refusal-closed-but-open = основание — закрытие медицинской организации, но медицинская организация `{ $current }`, к которой прикреплён заявитель, работает

## Поля услуги: почему значение не подходит

field-phone = `{ $value }` не является номером телефона вида +77012345678
field-phone-e164 = `{ $value }` в документе должен быть записан в формате E.164: { $e164 }
field-email = `{ $value }` не является адресом электронной почты
field-address = должен быть текстом длиной от 1 до { $max } символов: { $why }
field-residence = `{ $value }` не называет населённый пункт Мангистауской области (город, район или его село: { $regions })
field-name = должно быть именем длиной от 1 до { $max } символов: { $why }
field-org-id = `{ $value }` не является идентификатором медицинской организации вида MNG-0001
field-identifier = `{ $value }` не является идентификатором (от 1 до 64 печатных символов ASCII)
field-uuid = `{ $value }` не является UUID
field-empty = значение пустое
field-too-long = в нём { $count ->
    [one] { $count } символ
    [few] { $count } символа
   *[many] { $count } символов
}
field-hidden-character = в нём есть управляющий или невидимый символ форматирования
region-unknown = `{ $value }` не является регионом Мангистауской области; допустимы: { $regions }

## Подписанные документы: что делает документ нечитаемым

doc-no-type = нет строкового члена `type`
doc-type = тип `{ $kind }` — ни `{ $request }`, ни `{ $ticket }`
doc-version = версия { $version } не поддерживается (поддерживается 1)
doc-stamp = `{ $name }` не является временем в формате RFC 3339
doc-field = `{ $name }`: { $why }
doc-own-representative = заявитель не может быть собственным представителем
doc-provider-needs-operator = для канала `provider` нужен `operator`
doc-portal-no-operator = у канала `portal` не бывает `operator`

## Календарь рабочих дней (файл постановлений)

calendar-json = неверный JSON в календаре: { $why }
calendar-date = неверная дата `{ $value }` в `{ $field }`: ожидается ГГГГ-ММ-ДД
calendar-conflict = `{ $date }` есть и в `days_off`, и в `working_days`
calendar-not-object = календарь не является JSON-объектом

## Слова всех экранов

yes = да
no = НЕТ
check = { $name ->
    [structure] структура
    [signature] подпись
    [chain] цепочка
    [validity] срок действия
    [revocation] отзыв
    [key_usage] назначение ключа
    [signer] подписант
    [payload] содержимое
    [issued] выдача
   *[other] { $name }
}

## Домашний каталог, заявка, подпись и доверие

home-shared = общий каталог не может быть домашним
home-made-private = домашний каталог `{ $home }` был доступен для записи другим (режим { $mode }); теперь он 0700
home-not-private = `{ $home }` доступен для записи другим (режим { $mode }), и закрыть его не удалось: { $why }
home-none = нет домашнего каталога: задайте HOME, XDG_DATA_HOME, ATTACH_HOME или --home
random-failed = системный генератор случайных чисел дал сбой
request-not-your-child = по ГБД ФЛ у вас ({ $me }) нет ребёнка { $child } младше 18 лет; ваши дети: { $children }
request-for-needs-operator = --for предназначен для операторов медицинской организации; гражданин подаёт заявку за себя
request-other-clinic = оператор { $mine } не может подавать заявки в { $org }
request-no-clinic = оператор без медицинской организации не может подавать заявки в { $org }
sign-password-prompt = Пароль ключа PKCS#12:
sign-no-password = нет пароля: задайте ATTACH_KEY_PASSWORD или запустите в терминале ({ $why })
sign-cert-required = обязателен, если --key не файл PKCS#12
sign-key-mismatch = ключ `{ $key }` не соответствует сертификату { $cert }
sign-registration-by-hand = подтверждение регистрации не подписывается вручную: `attach register --key` подписывает запрос портала
trust-crl-unusable = CRL `{ $path }` непригоден: { $why }
trust-portal-root = корневой сертификат от { $portal }: { $why }
trust-no-crl = нет CRL от { $portal }: { $why }
submit-not-object = не является подписанной заявкой (JSON-объектом)
submit-not-jws = не является подписанной заявкой (плоским JWS от `attach sign`): { $why }

json-duplicate = член `{ $name }` встречается в объекте `{ $pointer }` дважды
