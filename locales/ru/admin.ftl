# Сообщения attach для администрирования: списки, пакеты, smoke, команды портала.
# Ключи и параметры те же, что в других языках (это проверяет тест).

## Столбцы таблиц

col-line = строка
col-iin = ИИН
col-outcome = итог
col-code = код
col-why = причина
col-rows = строк
col-seconds = секунд
col-rows-per-second = строк/с

## Пакетные файлы

csv-where = { $file }, строка { $line }
csv-not-utf8 = поле { $field } не в кодировке UTF-8: файл дальше не читается (для файла, сохранённого в windows-1251, укажите --encoding windows-1251 или сохраните его как «CSV UTF-8»)
csv-unreadable = не удаётся прочитать: { $why }
csv-not-csv = не является файлом CSV
csv-open-quote = поле в кавычках тянется со строки { $line } по строку { $last }: кавычка `"` не закрыта, и строки между ними не прочитаны
csv-line-too-long = строка { $line } длиннее { $kib } КиБ; файл дальше не читается
csv-no-iin-column = в заголовке нет столбца `iin` (есть: { $columns })
excel-iin-scientific = `{ $iin }` — ИИН, который Excel превратил в число в экспоненциальной записи: последние цифры потеряны, восстановить их нельзя; задайте столбцу формат «Текстовый» и введите ИИН заново
excel-iin-leading-zero = в `{ $iin }` 11 цифр: Excel отбросил ведущий ноль у `{ $suggested }`; задайте столбцу формат «Текстовый» (или запишите ="{ $suggested }")
batch-not-logged-in = вход не выполнен
batch-iin-too-long = длина { $count ->
    [one] { $count } символ
    [few] { $count } символа
   *[many] { $count } символов
}: в ИИН 12 цифр
batch-no-org = в строке не указана поликлиника, и --org её не задаёт
batch-bad-reason = `{ $reason }` — не одно из first_attachment, free_choice, change_of_residence, org_closed
batch-other-clinic = оператор { $own } не может подавать заявления в { $org }
batch-not-decided = заявление { $request } ещё не рассмотрено
batch-needs-key = для подачи пакета нужны ключ и сертификат оператора
batch-jobs-zero = 0 исполнителей ничего не сделают: --jobs принимает 1 и больше
batch-jobs-not-a-number = `{ $value }` — не число исполнителей
batch-bad-encoding = `{ $encoding }` — не utf-8 и не windows-1251
batch-bad-delimiter = `{ $delimiter }` не может разделять поля
batch-operators-only = пакет подаёт оператор поликлиники
batch-key-required = обязателен, если не указан --dry-run
batch-progress = строк: { $pos }/{ $len }  { $rate }  прошло { $elapsed }, осталось { $eta }
batch-rate = { $rate }/с
batch-read-as-cp1251 = attach: примечание: `{ $file }` не в UTF-8; он прочитан как windows-1251 (--encoding задаёт кодировку явно и отменяет эту догадку)
batch-stopped = attach: пакет остановлен после { $rows ->
    [one] { $rows } строки
    [few] { $rows } строк
   *[many] { $rows } строк
}; журнал хранит отправленное: запустите ту же команду ещё раз
batch-stdout-closed = attach: пакет остановлен после { $rows ->
    [one] { $rows } строки
    [few] { $rows } строк
   *[many] { $rows } строк
}: стандартный вывод закрыт; журнал хранит отправленное: запустите ту же команду ещё раз, чтобы закончить
batch-interrupted = attach: пакет прерван после { $rows ->
    [one] { $rows } строки
    [few] { $rows } строк
   *[many] { $rows } строк
}; журнал хранит отправленное: запустите ту же команду ещё раз, чтобы закончить
batch-outcome = { $outcome ->
    [attached] прикреплён
    [refused] отказ
    [submitted] подано
    [valid] верно
   *[error] ошибка
}
batch-more-failures = … и ещё { $count ->
    [one] { $count } неуспешная строка
    [few] { $count } неуспешные строки
   *[many] { $count } неуспешных строк
}
batch-see-out = attach: примечание: итог каждой строки, по строке JSON на каждую: запустите с --out ФАЙЛ (или -o json)
batch-see-out-file = attach: примечание: итог каждой строки — в `{ $file }`, по строке JSON на каждую
journal-unusable = не может служить журналом пакета: { $why }
journal-foreign = это другая база данных, а не журнал пакета
journal-unreadable = { $what } не читается: { $why }
journal-signed-request = подписанное заявление
journal-outcome = итог
journal-other-content = { $uuid } был бы записан в журнал снова с другим содержимым

## Стандартный ввод и JSON Lines

stdin = стандартный ввод
stdin-line = стандартный ввод, строка { $line }
input-unreadable = не удаётся прочитать: { $why }
input-too-large = больше { $kib } КиБ; подписанный документ меньше 64 КиБ
input-one-document = содержит несколько строк JSON; эта команда принимает один документ
input-no-request-id = нет `request_id`: передайте квитанцию, статус или результат либо укажите REQUEST_ID
input-empty = пуст; ожидался документ JSON
input-not-json = не JSON: { $why }
input-no-password = на стандартном вводе нет пароля
input-password-none = пароль не задан, а терминала, чтобы его спросить, нет: используйте --password-stdin или ATTACH_PASSWORD
io-prompt-password = не удаётся спросить пароль в терминале
password-no-terminal-key = нет пароля ключа, а терминала, чтобы его спросить, нет: задайте ATTACH_KEY_PASSWORD
input-earlier-stage-failed = предыдущий шаг завершился ошибкой
result-out-one = --out сохраняет один результат: передайте одну квитанцию или уберите --out ради JSON Lines
result-render-out-one = --render-out сохраняет один талон: передайте одну квитанцию или печатайте каждый талон через `attach ticket render`

## Статус и списки заявлений

col-request = заявление
col-registration = регистрация
col-service = услуга
col-status = статус
col-deadline = срок
request-state = { $state ->
    [submitted] подано
    [registered] зарегистрировано
    [completed] исполнено
    [refused] отказ
   *[other] { $state }
}
status-bad-limit = `{ $value }` — не число заявлений (1 и больше) и не `all`
status-bad-duration = `{ $value }` — не длительность вида 30s или 2m
status-bad-since = `{ $value }` — не время (RFC 3339), не день (ГГГГ-ММ-ДД) и не длительность назад (30m, 12h, 7d)
status-filters-need-no-subject = --limit, --state, --since, --iin и --org сужают список заявлений: не указывайте с ними REQUEST_ID
status-wait-needs-request = нужно заявление: укажите REQUEST_ID или передайте квитанцию
status-still-open = заявление { $request } всё ещё в статусе «{ $state }» спустя { $seconds } с; поставщик решит до { $deadline }
status-more = attach: примечание: показаны { $shown } последних; --limit N или --limit all покажут больше
list-other-clinic = оператор { $own } видит только заявления { $own }, а не { $org }
list-bad-state = `{ $state }` — не статус заявления (submitted, registered, completed, refused)
list-bad-since = `{ $since }` — не время RFC 3339
list-bad-cursor = `{ $cursor }` — не курсор, выданный этим порталом

## attach me

help-me = Чья это сессия: человек, роль, поликлиника и до какого времени
me-field = поле
me-value = значение
me-portal = портал
me-name = имя
me-role = роль
me-role-value = { $role ->
    [citizen] гражданин
    [operator] оператор поликлиники
   *[other] { $role }
}
me-clinic = поликлиника
me-attachment = прикреплён к
me-attached = { $org }, участок { $district }
me-not-attached = не прикреплён
me-expires = сессия до

## -v и -vv

verbose-exchange = { $method } { $url } → { $answer } за { $ms } мс
verbose-retry = , попытка { $attempt }
verbose-timings = ; заголовки { $headers } мс, тело { $body } мс
verbose-stage = { $stage }: { $ms } мс от начала
stage-backend = портал готов
stage-session = сессия прочитана
stage-done = готово

## Examples in --help and the man pages: comments in the language, then the commands

help-examples = Примеры:
help-portal-staff-list = Учётные записи операторов с их поликлиниками
help-portal-staff-remove = Удалить учётную запись оператора и завершить её сессии
help-portal-accounts = Учётные записи портала: список, разблокировка, сброс пароля
help-portal-accounts-list = Все учётные записи: роль, поликлиника, регистрация, блокировка
help-portal-accounts-unlock = Разблокировать учётную запись после неудачных входов
help-portal-accounts-reset-password = Задать новый пароль и завершить сессии учётной записи
help-portal-orgs = Поликлиники справочника: вместимость, открыта или закрыта
help-portal-orgs-set = Задать вместимость поликлиники, открыть или закрыть её
examples-register =
    # Получить одноразовый код на телефон из базы, затем зарегистрироваться с ним
    attach register --iin 900101300453 --otp
    attach register --iin 900101300453 --otp 123456 --phone +77012345678
    # Подтвердить личность ключом сертификата аутентификации
    attach register --iin 900101300453 --key auth/key.pem --email me@example.kz
examples-login =
    # Войти; пароль спрашивается в терминале
    attach login --iin 900101300453
    # В сценарии: пароль на стандартном вводе
    printf '%s\n' "$PASSWORD" | attach login --iin 900101300453 --password-stdin
examples-logout =
    # Завершить сессию здесь и на портале
    attach logout
    attach --portal https://portal.example.kz logout
examples-me =
    # Кто вошёл и до какого времени
    attach me
    # Поликлиника вошедшего оператора
    attach me -o json | jq -r .org
examples-orgs =
    # Поликлиники района
    attach orgs --region Актау
    # Поиск по названию, адресу или БИН
    attach orgs --search "поликлиника 3" -o json
examples-request =
    # Первичное прикрепление, для подписи
    attach request --org MNG-0001 --reason first_attachment > request.json
    # Для своего ребёнка
    attach request --org MNG-0002 --child 150505600018 --phone +77012345678
examples-sign =
    # Подписать заявление своим ключом
    attach sign --key me/key.pem request.json > signed.json
    # Весь путь одной цепочкой
    attach request --org MNG-0001 | attach sign --key me/key.pem | attach submit | attach status --wait
examples-submit =
    # Подать подписанное заявление; печатает квитанцию
    attach submit signed.json
    # Подписать и подать
    attach sign --key me/key.pem request.json | attach submit
examples-status =
    # Последние заявления сессии
    attach status
    # Отказы за неделю, в JSON Lines
    attach status --state refused --since 7d -o json
    # Дождаться решения по только что поданному заявлению
    attach submit signed.json | attach status --wait --timeout 5m
examples-result =
    # Талон исполненного заявления, сохранённый в файл
    attach result R-000001 --out ticket.json
    # Результаты всех исполненных заявлений
    attach status --state completed | attach result
examples-verify-ticket =
    # Проверить талон и спросить портал, выдавал ли он его
    attach verify-ticket ticket.json
    # Без сети, на момент подписи
    attach verify-ticket --offline --at sigT --trust root.pem ticket.json
examples-ticket =
    # Талон по заявке в PDF для печати, на казахском
    attach --lang kk ticket render ticket.json --format pdf --out ticket.pdf
    # Для чекового принтера
    attach result R-000001 | attach ticket render --format text
examples-ticket-render =
    # PDF формата A5, на русском
    attach ticket render ticket.json --format pdf --paper a5 --out ticket.pdf
    # Одна самодостаточная страница HTML
    attach ticket render ticket.json --format html --out ticket.html
    # Для чекового принтера, 48 колонок
    attach result R-000001 | attach ticket render --format text
examples-batch =
    # Сначала проверить файл, затем подать и дождаться решений
    attach batch people.csv --key clinic/key.pem --dry-run
    attach batch people.csv --key clinic/key.pem --wait --out out.jsonl
    # Файл, сохранённый Excel в windows-1251, со стандартного ввода
    attach batch - --key clinic/key.pem --encoding windows-1251 < people.csv
examples-smoke =
    # Весь путь на локальном портале
    attach smoke
    # В CI, с отчётом JUnit
    attach smoke --portal http://127.0.0.1:8080 --junit smoke.xml
examples-iin =
    # Проверить ИИН: правильность, дату рождения и пол
    attach iin 900101300453
    # Несколько сразу, в JSON Lines
    attach iin 900101300453 061211600012 -o json
examples-cert =
    # Чей сертификат и действителен ли он сегодня
    attach cert info me/cert.pem
    attach cert verify me/cert.pem --chain me/chain.pem
examples-cert-info =
    # Чей сертификат и для чего
    attach cert info me/cert.pem
    # Сертификат в файле PKCS#12
    ATTACH_KEY_PASSWORD=secret attach cert info me/key.p12
examples-cert-verify =
    # Путь и отзыв, по CRL
    attach cert verify me/cert.pem --chain me/chain.pem --trust root.pem --crl crl.pem
    # Спрашивая OCSP-ответчик
    attach cert verify me/cert.pem --chain me/chain.pem --ocsp
examples-cert-ocsp =
    # Прочитать сохранённый ответ OCSP
    attach cert ocsp response.der --trust chain.pem
examples-completions =
    # Дополнение для bash и zsh
    attach completions bash > ~/.local/share/bash-completion/completions/attach
    attach completions zsh > ~/.zfunc/_attach
examples-man =
    # По странице на команду, там, где их найдёт man
    attach man --dir ~/.local/share/man/man1
    # Сразу прочитать главную страницу
    attach man | man -l -
examples-portal =
    # Локальный портал на loopback
    attach portal init
    attach portal serve --listen 127.0.0.1:8080
examples-portal-init =
    # Портал с десятью тысячами синтетических жителей
    attach portal init --people 10000 --seed 7
    # Начать заново (отказ, пока дом обслуживается)
    attach portal init --force
examples-portal-serve =
    # Обслуживать на loopback
    attach portal serve --listen 127.0.0.1:8080
    # Для CI: тестовые личности, только на loopback
    attach portal serve --listen 127.0.0.1:0 --allow-test-identities
    # HTTPS на всех интерфейсах
    attach portal serve --listen 0.0.0.0:8443 --tls-cert tls/cert.pem --tls-key tls/key.pem
examples-portal-people =
    # Десять взрослых без прикрепления
    attach portal people --limit 10 --unattached --adults
    # Живые, прикреплённые к поликлинике
    attach portal people --attached-to MNG-0001 --living -o json
examples-portal-outbox =
    # Одноразовые коды, отправленные порталом
    attach portal outbox
examples-portal-stats =
    # Заявления по статусам, решённые в срок, отказы
    attach portal stats
    attach portal stats -o json
examples-portal-settings =
    # Показать настройки, затем изменить одну
    attach portal settings
    attach portal settings session_idle 30m
examples-portal-staff =
    # Операторы поликлиник
    attach portal staff list
    attach portal staff add --org MNG-0001 --iin 750315400123
examples-portal-staff-add =
    # Оператор MNG-0001; пароль на стандартном вводе
    attach portal staff add --org MNG-0001 --iin 750315400123 --password-stdin < password.txt
examples-portal-staff-list =
    # Все операторы или операторы одной поликлиники
    attach portal staff list
    attach portal staff list --org MNG-0001
examples-portal-staff-remove =
    # Оператор уходит: учётная запись и её сессии прекращаются
    attach portal staff remove --iin 750315400123
examples-portal-accounts =
    # Заблокированные учётные записи и разблокировка одной
    attach portal accounts list --locked
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-list =
    # Все учётные записи или заблокированные
    attach portal accounts list
    attach portal accounts list --locked -o json
examples-portal-accounts-unlock =
    # Забыть неудачные входы, заблокировавшие учётную запись
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-reset-password =
    # Новый пароль, спрашивается в терминале; сессии завершаются
    attach portal accounts reset-password --iin 900101300453
    # В сценарии
    attach portal accounts reset-password --iin 900101300453 --password-stdin < password.txt
examples-portal-orgs =
    # Дать поликлинике места или закрыть её
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 closed
examples-portal-orgs-set =
    # Места ещё на 5000, затем снова открыть
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 open
examples-portal-nca =
    # Корень доверия и свежий CRL для проверяющих
    attach portal nca ca > root.pem
    attach portal nca crl > crl.pem
examples-portal-nca-issue =
    # Ключ и сертификат подписи гражданина
    attach portal nca issue --iin 900101300453 --out me
    # Оператора, с БИН поликлиники, на 30 дней, также в PKCS#12
    attach portal nca issue --iin 750315400123 --org MNG-0001 --role employee --valid-days 30 --p12 --out clinic
    # Сертификат аутентификации с ключом Ed25519
    attach portal nca issue --iin 900101300453 --auth --key-type ed25519 --out auth
examples-portal-nca-issue-server =
    # Сертификат TLS для portal serve
    attach portal nca issue-server --dns portal.example.kz --ip 10.0.0.5 --out tls
examples-portal-nca-revoke =
    # Отозвать по файлу или по серийному номеру
    attach portal nca revoke --cert me/cert.pem
    attach portal nca revoke --serial 1f2e3d
examples-portal-nca-crl =
    # Свежий CRL для проверок без сети
    attach portal nca crl > crl.pem
examples-portal-nca-ca =
    # Корневой сертификат, для доверия
    attach portal nca ca > root.pem

man-written = { $count ->
    [one] { $count } страница записана в { $dir }
    [few] { $count } страницы записаны в { $dir }
   *[many] { $count } страниц записано в { $dir }
}

## portal accounts, staff и orgs

thing-account = учётная запись
thing-operator = учётная запись оператора
col-role = роль
col-clinic = поликлиника
col-registered = зарегистрирован
col-locked-until = заблокирован до
col-failures = неудачные входы
col-sessions = сессии
admin-new-password = Новый пароль:
admin-unlocked = { $iin } разблокирован: неудачные входы забыты
admin-password-reset = у { $iin } новый пароль; { $sessions ->
    [0] открытых сессий не было
    [one] { $sessions } сессия завершена
    [few] { $sessions } сессии завершены
   *[many] { $sessions } сессий завершено
}
admin-operator-removed = { $iin } больше не оператор; { $sessions ->
    [0] открытых сессий не было
    [one] { $sessions } сессия завершена
    [few] { $sessions } сессии завершены
   *[many] { $sessions } сессий завершено
}
admin-bad-capacity = `{ $value }` — не число людей
admin-bad-org-change = `{ $given }`: укажите `capacity N`, `open` или `closed`
admin-org-open = открыта
admin-org-closed = закрыта
admin-org-set = { $org }: вместимость { $capacity }, прикреплено { $attached }, { $state }

## Заголовки и ячейки таблиц

col-full-name = ФИО
col-born = родился
col-sex = пол
col-region = район
col-address = адрес
col-attached-to = прикреплён к
col-living = жив
cell-attached-since = { $org } с { $since }
cell-deceased = умер
cell-living = жив
col-time = время
col-to = кому
col-text = текст
col-setting = настройка
col-value = значение
col-meaning = смысл
col-id = id
col-name = название
col-attached = прикреплено
col-state = состояние
col-valid = верен
col-birth-date = дата рождения
col-error = ошибка

## Защита

serve-test-identities-off-loopback = `{ $listen }` — не адрес loopback: любой, кто до него доберётся, сможет создавать людей и сертификаты; обслуживайте тестовые личности на 127.0.0.1 или добавьте --i-know-this-is-not-production
serve-plain-http-off-loopback = обычный HTTP на `{ $listen }`, а это не loopback: пароли и токены сессий идут по сети открыто; укажите --tls-cert и --tls-key
home-in-use = `{ $home }` занят другим процессом (`portal serve`, пакет, ещё работающая команда): остановите его, прежде чем заменять портал
io-home-lock = не удаётся заблокировать портал дома

## attach smoke

col-step = шаг
col-ok = успех
col-ms = мс
col-detail = подробности
smoke-works = smoke: весь путь работает
smoke-failed = smoke: СБОЙ
smoke-step-failed = smoke: шаг `{ $step }` не удался: { $problem }
smoke-not-run = не выполнен: предыдущий шаг не удался

## Подсказки HTTP-клиента

http-not-our-root = ; его сертификат не восходит ни к корню --tls-ca `{ $root }`, ни к публичному
http-through-proxy = { " " }через прокси { $proxy } (ALL_PROXY, HTTPS_PROXY или HTTP_PROXY)

## Шаги attach smoke

smoke-nobody-left = в ГБД ФЛ не осталось никого без учётной записи и прикрепления
smoke-init-embedded = портал в { $home }; гражданин { $iin } для { $org }
smoke-init-remote = портал { $portal } с корнем `{ $root }`
smoke-identity-file = не {"{"}"iin": …{"}"}: { $why }
smoke-registered = { $iin } зарегистрирован по сертификату аутентификации
smoke-identity-password = пароль личности берётся из ATTACH_PASSWORD, а она не задана
smoke-registered-before = { $iin } из { $dir } (зарегистрирован ранее)
smoke-no-test-identities = портал не выдаёт тестовых личностей (он запущен без --allow-test-identities); укажите --identity DIR с ключом и сертификатом зарегистрированного гражданина
smoke-test-identity = тестовая личность { $iin } зарегистрирована порталом
smoke-test-identity-key = ключ тестовой личности: { $why }
smoke-no-certificate = у личности нет сертификата
smoke-certificate = серийный номер { $serial }, владелец { $holder }
smoke-logged-in = { $iin } как { $role }
smoke-no-clinic = в районе { $region } нет открытой поликлиники со свободными местами
smoke-request = { $reason } в { $org }
smoke-signed = { $alg } над формой JCS, пройдено проверок: { $checks }
smoke-submitted = { $request } зарегистрировано под номером { $registration }
smoke-decided = { $request }: { $state }
smoke-still-open = { $request } всё ещё в статусе «{ $state }» спустя 2 минуты
smoke-ticket-received = прикреплён: талон получен
smoke-verified = действителен: пройдено проверок: { $checks }, талон { $ticket }
smoke-identity-remote = — только для удалённого портала (--portal URL)
smoke-step = { $step ->
    [init] подготовка
    [register] регистрация
    [certificate] сертификат
    [login] вход
    [request] заявление
    [sign] подпись
    [submit] подача
    [wait] ожидание
    [result] результат
    [verify] проверка
   *[other] { $step }
}
