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
